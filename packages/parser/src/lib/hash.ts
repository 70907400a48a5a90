import { createHash } from 'node:crypto'

/** Hex SHA-256 of `bytes`. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** An article id: the first 16 hex digits of the SHA-256 of its input bytes. */
export function articleId(bytes: Uint8Array): string {
  return sha256Hex(bytes).slice(0, 16)
}
