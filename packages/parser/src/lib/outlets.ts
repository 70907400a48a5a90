/** Outlet names by web host (without `www.`), for URLs whose page does not name its outlet. */
export const OUTLETS_BY_HOST: Readonly<Record<string, string>> = {
  'abcnews.go.com': 'ABC News',
  'aljazeera.com': 'Al Jazeera',
  'apnews.com': 'AP News',
  'axios.com': 'Axios',
  'bbc.co.uk': 'BBC News',
  'bbc.com': 'BBC News',
  'bloomberg.com': 'Bloomberg',
  'cbsnews.com': 'CBS News',
  'cnbc.com': 'CNBC',
  'cnn.com': 'CNN',
  'dw.com': 'DW',
  'economist.com': 'The Economist',
  'euronews.com': 'Euronews',
  'foxnews.com': 'Fox News',
  'france24.com': 'France 24',
  'ft.com': 'Financial Times',
  'independent.co.uk': 'The Independent',
  'kyivindependent.com': 'The Kyiv Independent',
  'kyivpost.com': 'Kyiv Post',
  'latimes.com': 'Los Angeles Times',
  'lemonde.fr': 'Le Monde',
  'meduza.io': 'Meduza',
  'nbcnews.com': 'NBC News',
  'news.sky.com': 'Sky News',
  'newsweek.com': 'Newsweek',
  'npr.org': 'NPR',
  'nytimes.com': 'The New York Times',
  'politico.com': 'Politico',
  'politico.eu': 'Politico Europe',
  'reuters.com': 'Reuters',
  'rferl.org': 'Radio Free Europe/Radio Liberty',
  'spiegel.de': 'Der Spiegel',
  'tass.com': 'TASS',
  'telegraph.co.uk': 'The Telegraph',
  'theatlantic.com': 'The Atlantic',
  'theguardian.com': 'The Guardian',
  'thehill.com': 'The Hill',
  'themoscowtimes.com': 'The Moscow Times',
  'time.com': 'TIME',
  'usatoday.com': 'USA Today',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
}

/** The host of a URL without `www.`, lower case, or `null` when it is not a URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return null
  }
}

/** The outlet a URL's host belongs to (also for subdomains: `edition.cnn.com`), or `null`. */
export function outletForUrl(
  url: string,
  table: Readonly<Record<string, string>> = OUTLETS_BY_HOST,
): string | null {
  let host = hostOf(url)
  while (host) {
    const name = table[host]
    if (name) return name
    const dot = host.indexOf('.')
    if (dot === -1 || host.indexOf('.', dot + 1) === -1) return null
    host = host.slice(dot + 1)
  }
  return null
}
