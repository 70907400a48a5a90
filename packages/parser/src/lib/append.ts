/**
 * Append `items` to `target` one by one: `target.push(...items)` passes every item as an argument
 * and overflows the stack once an input-sized array has some 100,000 of them.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}
