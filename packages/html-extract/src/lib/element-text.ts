import type { ElementNode as Element, TreeNode } from './tree.js'

/** Concatenated text of an element's descendants, whitespace collapsed and trimmed. */
export function elementText(element: Element): string {
  const parts: string[] = []
  const walk = (children: TreeNode[]) => {
    for (const child of children) {
      if (child.type === 'text') parts.push(child.value)
      else if (child.type === 'element') {
        if (child.tagName === 'script' || child.tagName === 'style') continue
        if (child.tagName === 'br') parts.push(' ')
        walk(child.children)
      }
    }
  }
  walk(element.children)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/** Raw text content of an element (for `<script>` and `<title>`), not collapsed. */
export function rawText(element: Element): string {
  let text = ''
  for (const child of element.children) if (child.type === 'text') text += child.value
  return text
}

/** An attribute of an element (lower-case name), missing as `''`. */
export function propertyText(element: Element, name: string): string {
  return element.attributes[name] ?? ''
}
