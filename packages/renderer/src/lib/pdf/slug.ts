/** A name as an anchor fragment: lower-case ASCII letters and digits joined by `-` (`x` if none). */
export function slug(value: string): string {
  return (
    value
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  )
}
