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

/** Fills `{{name}}` placeholders; unknown names are left as they are, so a gap stays visible. */
export function interpolate(text: string, values: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
