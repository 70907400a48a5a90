import { phrases, words } from './list.js'

/** Nouns that, as the head of an appositive after a name, make the name an organisation ("Hanul Energy, a battery maker"). */
export const organizationDescriptors = words(`
  company companies firm utility operator group agency regulator carrier airline bank lender
  insurer manufacturer maker producer retailer supplier distributor startup start-up charity
  organisation organization nonprofit non-profit body authority ministry institute university
  association federation union broadcaster newspaper publisher developer miner conglomerate
  consortium cooperative co-operative fund watchdog subsidiary chain network
`)

/** Heads that make a capitalised name an organisation ("Defence Council", "Investment Fund"). */
export const organizationHeads = words(`
  council ministry agency fund administration committee commission union organization
  organisation bank party board department office army navy force forces corps group company
  corporation inc ltd times news post journal network channel institute university court
  parliament congress senate assembly government service services federation association
  foundation alliance front brigade battalion guard police gazette herald tribune chronicle
  telegraph courier
`)

/** Media and platforms that, named after a cue, are the channel ("wrote on X"). */
export const platforms = words(`
  X Twitter WhatsApp Telegram Facebook Instagram TikTok YouTube Truth Social Signal LinkedIn
  Threads Bluesky Weibo WeChat
`)

/** News agencies and wire services that bylines and datelines name. */
export const newsAgencies = phrases(`
  Reuters
  Associated Press
  AP
  AFP
  Agence France-Presse
  Bloomberg
  Bloomberg News
  dpa
  EFE
  ANSA
  Kyodo
  Kyodo News
  Xinhua
  TASS
  Interfax
  RIA Novosti
  Ukrinform
  PA Media
  Press Association
  UPI
  Anadolu
  Anadolu Agency
  Yonhap
  ANP
  PTI
  AAP
  Canadian Press
  The Canadian Press
  CNN
`)
