import type { Block, Removal } from '@parallax/schema'
import { isLinkDense } from './analyze-tree.js'
import type { RawBlock } from './collect-blocks.js'

/** Short blocks that are page furniture, not article text, in any article. */
const FURNITURE =
  /^(advertisement|advertising|sponsored( content)?|ad|share( this)?( article| story| post)?( on \w+)?|share on \w+|tweet|email|print|comments?( \d+)?|\d+ comments?|related( articles| stories| content| posts| coverage)?|read more|more (from|on) .{0,60}|see also|recommended( for you)?|follow us( on .{0,40})?|sign up.{0,80}|subscribe.{0,80}|newsletter|click here.{0,60}|continue reading.{0,40}|loading\.*|back to top|(image|photo|media|video) (caption|copyright|credit).{0,80}|(photo|image|picture)s?:.{0,80}|getty images|reuters|ap photo.{0,60}|you (may|might) also like.{0,30}|most (read|popular|viewed))$/i

/** A block that is escaped markup shown as text (`&lt;img …&gt;` in the page body). */
const MARKUP = /^<\/?[a-z][a-z0-9]*(\s[^>]*)?\/?>/i

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Options of {@link filterBlocks}. */
export interface FilterInputs {
  title: string | null
}

/**
 * Drops link lists, page furniture and the headline repeated as a heading; numbers the kept
 * blocks `b0`, `b1`… and records each drop in `removed`.
 */
export function filterBlocks(
  raw: RawBlock[],
  { title }: FilterInputs,
  removed: Removal[],
): Block[] {
  const blocks: Block[] = []
  const titleKey = title === null ? null : normalize(title)
  for (const candidate of raw) {
    const { text: builder, kind, level } = candidate
    const text = builder.text
    const span = { start: builder.start, end: builder.end }
    const visible = builder.visibleLength
    if (isLinkDense(visible, builder.linkLength)) {
      removed.push({ span, reason: 'related-links', detail: 'block of mostly links' })
      continue
    }
    if (visible < 100 && FURNITURE.test(text.replace(/[\s:|•·»›>.!]+$/u, '').trim())) {
      removed.push({ span, reason: 'boilerplate', detail: `page furniture: "${text}"` })
      continue
    }
    if (MARKUP.test(text)) {
      removed.push({ span, reason: 'markup', detail: 'markup shown as text' })
      continue
    }
    if (kind === 'caption') {
      removed.push({ span, reason: 'caption', detail: 'figure caption' })
      continue
    }
    if (kind === 'heading' && blocks.length === 0) {
      if (level === 1 || (titleKey !== null && normalize(text) === titleKey)) {
        removed.push({ span, reason: 'title', detail: 'headline above the body' })
        continue
      }
    }
    const block: Block = {
      id: `b${blocks.length}`,
      kind,
      text,
      span,
      map: builder.map.length > 0 ? builder.map : [[0, builder.start]],
    }
    if (kind === 'heading') block.level = level
    blocks.push(block)
  }
  return blocks
}
