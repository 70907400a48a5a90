import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildTree, MAX_DEPTH } from '../src/lib/build-tree.js'
import { type ElementNode, type TreeNode, WHITESPACE } from '../src/lib/tree.js'

/** The tree as compact text: `tag(children)`, text in quotes, shared whitespace as `_`. */
function shape(nodes: TreeNode[]): string {
  return nodes
    .map((node) => {
      if (node === WHITESPACE) return '_'
      if (node.type === 'text') return JSON.stringify(node.value)
      return `${node.tagName}(${shape(node.children)})`
    })
    .join(' ')
}

const shapeOf = (html: string) => shape(buildTree(html).root.children)

describe('buildTree', () => {
  it('closes elements the way the HTML standard does for text blocks', () => {
    expect(shapeOf('<p>one<div>two</div>')).toBe('p("one") div("two")')
    expect(shapeOf('<ul><li>a<li>b</ul>')).toBe('ul(li("a") li("b"))')
    expect(shapeOf('<table><tr><td>1<td>2<tr><td>3</table>')).toBe(
      'table(tr(td("1") td("2")) tr(td("3")))',
    )
    expect(shapeOf('<p>x <a href=/1>one <a href=/2>two</a>')).toBe('p("x " a("one ") a("two"))')
    expect(shapeOf('<h2>one<h3>two</h3>')).toBe('h2("one") h3("two")')
  })

  it('ignores stray end tags, reads </br> as a break, keeps body content after </body>', () => {
    expect(shapeOf('<div>a</span>b</div>')).toBe('div("a" "b")')
    expect(shapeOf('<p>a</br>b</p>')).toBe('p("a" br() "b")')
    expect(shapeOf('<body><p>a</p></body><p>b</p>')).toBe('body(p("a") p("b"))')
  })

  it('closes elements left open inside an end tag at that tag, the outer one after it', () => {
    const html = '<div><p>text</div>'
    const div = buildTree(html).root.children[0] as ElementNode
    const p = div.children[0] as ElementNode
    expect([div.start, div.end]).toEqual([0, html.length])
    expect([p.start, p.end]).toEqual([5, html.indexOf('</div>')])
  })

  it('lets plain inline elements give way to their text, and keeps the ones that matter', () => {
    expect(shapeOf('<p>a <b>bold</b> <i class="x">c</i> <a href=/>link</a></p>')).toBe(
      'p("a " "bold" _ i("c") _ a("link"))',
    )
    expect(shapeOf('<p><b><i>deep</i></b></p>')).toBe('p("deep")')
    expect(shapeOf('<p><b> </b></p>')).toBe('p(b(_))')
  })

  it('gives each character reference a text node of its own, at its source', () => {
    const html = '<p>caf&eacute; au &amp; b&#x72;ead</p>'
    const p = buildTree(html).root.children[0] as ElementNode
    const pieces = p.children.map((node) =>
      node.type === 'text' ? [node.value, html.slice(node.start, node.end)] : null,
    )
    expect(pieces).toEqual([
      ['caf', 'caf'],
      ['é', '&eacute;'],
      [' au ', ' au '],
      ['&', '&amp;'],
      [' b', ' b'],
      ['r', '&#x72;'],
      ['ead', 'ead'],
    ])
  })

  it('decodes attributes, lower-cases names and keeps the first of duplicates', () => {
    const div = buildTree('<DIV CLASS="a&amp;b" class="c" data-x=1>t</DIV>').root
      .children[0] as ElementNode
    expect(div.tagName).toBe('div')
    expect(div.attributes).toEqual({ class: 'a&b', 'data-x': '1' })
  })

  it('stops at the depth limit and says so', () => {
    expect(buildTree('<div>'.repeat(MAX_DEPTH)).tooDeep).toBe(false)
    expect(buildTree('<div>'.repeat(MAX_DEPTH + 1)).tooDeep).toBe(true)
  })

  it('reads a flat run of many tiny elements without recursion', () => {
    const html = `<p>${'<b>x</b><i>y</i>'.repeat(100_000)}</p>`
    const p = buildTree(html).root.children[0] as ElementNode
    expect(p.children.length).toBe(200_000)
  })

  it('drops a tag cut off by the end of the input, as HTML does', () => {
    for (const html of ['!<A/', 'x<a href="/y"/', 'x<b/']) {
      const nodes = buildTree(html).root.children
      expect(nodes.every((node) => node === WHITESPACE || node.start >= 0)).toBe(true)
    }
  })

  it('places every text node on its source, in source order, on any markup', () => {
    const piece = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<div class="a">', '</div>', '<li>', '<b>', '</b>', '<br>'),
      fc.constantFrom('<a href="/x">', '</a>', '<table><tr><td>', '</td>', '<script>1<2</script>'),
      fc.constantFrom('&amp;', '&eacute;', '&#233;', '&#x1F600;', '&notit;', '&', '<', ' ', '\n'),
      fc.string({ maxLength: 8 }),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('')
        let last = -1
        const visit = (nodes: TreeNode[]) => {
          for (const node of nodes) {
            if (node === WHITESPACE) continue
            if (node.type === 'element') {
              expect(html[node.start]).toBe('<')
              expect(node.end).toBeGreaterThanOrEqual(node.start)
              visit(node.children)
              continue
            }
            expect(node.start).toBeGreaterThanOrEqual(last)
            last = node.end
            const source = html.slice(node.start, node.end)
            if (source.length === node.value.length) expect(source).toBe(node.value)
            else expect(source.startsWith('&')).toBe(true)
          }
        }
        visit(buildTree(html).root.children)
      }),
      { numRuns: 300 },
    )
  })
})
