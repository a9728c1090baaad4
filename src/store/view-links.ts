/**
 * The addresses of the app's pages, as links carry them. The sheet's is short on purpose: it is
 * printed on the sheet and drawn as a QR code, so it holds only the page and the language.
 */

/** `?view=sheet&lang=…`: the sheet to take to the clinic, in one language. */
export function sheetSearch(language: string): string {
  return `?${new URLSearchParams({ view: 'sheet', lang: language }).toString()}`;
}

/** `?view=scan&lang=…`: reading the real reader's screen with the camera or a photo, in one language. */
export function scanSearch(language: string): string {
  return `?${new URLSearchParams({ view: 'scan', lang: language }).toString()}`;
}

/** `?screen=…&lang=…`: the practice, at one screen (held, so it waits to be read), in one language. */
export function rehearseSearch(screen: string, language: string): string {
  return `?${new URLSearchParams({ screen, lang: language }).toString()}`;
}

/** `?lang=…`: the practice (the simulator), from its first screen, in one language. */
export function practiceSearch(language: string): string {
  return `?${new URLSearchParams({ lang: language }).toString()}`;
}
