import { words } from './list.js'

/** Month names, in calendar order. */
export const months = words(`
  January February March April May June July August September October November December
`)

/** Month abbreviations ("Feb.", "Sept."), lower-cased without the stop. */
export const monthAbbreviations = words('jan feb mar apr jun jul aug sep sept oct nov dec')

/** Weekday names, Monday first. */
export const weekdays = words('Monday Tuesday Wednesday Thursday Friday Saturday Sunday')

/** Weekday abbreviations ("Tues."), lower-cased without the stop. */
export const weekdayAbbreviations = words('mon tue tues wed thu thur thurs fri sat sun')
