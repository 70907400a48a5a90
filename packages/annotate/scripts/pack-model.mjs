// Writes dist/wink-core.v8: wink-eng-lite-web-model's core, parsed and decoded once at build time,
// which `readCoreModel` reads on a cold start instead of the JSON (see src/lib/packed-core.ts).
import { writeFileSync } from 'node:fs'
import { PACKED_CORE, packCore } from '../dist/lib/packed-core.js'

writeFileSync(PACKED_CORE, packCore())
