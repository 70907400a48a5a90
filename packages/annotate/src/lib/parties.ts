/**
 * Countries (and blocs) acting as parties: the name, its capital and government metonyms, and
 * the demonym used in titles ("Ukrainian President"). General-purpose table, not story-specific.
 */
interface PartyRow {
  /** Slug used in the key `party:<slug>`. */
  slug: string
  /** Canonical display name. */
  name: string
  /** Names, capitals and metonyms that stand for the party when capitalised in running text. */
  names: readonly string[]
  /** Adjectives (demonyms) that tie a role to the party. */
  adjectives: readonly string[]
}

const rows: readonly PartyRow[] = [
  {
    slug: 'russia',
    name: 'Russia',
    names: ['Russia', 'Russian Federation', 'Moscow', 'Kremlin'],
    adjectives: ['Russian', 'Kremlin'],
  },
  {
    slug: 'ukraine',
    name: 'Ukraine',
    names: ['Ukraine', 'Kyiv', 'Kiev'],
    adjectives: ['Ukrainian'],
  },
  {
    slug: 'united-states',
    name: 'United States',
    names: [
      'United States',
      'United States of America',
      'US',
      'U.S.',
      'USA',
      'U.S.A.',
      'America',
      'Washington',
      'White House',
      'Pentagon',
      'State Department',
    ],
    adjectives: ['American', 'US', 'U.S.'],
  },
  {
    slug: 'united-kingdom',
    name: 'United Kingdom',
    names: [
      'United Kingdom',
      'UK',
      'U.K.',
      'Britain',
      'Great Britain',
      'London',
      'Downing Street',
      'Whitehall',
    ],
    adjectives: ['British', 'UK', 'U.K.'],
  },
  {
    slug: 'european-union',
    name: 'European Union',
    names: ['European Union', 'EU', 'E.U.', 'Brussels'],
    adjectives: ['EU', 'European Union'],
  },
  {
    slug: 'france',
    name: 'France',
    names: ['France', 'Paris', 'Élysée', 'Elysee'],
    adjectives: ['French'],
  },
  { slug: 'germany', name: 'Germany', names: ['Germany', 'Berlin'], adjectives: ['German'] },
  {
    slug: 'china',
    name: 'China',
    names: ['China', 'Beijing', "People's Republic of China"],
    adjectives: ['Chinese'],
  },
  { slug: 'japan', name: 'Japan', names: ['Japan', 'Tokyo'], adjectives: ['Japanese'] },
  { slug: 'india', name: 'India', names: ['India', 'New Delhi', 'Delhi'], adjectives: ['Indian'] },
  {
    slug: 'pakistan',
    name: 'Pakistan',
    names: ['Pakistan', 'Islamabad'],
    adjectives: ['Pakistani'],
  },
  { slug: 'iran', name: 'Iran', names: ['Iran', 'Tehran'], adjectives: ['Iranian'] },
  { slug: 'israel', name: 'Israel', names: ['Israel', 'Jerusalem'], adjectives: ['Israeli'] },
  {
    slug: 'palestine',
    name: 'Palestine',
    names: ['Palestine', 'Palestinian Authority', 'Ramallah'],
    adjectives: ['Palestinian'],
  },
  {
    slug: 'turkey',
    name: 'Turkey',
    names: ['Turkey', 'Türkiye', 'Ankara'],
    adjectives: ['Turkish'],
  },
  {
    slug: 'saudi-arabia',
    name: 'Saudi Arabia',
    names: ['Saudi Arabia', 'Riyadh'],
    adjectives: ['Saudi'],
  },
  {
    slug: 'united-arab-emirates',
    name: 'United Arab Emirates',
    names: ['United Arab Emirates', 'UAE', 'U.A.E.'],
    adjectives: ['Emirati'],
  },
  { slug: 'qatar', name: 'Qatar', names: ['Qatar', 'Doha'], adjectives: ['Qatari'] },
  { slug: 'egypt', name: 'Egypt', names: ['Egypt', 'Cairo'], adjectives: ['Egyptian'] },
  { slug: 'syria', name: 'Syria', names: ['Syria', 'Damascus'], adjectives: ['Syrian'] },
  { slug: 'iraq', name: 'Iraq', names: ['Iraq', 'Baghdad'], adjectives: ['Iraqi'] },
  { slug: 'belarus', name: 'Belarus', names: ['Belarus', 'Minsk'], adjectives: ['Belarusian'] },
  { slug: 'poland', name: 'Poland', names: ['Poland', 'Warsaw'], adjectives: ['Polish'] },
  { slug: 'italy', name: 'Italy', names: ['Italy', 'Rome'], adjectives: ['Italian'] },
  { slug: 'spain', name: 'Spain', names: ['Spain', 'Madrid'], adjectives: ['Spanish'] },
  { slug: 'canada', name: 'Canada', names: ['Canada', 'Ottawa'], adjectives: ['Canadian'] },
  { slug: 'mexico', name: 'Mexico', names: ['Mexico', 'Mexico City'], adjectives: ['Mexican'] },
  {
    slug: 'brazil',
    name: 'Brazil',
    names: ['Brazil', 'Brasília', 'Brasilia'],
    adjectives: ['Brazilian'],
  },
  {
    slug: 'north-korea',
    name: 'North Korea',
    names: ['North Korea', 'Pyongyang'],
    adjectives: ['North Korean'],
  },
  {
    slug: 'south-korea',
    name: 'South Korea',
    names: ['South Korea', 'Seoul'],
    adjectives: ['South Korean'],
  },
  { slug: 'taiwan', name: 'Taiwan', names: ['Taiwan', 'Taipei'], adjectives: ['Taiwanese'] },
  {
    slug: 'switzerland',
    name: 'Switzerland',
    names: ['Switzerland', 'Bern'],
    adjectives: ['Swiss'],
  },
  { slug: 'hungary', name: 'Hungary', names: ['Hungary', 'Budapest'], adjectives: ['Hungarian'] },
  { slug: 'georgia', name: 'Georgia', names: ['Tbilisi'], adjectives: ['Georgian'] },
  { slug: 'moldova', name: 'Moldova', names: ['Moldova', 'Chisinau'], adjectives: ['Moldovan'] },
  {
    slug: 'nato',
    name: 'NATO',
    names: ['NATO', 'North Atlantic Treaty Organization'],
    adjectives: ['NATO'],
  },
  {
    slug: 'united-nations',
    name: 'United Nations',
    names: ['United Nations', 'UN', 'U.N.'],
    adjectives: ['UN', 'U.N.'],
  },
]

