export { claimId } from './lib/claim-id.js'
export { type ClaimsOptions, claimsFromArticle } from './lib/claims-from-article.js'
