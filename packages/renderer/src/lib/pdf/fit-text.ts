/**
 * `value`, cut at a code point and ended with `…` when `widthOf(value)` exceeds `width`: the
 * longest prefix that fits, found by binary search over code points, so a title of any length
 * costs about log2(n) measurements (a 10,000-character title: 14).
 */
export function fitText(value: string, width: number, widthOf: (text: string) => number): string {
  if (widthOf(value) <= width) return value
  const points = Array.from(value)
  const shown = (count: number) => `${points.slice(0, count).join('').trimEnd()}…`
  let low = 0
  let high = points.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (widthOf(shown(middle)) <= width) low = middle
    else high = middle - 1
  }
  return shown(Math.max(1, low))
}
