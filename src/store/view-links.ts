/**
 * The addresses of the app's pages, as links carry them. The sheet's is short on purpose: it is
 * printed on the sheet and drawn as a QR code, so it holds only the page and the language.
 */

/** `?view=sheet&lang=…`: the sheet to take to the clinic, in one language. */
export function sheetSearch(language: string): string {
  return `?${new URLSearchParams({ view: 'sheet', lang: language }).toString()}`;
}

/** `?lang=…`: the practice (the simulator), from its first screen, in one language. */
export function practiceSearch(language: string): string {
  return `?${new URLSearchParams({ lang: language }).toString()}`;
}
