import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { FEW_INPUTS, REGEXP_FLAG, regexpFlagFor } from '../src/lib/regexp-flag.js'

describe('parse: V8 regular-expression optimiser by batch size', () => {
  it('turns it off up to FEW_INPUTS inputs and leaves it on above', () => {
    expect(regexpFlagFor(1)).toBe('--no-regexp-optimization')
    expect(regexpFlagFor(FEW_INPUTS)).toBe('--no-regexp-optimization')
    expect(regexpFlagFor(FEW_INPUTS + 1)).toBeNull()
  })

  it('names a flag this Node accepts (setFlagsFromString would ignore an unknown one)', () => {
    const flag = regexpFlagFor(1) as string
    const run = spawnSync(process.execPath, [
      flag,
      '-e',
      'process.exit(/a{0,3}b/i.test("AAB") ? 0 : 3)',
    ])
    expect(run.status).toBe(0)
    const on = spawnSync(process.execPath, [REGEXP_FLAG.on, '-e', '0'])
    expect(on.status).toBe(0)
    expect(REGEXP_FLAG.on.replace('--', '--no-')).toBe(flag)
    const bad = spawnSync(process.execPath, ['--no-regexp-optimisation-typo', '-e', '0'])
    expect(bad.status).not.toBe(0)
  })
})
