import type { FontKey } from './fonts.js'

/**
 * A font drawn where the IBM Plex face of a run lacks a glyph: one entry per script family, in
 * the order they are tried (small fonts first, so a CJK character loads the 10 MB CJK face only
 * when nothing before it has the glyph; Hangul is in the Korean face, after the Chinese one). Each ships in npm (`@expo-google-fonts/*`, static
 * TrueType instances of Google's Noto fonts, SIL OFL), so every install has them.
 */
export interface FallbackFont {
  /** Name the font is registered under in the PDF (and shown in diagnostics). */
  readonly name: string
  /** Module path of the regular weight. */
  readonly regular: string
  /** Module path of the bold weight, used for the bold Plex faces. */
  readonly bold: string
}

export const fallbackFonts: readonly FallbackFont[] = [
  {
    name: 'NotoSansArabic',
    regular: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  },
  {
    name: 'NotoSansHebrew',
    regular: '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf',
  },
  {
    name: 'NotoEmoji',
    regular: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
    bold: '@expo-google-fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf',
  },
  {
    name: 'NotoSansSC',
    regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
  {
    name: 'NotoSansKR',
    regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  },
]

/** Whether a Plex face is bold (its fallbacks are then the bold Noto weights). */
export const boldFaces: Readonly<Record<FontKey, boolean>> = {
  serif: false,
  serifBold: true,
  serifItalic: false,
  serifBoldItalic: true,
  sans: false,
  sansBold: true,
  sansItalic: false,
}
