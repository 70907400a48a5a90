/** Colours and type sizes the PDF sections share: the PDF's counterpart of `templates/styles.css`. */

export const muted = '#4a4a55'
export const accent = '#1d4f91'
export const differ = '#9b2c1f'
export const agree = '#1f6b3a'
/** Background of the words only one outlet uses (quote variants). */
export const markColor = '#ffe27a'
/** Hairline rules and the bar beside quotes. */
export const hairline = '#d5d5dc'
/** Body text size, in points. */
export const body = 10
/** Table and secondary text size, in points. */
export const small = 9
