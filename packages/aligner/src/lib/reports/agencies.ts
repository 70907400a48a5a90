/**
 * Wire agencies recognised in datelines and credits: one entry per agency (name as shown, and
 * the pattern that finds it at the start of an article or in a credit line).
 */
export interface Agency {
  readonly name: string
  readonly pattern: RegExp
}

export const AGENCIES: readonly Agency[] = [
  { name: 'AP', pattern: /\((?:AP|Associated Press)\)|\bAssociated Press\b/ },
  { name: 'Reuters', pattern: /\(Reuters\)|\bReuters\s*[-–—]|^\s*[A-Z][A-Za-z .,]+\(Reuters\)/ },
  { name: 'AFP', pattern: /\(AFP\)|\bAgence France-Presse\b/ },
  { name: 'dpa', pattern: /\(dpa\)/ },
  { name: 'ANSA', pattern: /\(ANSA\)/ },
  { name: 'EFE', pattern: /\(EFE\)/ },
  { name: 'PA', pattern: /\(PA\)|\bPA Media\b/ },
  { name: 'Xinhua', pattern: /\(Xinhua\)/ },
  { name: 'Bloomberg', pattern: /\(Bloomberg\)/ },
]

/** The agency whose dateline or credit opens the article (its first two blocks), or null. */
export function agencyOf(blocks: readonly string[]): string | null {
  const head = blocks.slice(0, 2).join('\n').slice(0, 400)
  for (const a of AGENCIES) if (a.pattern.test(head)) return a.name
  return null
}
