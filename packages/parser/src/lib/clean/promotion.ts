import type { CleaningRule, RuleRemoval } from '../types.js'

const PATTERNS: readonly RegExp[] = [
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

/** A promotional line: "Show me more content from X on Google Search", newsletter and app pitches, ad labels. */
export function isPromotion(text: string): boolean {
  const t = text.trim().replace(/[.!]$/, '')
  if (t.length === 0 || t.length > 200) return false
  return PATTERNS.some((pattern) => pattern.test(t))
}

/** Removes promotional lines (reason `promotion`). */
export default function promotionRule(): CleaningRule {
  return {
    name: 'promotion',
    apply(blocks) {
      const out: RuleRemoval[] = []
      blocks.forEach((block, index) => {
        if (isPromotion(block.text))
          out.push({ index, reason: 'promotion', detail: 'promotion: publisher promotional line' })
      })
      return out
    },
  }
}
