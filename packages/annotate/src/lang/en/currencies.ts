/** Currency symbols and their ISO 4217 codes ("€" → EUR, "R$" → BRL). */
export const currencySymbols: Readonly<Record<string, string>> = {
  '€': 'EUR',
  $: 'USD',
  US$: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  '₽': 'RUB',
  '₴': 'UAH',
  '₹': 'INR',
  Rs: 'INR',
  R$: 'BRL',
  '₦': 'NGN',
  '₩': 'KRW',
  '₺': 'TRY',
  '₱': 'PHP',
  R: 'ZAR',
}

/** Currency words and their ISO 4217 codes (a word several countries share has its default here). */
export const currencyWords: Readonly<Record<string, string>> = {
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  yuan: 'CNY',
  yen: 'JPY',
  rupee: 'INR',
  rupees: 'INR',
  naira: 'NGN',
  real: 'BRL',
  reais: 'BRL',
  shilling: 'KES',
  shillings: 'KES',
  rand: 'ZAR',
  sol: 'PEN',
  soles: 'PEN',
  peso: 'MXN',
  pesos: 'MXN',
  rupiah: 'IDR',
  rupiahs: 'IDR',
  cedi: 'GHS',
  cedis: 'GHS',
  ringgit: 'MYR',
  baht: 'THB',
  dong: 'VND',
  lira: 'TRY',
  zloty: 'PLN',
  zlotys: 'PLN',
  forint: 'HUF',
  forints: 'HUF',
  dirham: 'AED',
  dirhams: 'AED',
  riyal: 'SAR',
  riyals: 'SAR',
  taka: 'BDT',
  kwacha: 'ZMW',
}

/**
 * Currency words several countries share ("pesos", "crowns"): the code follows the country the
 * article names most (by name, demonym or capital). Without one, "peso" stays MXN and a crown
 * keeps its word as the unit.
 */
export const sharedCurrencies: ReadonlyArray<{
  words: readonly string[]
  countries: ReadonlyArray<readonly [RegExp, string]>
}> = [
  {
    words: ['peso', 'pesos'],
    countries: [
      [/\b(?:Mexico|Mexican|Mexico City)\b/gu, 'MXN'],
      [/\b(?:Chile|Chilean|Santiago)\b/gu, 'CLP'],
      [/\b(?:Argentina|Argentine|Argentinian|Buenos Aires)\b/gu, 'ARS'],
      [/\b(?:Colombia|Colombian|Bogotá|Bogota)\b/gu, 'COP'],
      [/\b(?:Philippines|Philippine|Filipino|Manila)\b/gu, 'PHP'],
      [/\b(?:Uruguay|Uruguayan|Montevideo)\b/gu, 'UYU'],
    ],
  },
  {
    // Without a country named, "pounds" stay sterling.
    words: ['pound', 'pounds'],
    countries: [
      [/\b(?:Britain|British|United Kingdom|UK|U\.K\.|England|English|Scotland|London)\b/gu, 'GBP'],
      [/\b(?:Egypt|Egyptian|Cairo)\b/gu, 'EGP'],
      [/\b(?:Lebanon|Lebanese|Beirut)\b/gu, 'LBP'],
      [/\b(?:Syria|Syrian|Damascus)\b/gu, 'SYP'],
      [/\b(?:Sudan|Sudanese|Khartoum)\b/gu, 'SDG'],
    ],
  },
  {
    words: ['crown', 'crowns', 'krone', 'kroner', 'krona', 'kronor', 'króna', 'krónur', 'koruna'],
    countries: [
      [/\b(?:Norway|Norwegian|Oslo)\b/gu, 'NOK'],
      [/\b(?:Sweden|Swedish|Stockholm)\b/gu, 'SEK'],
      [/\b(?:Denmark|Danish|Copenhagen)\b/gu, 'DKK'],
      [/\b(?:Iceland|Icelandic|Reykjavík|Reykjavik)\b/gu, 'ISK'],
      [/\b(?:Czech|Czechia|Prague)\b/gu, 'CZK'],
    ],
  },
]
