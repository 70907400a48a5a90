// The build step after tsc (`pnpm build`): writes dist/assets/ (see writeAssets).
import { writeAssets } from './lib/assets/write-assets.js'

const written = writeAssets()
process.stdout.write(
  `renderer assets: ${written.fonts.length} fonts, ${written.templates} in dist/assets/\n`,
)
