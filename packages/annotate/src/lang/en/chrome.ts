/**
 * Lines of page chrome, by the removal reason they give wherever they are found (a cleaning rule
 * on text, or a block of an HTML page): one phrase list, one reason. Patterns rather than word
 * lists, since these lines vary ("Sign up for the Energy Brief, delivered every weekday").
 */

/** Promotion: advertising labels, newsletter, app and follow pitches (reason `promotion`). */
export const promotionLines: readonly RegExp[] = [
  /^(?:show|see|get) (?:me )?more (?:content|stories|news|articles|coverage) from .{1,60}$/i,
  /^add .{1,60} as a (?:preferred|trusted) source\b.*$/i,
  /\b(?:sign up|subscribe) (?:for|to) (?:our|the|a) .{0,60}newsletters?\b/i,
  // A line opening with a pitch for a named newsletter: "Sign up for the Energy Brief, delivered
  // every weekday morning", "Subscribe to The Morning Digest".
  /^(?:sign up|subscribe) (?:for|to) (?:our|the|a)\b.{0,80}\b(?:brief|briefing|digest|bulletin|roundup|round-up|dispatch|email|inbox)s?\b.*$/i,
  /^(?:sign up|subscribe)\b.{0,100}\b(?:delivered (?:every|each|daily|weekly|to your)|(?:straight )?(?:to|in) your inbox)\b.*$/i,
  /^(?:follow|like) (?:us|@?[\p{L}\p{N}_.]+) on (?:x|twitter|facebook|instagram|threads|bluesky|google news|whatsapp|telegram|youtube|tiktok)\b.*$/iu,
  /^(?:download|get) (?:the|our) .{0,40}\bapp\b.*$/i,
  /^(?:advertisement|sponsored(?: content)?|paid (?:content|post)|promoted|ad feedback|story continues below(?: advertisement)?|continue reading below|scroll to continue|listen to (?:this|the) (?:article|story).*|click here\b.*|read (?:more|the full story) (?:at|on) .{1,60})$/i,
  /^(?:support|donate to) (?:our|independent) journalism\b.*$/i,
  /^(?:this article|this story|this content) is (?:only )?available to (?:subscribers|members)\b.*$/i,
]

/** Navigation labels of web pages and aggregators ("Top Headlines", "Back to top"; reason `navigation`). */
export const navigationLabel =
  /^(?:top (?:headlines|stories|news)|feeds?|home(?:page)?|menu|sections?|sources|related(?: (?:articles|stories|coverage|content|topics))?|more (?:stories|news|on this story)|trending(?: now)?|most (?:read|popular|viewed)|latest(?: news)?|share(?: this(?: article| story)?)?|skip to (?:main )?content|sign (?:in|up)|log ?in|search|back to top|print|comments?|external (?:resources|links)|see also|show (?:more|less)|load more|next article|previous article|you may also like|recommended(?: for you)?|topics|tags)$/i

/**
 * More short blocks of an HTML page that are furniture, not article text (compared whole,
 * without trailing punctuation), by reason; checked after `navigationLabel` and
 * `promotionLines`, which apply to HTML blocks too.
 */
export const pageFurniture: ReadonlyArray<{
  reason: 'promotion' | 'navigation' | 'credit'
  pattern: RegExp
}> = [
  {
    reason: 'promotion',
    pattern:
      /^(advertisement|advertising|sponsored( content)?|ad|share( this)?( article| story| post)?( on \w+)?|share on \w+|tweet|email|follow us( on .{0,40})?|sign up.{0,80}|subscribe.{0,80}|newsletter|click here.{0,60}|continue reading.{0,40})$/i,
  },
  {
    reason: 'navigation',
    pattern:
      /^(print|comments?( \d+)?|\d+ comments?|related( articles| stories| content| posts| coverage)?|read more|more (from|on) .{0,60}|see also|recommended( for you)?|loading\.*|back to top|you (may|might) also like.{0,30}|most (read|popular|viewed))$/i,
  },
  {
    reason: 'credit',
    pattern:
      /^((image|photo|media|video) (caption|copyright|credit).{0,80}|(photo|image|picture)s?:.{0,80}|getty images|reuters|ap photo.{0,60})$/i,
  },
]
