/** A run of text, or a base with its reading (furigana), as written `{漢字|かんじ}` in the locales. */
export type RubyPart = string | { readonly base: string; readonly reading: string };

const RUBY = /\{([^{}|]+)\|([^{}|]+)\}/g;

/** Splits ruby markup; `{{placeholders}}` are not ruby (no pipe) and pass through as text. */
export function parseRuby(text: string): RubyPart[] {
  const parts: RubyPart[] = [];
  let last = 0;
  for (const match of text.matchAll(RUBY)) {
    const [whole, base = '', reading = ''] = match;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ base, reading });
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** The text a reader sees without the readings. */
export function stripRuby(text: string): string {
  return text.replace(RUBY, '$1');
}

/** A `{{name}}` placeholder, or `{{name, format}}` with an i18next format. */
export const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

/** How a format turns a value into text (the readings' own version of an i18next formatter). */
export type Formats = Readonly<Record<string, (value: string | number) => string>>;

/**
 * Fills `{{name}}` placeholders, and `{{name, format}}` ones through `formats`; unknown names
 * (or formats) are left as they are, so a gap stays visible.
 */
export function interpolate(text: string, values: Readonly<Record<string, string | number>> = {}, formats: Formats = {}): string {
  return text.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    const value = values[name];
    if (value === undefined) return whole;
    if (format === undefined) return String(value);
    const formatter = formats[format];
    return formatter ? formatter(value) : whole;
  });
}
