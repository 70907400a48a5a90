import { readFileSync } from 'node:fs'
import { parse } from '@parallax/parser'
import { claimContext } from '../src/lib/claims/context.ts'
const r = await parse({ bytes: readFileSync(process.argv[2]!), path: process.argv[2]!.split('/').pop()!, manifest: null })
const c = claimContext(r.article!)
const re = new RegExp(process.argv[3]!)
c.sentences.forEach((s, i) => { if (re.test(s.text)) console.log(i, s.text, s.mentions.map(m => m.item.text + ':' + m.entity.kind)) })
