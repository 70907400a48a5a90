/** Default largest input read, in bytes: 20 MB (the parser's default too). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024
