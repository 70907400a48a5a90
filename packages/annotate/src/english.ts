export { titleWords } from './lib/lexicon.js'
