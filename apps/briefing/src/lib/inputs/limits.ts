/**
 * Default largest input read, in bytes: 20 MB, the parser's `DEFAULT_MAX_BYTES`. A copy, because
 * `--help` and option parsing must not load the parser; `test/limits.test.ts` keeps the two equal.
 */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024
