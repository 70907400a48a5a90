import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface ReadPdf {
  readonly pages: number
  readonly sizes: readonly { width: number; height: number }[]
  /** Text of each page, items joined, white space collapsed. */
  readonly pageTexts: readonly string[]
  readonly text: string
  /** Text items with their baseline position (PDF user space, origin bottom-left). */
  readonly items: readonly { page: number; str: string; x: number; y: number; height: number }[]
  readonly outline: readonly string[]
  readonly info: Record<string, unknown>
  /** Named destinations the link annotations point to, and whether each resolves. */
  readonly links: readonly { dest: string; resolves: boolean }[]
  readonly urls: readonly string[]
  /** Fonts used by the pages as pdf.js loaded them. */
  readonly fonts: readonly { name: string; missingFile: boolean; type: string }[]
  /** Per page, the text of each show-text operation in drawing order (glyphs left to right). */
  readonly drawn: readonly (readonly string[])[]
  /** Per page, the tagged structure tree as pdf.js reads it (null when the PDF is not tagged). */
  readonly structTrees: readonly (StructNode | null)[]
  /** Whether the catalog's MarkInfo says the PDF is tagged. */
  readonly marked: boolean
  /** Structure elements of these roles with their text, in structure-tree (reading) order. */
  readonly tagged: readonly { page: number; role: string; text: string }[]
}

const textRoles = new Set(['H1', 'H2', 'H3', 'P', 'TH', 'TD', 'Figure'])

/** A node of pdf.js's structure tree: an element (role, children) or a content reference. */
export interface StructNode {
  readonly role?: string
  readonly type?: string
  readonly id?: string
  readonly children?: readonly StructNode[]
}

function collect(
  node: StructNode,
  page: number,
  texts: ReadonlyMap<string, string>,
  out: { page: number; role: string; text: string }[],
): void {
  if (node.role && textRoles.has(node.role)) {
    const parts: string[] = []
    const walk = (child: StructNode) => {
      if (child.type === 'content' && child.id) parts.push(texts.get(child.id) ?? '')
      for (const next of child.children ?? []) walk(next)
    }
    walk(node)
    out.push({ page, role: node.role, text: parts.join(' ').replace(/\s+/g, ' ').trim() })
    return
  }
  for (const child of node.children ?? []) collect(child, page, texts, out)
}

/** Reads a PDF back with pdf.js: text, outline, metadata, links and fonts. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise
  const pageTexts: string[] = []
  const items: { page: number; str: string; x: number; y: number; height: number }[] = []
  const sizes: { width: number; height: number }[] = []
  const links: { dest: string; resolves: boolean }[] = []
  const urls: string[] = []
  const fonts = new Map<string, { name: string; missingFile: boolean; type: string }>()
  const drawn: string[][] = []
  const tagged: { page: number; role: string; text: string }[] = []
  const structTrees: (StructNode | null)[] = []
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number)
    const [x0, y0, x1, y1] = page.view as [number, number, number, number]
    sizes.push({ width: Math.round(x1 - x0), height: Math.round(y1 - y0) })
    const content = await page.getTextContent()
    let text = ''
    for (const item of content.items) {
      if (!('str' in item)) continue
      text += item.str + (item.hasEOL ? ' ' : '')
      items.push({
        page: number,
        str: item.str,
        x: item.transform[4] as number,
        y: item.transform[5] as number,
        height: item.height,
      })
    }
    pageTexts.push(text.replace(/\s+/g, ' ').trim())
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype !== 'Link') continue
      if (typeof annotation.dest === 'string') {
        links.push({
          dest: annotation.dest,
          resolves: (await pdf.getDestination(annotation.dest)) !== null,
        })
      } else if (annotation.url) urls.push(annotation.url as string)
    }
    const ops = await page.getOperatorList()
    const shown: string[] = []
    ops.fnArray.forEach((fn, index) => {
      if (fn !== OPS.showText) return
      const glyphs = (ops.argsArray[index] as [unknown[]])[0]
      shown.push(
        glyphs
          .map((g) => (g && typeof g === 'object' ? (g as { unicode: string }).unicode : ''))
          .join(''),
      )
    })
    drawn.push(shown)
    const tree = ((await page.getStructTree()) as StructNode | null) ?? null
    structTrees.push(tree)
    if (tree) {
      const marked = await page.getTextContent({ includeMarkedContent: true })
      const texts = new Map<string, string>()
      let current: string | null = null
      for (const item of marked.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContentProps' && item.id) current = item.id
          else if (item.type === 'endMarkedContent') current = null
        } else if (current) texts.set(current, `${texts.get(current) ?? ''}${item.str}`)
      }
      collect(tree, number, texts, tagged)
    }
    ops.fnArray.forEach((fn, index) => {
      if (fn !== OPS.setFont) return
      const id = (ops.argsArray[index] as [string])[0]
      const font = page.commonObjs.get(id) as {
        name: string
        missingFile: boolean
        type?: string
        subtype?: string
      }
      fonts.set(font.name, {
        name: font.name,
        missingFile: font.missingFile,
        type: String(font.type ?? font.subtype ?? ''),
      })
    })
  }
  const outline = ((await pdf.getOutline()) ?? []).map((entry) => entry.title)
  const metadata = await pdf.getMetadata()
  const markInfo = (await pdf.getMarkInfo()) as { Marked?: boolean } | null
  await pdf.destroy()
  return {
    pages: pdf.numPages,
    sizes,
    pageTexts,
    text: pageTexts.join(' '),
    items,
    outline,
    info: metadata.info as Record<string, unknown>,
    links,
    urls,
    fonts: [...fonts.values()],
    drawn,
    structTrees,
    marked: markInfo?.Marked === true,
    tagged,
  }
}
