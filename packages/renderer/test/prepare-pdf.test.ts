import { describe, expect, it } from 'vitest'
import { preparePdf, renderPdf } from '../src/index.js'
import { layoutStats } from '../src/lib/pdf/shared-layouts.js'
import { briefingWith } from './helpers.js'

/** Sentences of invented words, so no other render of this process has shaped them. */
const prepared = [
  'Zorvath quindles the brabmoor flenticks, plovard vintresses said on Thursday.',
  'Kestrimony gallivoes twelve durnish sprockleworths near Quobbleton’s marfield.',
]
const unprepared = [
  'Yerrowine clumbats the voshtarian melgrips, drenfold ambitrees said on Thursday.',
  'Fandrewsy pollimors twelve skarnish glimbletowers near Wubbleford’s tarnfield.',
]

/** Words shaped anew while `run` runs. */
async function shapedDuring(run: () => Promise<unknown>): Promise<number> {
  const before = layoutStats().misses
  await run()
  return layoutStats().misses - before
}

// One file, run in order: the layouts are shared by the whole process.
describe('preparePdf and the layouts documents share', () => {
  it('changes no byte of a PDF drawn after it', async () => {
    const briefing = briefingWith(prepared, { title: 'Council votes' })
    const before = await renderPdf(briefing, { onWarning: () => {} })
    await preparePdf(unprepared.join('\n'))
    const after = await renderPdf(briefing, { onWarning: () => {} })
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true)
  })

  it('a second document shapes none of the words a first one shaped', async () => {
    const briefing = briefingWith(prepared, { title: 'Council votes' })
    expect(await shapedDuring(() => renderPdf(briefing, { onWarning: () => {} }))).toBe(0)
  })

  it('a document shapes the words of a prepared text no more', async () => {
    const fresh = ['Quillibant morvesh trandlewick.', 'Oxtrellion pamberdy sniveloke.']
    const later = ['Braskwillow fendimuck yarrowspit.', 'Glimmerdoon huskavore plandrith.']
    await preparePdf(fresh.join(' '))
    const afterPrepare = await shapedDuring(() =>
      renderPdf(briefingWith(fresh, { title: 'Council votes' }), { onWarning: () => {} }),
    )
    const unpreparedCount = await shapedDuring(() =>
      renderPdf(briefingWith(later, { title: 'Council votes' }), { onWarning: () => {} }),
    )
    // Each of the six new words is shaped when not prepared: with the space after it (to measure);
    // as it ends a line or a run (to draw) it is taken from that layout (`shared-layouts.ts`).
    expect(unpreparedCount - afterPrepare).toBeGreaterThanOrEqual(6)
    expect(afterPrepare).toBeLessThan(unpreparedCount)
  })

  it('prepares in the faces asked for, fallback fonts included', async () => {
    const shaped = await shapedDuring(() =>
      preparePdf('Плавник ἀρχὴ marmoset', { faces: ['sans', 'sansBold'] }),
    )
    expect(shaped).toBeGreaterThanOrEqual(6)
    expect(await shapedDuring(() => preparePdf('Плавник ἀρχὴ marmoset', { faces: ['sans'] }))).toBe(
      0,
    )
  })
})
