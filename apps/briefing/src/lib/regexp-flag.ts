/** Up to this many inputs, `parse` and `brief` turn V8's regular-expression optimiser off (see `regexpFlagFor`). */
export const FEW_INPUTS = 16

/**
 * The V8 flag a command sets for `inputs` files, or `null`. V8 compiles each regular expression
 * on its first use, and its optimiser makes that compile dear for chrono-node's large patterns
 * (bounded repeats of long alternations): a fresh process parsing one seed spent about 170 ms of
 * CPU less without it, while each further article cost about 6 ms more (18%; the optimised code
 * runs faster once compiled), so it pays up to about 28 articles. Under `FEW_INPUTS` the
 * compile is most of what regular expressions cost, and the optimiser is turned off; the
 * results are the same (only how V8 compiles changes). `brief` on the five seeds: 3.26–3.32 s
 * wall with the optimiser, 3.05–3.11 s without (idle 2-core machine). See the README ("Cold start").
 */
export function regexpFlagFor(inputs: number): string | null {
  return inputs <= FEW_INPUTS ? REGEXP_FLAG.off : null
}

/**
 * The V8 flag that `regexpFlagFor` sets (`off`) and the one that undoes it (`on`, V8's default):
 * scripts/code-cache.mjs sets `on` again after its warm-up `brief`, so the cache is made under the
 * flags a run starts with.
 */
export const REGEXP_FLAG = {
  off: '--no-regexp-optimization',
  on: '--regexp-optimization',
} as const
