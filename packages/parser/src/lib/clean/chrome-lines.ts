/**
 * Lines and headings of web-page chrome, by genre (consent banners, subscription pitches, share
 * bars, player and script notices, credits, disclaimers, closing sections). Patterns over the
 * wording every site shares, never a site's name.
 */

/** Headings of the sections that close an article page: what follows them is not the article. */
export const pageSectionEnders =
  /^(?:about the (?:authors?|writers?|contributors?)|(?:end)?notes|footnotes|references|sources|related(?: (?:topics|stories|articles|content|coverage|reading|links|videos|posts|news))?|explore more on (?:these|this) topics?|more (?:on|about) this (?:story|topic)|more stories(?: from .{1,40})?|most (?:read|viewed|popular|shared)(?: (?:in|on|from) .{1,40})?|we recommend|post navigation|(?:all|show|view|load) (?:all |more )?comments(?: \(\d+\))?|read next|what to read next|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| stories| reading)?|discover more from .{1,60}|comments?(?: \(\d+\))?|latest (?:news|stories)|trending(?: now)?|popular now|top stories|around the web|from our partners|more (?:from|in) .{1,40}|[\d,]+ (?:responses?|comments?|replies|thoughts|reactions?)(?: (?:to|on) .{1,200})?|leave a (?:reply|comment)(?: cancel reply)?|(?:post|add|write) a comment|(?:join|start) the (?:discussion|conversation)|comments are closed|(?:reader|readers'|top(?:[- ]rated)?|best|featured|most (?:liked|popular|recent)|latest|newest|oldest|recent) comments|disclaimer|legal notice)\s*[:：]?$/i

/** A copyright line: "© 2025 …", "Copyright 2025 …", "… All rights reserved." */
export const copyrightLine =
  /^(?:©|\(c\)\s*\d{4}|copyright\b|this (?:document|article|material|content|page|site) is (?:subject to|protected by) copyright\b)|\ball rights reserved\.?$/i

/** Reason and detail for each family of chrome lines, tested on a block's whole text. */
export const chromeLines: ReadonlyArray<{
  reason: 'navigation' | 'promotion' | 'credit' | 'boilerplate'
  family: string
  pattern: RegExp
}> = [
  {
    reason: 'boilerplate',
    family: 'consent banner',
    pattern:
      /^(?=.{0,600}$)(?=.*\bcookies?\b)(?=.*\b(?:consent|accept|agree|privacy|partners|preferences|personalis|personaliz)).*$|^(?=.{0,600}$)(?=.*\b(?:necessary|essential|functional|analytics|performance|third-party) cookies\b)(?=.*\b(?:website|site|browser)\b).*$|^(?:i )?(?:accept|reject|decline)(?: all)?(?: cookies)?(?:\s*[|/]\s*(?:accept|reject|decline|show purposes|manage (?:preferences|options|settings))(?: all)?)*$|^manage (?:preferences|cookies|consent|options|settings)$|^(?:we|this site) (?:value|respect)s? your privacy\b.*$/is,
  },
  {
    reason: 'navigation',
    family: 'skip link',
    pattern: /^(?:skip to (?:main )?(?:content|navigation|search|footer)\s*)+$/i,
  },
  {
    reason: 'boilerplate',
    family: 'player or script notice',
    pattern:
      /^(?:your browser does(?: not|n['’]t) support (?:the )?(?:audio|video|iframe)(?: element| tag)?|(?:please )?(?:turn on|enable) javascript\b.*|this (?:video|audio|content|feature|slideshow|gallery|page|site) (?:is not available|requires javascript)\b.*|.*\b(?:next|previous) image\b.*\btoggle captions?\b.*)\.?$/i,
  },
  {
    reason: 'promotion',
    family: 'subscription or sign-in pitch',
    pattern:
      /^(?:(?:subscribe|sign ?in|sign ?up|log ?in)(?:\s*[|/·]?\s*(?:subscribe|sign ?in|sign ?up|log ?in))*(?:\s+(?:now|today|here|for free))?(?:\s*[:–-]\s*.{0,60})?|thanks for reading .{1,80}|over [\d,.]+k? subscribers|continue reading|log in to (?:comment|continue|read)|you must be logged in to (?:post|leave|add) a comment\b.{0,60}|(?:start writing|get the app)+|newsletter:? .{0,100}\bsign up|(?:get|have) the latest .{0,80}\bsubscribe to .{0,60}\bnewsletters?|sign up here\b.{0,100}|(?:donate|support (?:local|independent|our) (?:news|journalism)).{0,120}|.{0,80}\bis a (?:non-?profit|reader-supported|independent) (?:newsroom|publication)\b.{0,160})[.!]?$/i,
  },
  {
    reason: 'navigation',
    family: 'live-page time stamp',
    pattern:
      /^(?:(?:first )?(?:updated|posted|published|last updated)(?: at| on)?\s+)?(?:\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago)$/i,
  },
  {
    reason: 'navigation',
    family: 'gallery counter or share notice',
    // "Image 1 of 8", "Photo 3 / 12", "These are external links and will open in a new window".
    pattern:
      /^(?:(?:image|photo|picture|slide)\s+\d+\s+(?:of|\/)\s*(?:\/\s*)?\d*|these are external links and will open in a new (?:window|tab))\.?$/i,
  },
  {
    reason: 'navigation',
    family: 'share bar',
    pattern:
      /^(?:(?:share|mail|e-?mail|facebook|twitter|x|linkedin|whatsapp|flipboard|reddit|pinterest|telegram|print|copy link|messenger|bluesky|threads)\s*(?:\/|\||·)?\s*){2,}$/i,
  },
  {
    reason: 'credit',
    family: 'reporting and photo credits',
    pattern:
      /^(?:(?:additional )?reporting by .{2,120}(?:;\s*(?:writing|editing) by .{2,120})*|(?:writing|editing) by .{2,120}|image (?:caption|copyright|source)\b[,:]?.*|.{0,80}\b(?:via getty images|purchase licensing rights|opens new tab)\b.{0,40})\.?$/i,
  },
  {
    reason: 'credit',
    family: 'reporting and photo credits',
    // "Name Surname / Agency" photo credits: capitalised words, so this pattern is case-sensitive
    // (under /i, \p{Lu} matches any letter, and V8 spends ~60 ms building the case-folded classes).
    pattern:
      /^(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*)+\p{Lu}[\p{L}.'’ -]{1,40}(?: (?:via|VIA|Via) \p{Lu}[\p{L} ]{1,30})?\.?$/u,
  },
  {
    reason: 'boilerplate',
    family: 'disclaimer',
    pattern:
      /^.{0,200}\b(?:the views expressed (?:here|in this (?:article|post|piece))? ?(?:are|do not)|does not take institutional positions|is not responsible for the content of external sites)\b.{0,200}$/i,
  },
  {
    reason: 'promotion',
    family: 'share, follow or membership prompt',
    // "Sharing is caring!", "Like this article?", "Chat with us in Facebook Messenger.",
    // "Join our Space Forums to …", "If you enjoyed this article, … join …",
    // "Follow AP's full coverage of Brexit at …", "If you buy something through this post, …".
    pattern:
      /^(?:sharing is caring|(?:did you )?(?:like|enjoy)(?:d)? this (?:article|story|post)\??|chat with us (?:on|in) .{2,40}|join (?:our|the) .{0,40}\b(?:forums?|community|discussion)\b.{0,200}|if you (?:enjoyed|liked|appreciated|value) (?:this|our) (?:article|story|post|journalism|reporting)\b.{0,300}|follow .{2,40}\bfull coverage of .{2,120}|if you (?:buy|purchase) (?:something|anything|a product) (?:through|via|from) (?:this|our|a|one of our) (?:post|links?|article|site)\b.{0,200})[.!?]?$/i,
  },
  {
    reason: 'boilerplate',
    family: 'author contact note',
    pattern:
      /^.{0,200}\b(?:(?:reach|contact|email|write to) (?:him|her|them|me|us)|(?:may|can) be (?:reached|contacted)) at \S+@\S+.{0,200}$/i,
  },
]

/** The family of chrome a block's text belongs to, or `null`. */
export function chromeLineOf(text: string): (typeof chromeLines)[number] | null {
  const t = text.trim()
  if (t.length === 0 || t.length > 700) return null
  return chromeLines.find((line) => line.pattern.test(t)) ?? null
}