/** A party as recognised in text. */
export interface Party {
  key: string
  name: string
}

const byName = new Map<string, Party>()
const byAdjective = new Map<string, Party>()
for (const row of rows) {
  const party = { key: `party:${row.slug}`, name: row.name }
  for (const n of row.names) byName.set(n.toLowerCase(), party)
  byName.set(row.name.toLowerCase(), party)
  for (const a of row.adjectives) byAdjective.set(a.toLowerCase(), party)
}

/** The party a capitalised name stands for ("Moscow", "the Kremlin" → Russia), if any. */
export function partyByName(name: string): Party | undefined {
  return byName.get(name.replace(/^the\s+/i, '').toLowerCase())
}

/** The party an adjective or name ties a role to ("Ukrainian", "Kremlin", "Russia"), if any. */
export function partyByWord(word: string): Party | undefined {
  const w = word.replace(/['’]s$/, '').toLowerCase()
  return byAdjective.get(w) ?? byName.get(w)
}

/** The first party any word of a phrase ties it to ("Russia’s chief negotiator" → Russia). */
export function partyOfPhrase(phrase: string): Party | undefined {
  const words = phrase.split(/[\s\u2011-]+/)
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? partyByWord(`${words[i]} ${words[i + 1]}`) : undefined
    const hit = two ?? partyByWord(words[i] ?? '')
    if (hit) return hit
  }
  return undefined
}
