/**
 * Pseudo-locales for testing. `x-pseudo`: every English string accented, about 40% longer and
 * bracketed ⟦…⟧, so a string that is not from the locale files, or one that overflows its
 * place, stands out on every screen. `x-rtl`: the same, laid out right to left.
 */
const ACCENTS: Readonly<Record<string, string>> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ď', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ď', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ü', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** Accents letters outside `{{placeholders}}` and pads the string to show where text overflows. */
export function pseudoString(text: string): string {
  const accented = text
    .split(/(\{\{[^}]*\}\})/)
    .map((part) => (part.startsWith('{{') ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTS[ch] ?? ch)))
    .join('');
  // Padding in short words, as real longer languages wrap: a single unbroken run would only
  // test how the browser breaks a word no language has.
  const padding = ' ····'.repeat(Math.ceil((text.length * 0.4) / 5));
  return `${PSEUDO_OPEN}${accented}${padding}${PSEUDO_CLOSE}`;
}

type Strings = { readonly [key: string]: string | Strings };

export function pseudoLocale(english: Strings): Strings {
  return Object.fromEntries(
    Object.entries(english).map(([key, value]) => [key, typeof value === 'string' ? pseudoString(value) : pseudoLocale(value)]),
  );
}
