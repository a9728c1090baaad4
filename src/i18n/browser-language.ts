/**
 * Which of Uketsuke's languages a browser asks for. Browsers name languages as BCP 47 tags
 * (`navigator.languages`: "pt", "zh-TW", "fil-PH", "ne-NP"); Uketsuke's files are named by the
 * variant it has ("pt-BR", "zh-Hant", "tl"). The first of the browser's languages that maps to
 * one of ours wins; none mapping means "ask" (the language list), never a silent English.
 */

/** Traditional characters are written in Taiwan, Hong Kong and Macau; elsewhere Simplified. */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/** Older or alternative codes browsers still send, by the code Uketsuke uses. */
const ALIASES: Readonly<Record<string, string>> = {
  fil: 'tl',
  in: 'id',
  pt: 'pt-BR',
};

/** The code Uketsuke would use for one browser tag, if it has that language; else undefined. */
function matchOne(tag: string, available: readonly string[]): string | undefined {
  const lower = tag.trim().toLowerCase();
  if (lower === '') return undefined;
  const exact = available.find((code) => code.toLowerCase() === lower);
  if (exact) return exact;
  const [base = '', ...rest] = lower.split(/[-_]/);
  if (base === 'zh') {
    const traditional = rest.includes('hant') || (!rest.includes('hans') && rest.some((part) => TRADITIONAL_REGIONS.has(part)));
    return available.find((code) => code === (traditional ? 'zh-Hant' : 'zh-Hans'));
  }
  const wanted = ALIASES[base] ?? base;
  // A base language ("es-MX" → "es"); Easy Japanese is chosen, never guessed from "ja".
  return available.find((code) => code === wanted) ?? available.find((code) => code.toLowerCase().split('-')[0] === wanted && !code.includes('-x-'));
}

/** The first of `preferred` (most wanted first) that Uketsuke has, in Uketsuke's own code. */
export function matchBrowserLanguage(preferred: readonly string[], available: readonly string[]): string | undefined {
  for (const tag of preferred) {
    const code = matchOne(tag, available);
    if (code !== undefined) return code;
  }
  return undefined;
}
