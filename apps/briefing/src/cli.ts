#!/usr/bin/env node
import { exitWhenFlushed } from './lib/startup/exit-when-flushed.js'
import { setProcessFlags } from './lib/startup/flags.js'
import { main } from './lib/startup/main.js'

// The command without the code cache (`bundle/cli.js` loads the cached CommonJS build of `main`;
// see src/lib/startup/load-main.ts).
setProcessFlags()
await main(process.argv)
await exitWhenFlushed()
