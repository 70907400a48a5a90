export { english, type LanguagePack } from './lang/en/index.js'
