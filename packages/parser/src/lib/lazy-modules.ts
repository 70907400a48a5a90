import { createRequire } from 'node:module'
import type * as ChronoEn from 'chrono-node/en'

const require = createRequire(import.meta.url)

let chronoEn: typeof ChronoEn | undefined
let tinyld: typeof import('tinyld') | undefined
let iconv: typeof import('iconv-lite') | undefined

/**
 * chrono-node's English locale, loaded on the first date to read and then kept (the full
 * `chrono-node` entry loads every locale; the parser reads English date lines only). The same
 * module `@parallax/annotate` loads, so a process holds one instance.
 */
export function chrono(): typeof ChronoEn {
  chronoEn ??= require('chrono-node/en') as typeof ChronoEn
  return chronoEn
}

/**
 * tinyld's `detect`, loaded on the first text whose stopwords leave its language open: tinyld
 * builds its n-gram tables when imported (about 0.7 s of CPU), and most English prose never needs it.
 */
export function tinyldDetect(text: string): string {
  tinyld ??= require('tinyld') as typeof import('tinyld')
  return tinyld.detect(text)
}

/**
 * iconv-lite's `decode` for `encoding`, loaded on the first input that needs it (Windows-1252):
 * its codec tables are half a megabyte of source, which a bundle that imported them statically
 * made every cold start compile though UTF-8 inputs never use them.
 */
export function iconvDecode(bytes: Buffer, encoding: string): string {
  iconv ??= require('iconv-lite') as typeof import('iconv-lite')
  return iconv.decode(bytes, encoding)
}
