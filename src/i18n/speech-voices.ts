/**
 * Which of the device's voices may read a text in one of our languages (pure: no React, no
 * `window`). A text is only ever read by a voice of its own language, never by another
 * language's voice: when none fits, the answer is null and nothing is spoken.
 */
import { findLanguage, isPseudo } from './languages.ts';

/** What a `SpeechSynthesisVoice` tells about itself; the browser's voices fit this shape. */
export interface VoiceLike {
  readonly name: string;
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
}

interface Tag {
  readonly language: string;
  readonly script: string | null;
  readonly region: string | null;
}

/** Old and alternative codes a device may report, as the code we use. */
const ALIASES: Readonly<Record<string, string>> = { fil: 'tl', in: 'id', cmn: 'zh' };

/** A BCP 47 tag, lower-cased, in its parts; `en_US` (as some Android voices say) reads as `en-US`. */
function parse(tag: string): Tag | null {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const [first = '', ...rest] = parts;
  if (!/^[a-z]{2,3}$/.test(first)) return null;
  const subtags = rest.slice(0, rest.includes('x') ? rest.indexOf('x') : rest.length);
  const script = subtags.find((part) => /^[a-z]{4}$/.test(part)) ?? null;
  const region = subtags.find((part) => /^([a-z]{2}|\d{3})$/.test(part)) ?? null;
  return { language: ALIASES[first] ?? first, script, region };
}

const HANS_REGIONS = ['cn', 'sg', 'my'];
const HANT_REGIONS = ['tw', 'hk', 'mo'];

/**
 * Which Chinese a voice speaks: Mandarin for simplified or traditional text, Cantonese
 * (`yue`) for traditional only, after Mandarin. A bare `zh` voice is taken as the mainland's.
 */
function chineseRank(voice: Tag, script: 'hans' | 'hant'): number | null {
  const hant = voice.script === 'hant' || (voice.script === null && voice.region !== null && HANT_REGIONS.includes(voice.region));
  const hans = voice.script === 'hans' || (voice.script === null && voice.region !== null && HANS_REGIONS.includes(voice.region));
  if (voice.language === 'zh') {
    if (script === 'hans') return hans ? 0 : voice.script === null && voice.region === null ? 1 : null;
    return hant ? 0 : null;
  }
  if (voice.language === 'yue' && script === 'hant') return hant || (voice.script === null && voice.region === null) ? 2 : null;
  return null;
}

/**
 * The language a voice must speak to read a text in `code`: Easy Japanese is Japanese; a
 * pseudo-locale has none. Used to name the missing voice ("No Japanese voice…").
 */
export function voiceLanguageOf(code: string): string | null {
  if (isPseudo(code)) return null;
  const tag = parse(code);
  if (!tag || tag.language === 'x') return null;
  return code.replace(/-x-.*$/i, '');
}

/**
 * How well a voice's `lang` fits a text's language: 0 best, higher worse, null not at all.
 * Region and script count only where our code names one (pt-BR before any pt; zh-Hant with a
 * Taiwan or Hong Kong voice); otherwise any voice of the language fits equally.
 */
export function matchRank(voiceLang: string, code: string): number | null {
  const wanted = voiceLanguageOf(code);
  const text = wanted === null ? null : parse(wanted);
  const voice = parse(voiceLang);
  if (!text || !voice) return null;
  if (text.language === 'zh') {
    const script = text.script === 'hant' || (text.script === null && text.region !== null && HANT_REGIONS.includes(text.region)) ? 'hant' : 'hans';
    return chineseRank(voice, script);
  }
  if (voice.language !== text.language) return null;
  if (text.region !== null && voice.region !== text.region) return 1;
  return 0;
}

/**
 * The voice to read a text in `code` with, or null when the device has none for it. Among the
 * voices that fit: the best fit, then one on the device (works offline, sends nothing away)
 * over a network one, then the browser's default, then the device's own order.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], code: string): V | null {
  let best: { voice: V; score: readonly number[] } | null = null;
  for (const voice of voices) {
    const rank = matchRank(voice.lang, code);
    if (rank === null) continue;
    const score = [rank, voice.localService ? 0 : 1, voice.default ? 0 : 1];
    if (best === null || isBetter(score, best.score)) best = { voice, score };
  }
  return best?.voice ?? null;
}

function isBetter(score: readonly number[], than: readonly number[]): boolean {
  for (const [index, value] of score.entries()) {
    const other = than[index] ?? 0;
    if (value !== other) return value < other;
  }
  return false;
}

/**
 * The language a voice for `code` would speak, named in the visitor's language by the browser
 * (`Intl.DisplayNames`): "Burmese", "ビルマ語". A pseudo-locale is named as the manifest names it.
 */
export function spokenLanguageName(code: string, visitor: string): string {
  const spoken = voiceLanguageOf(code);
  if (spoken === null) return findLanguage(code)?.english ?? code;
  for (const locales of [[visitor, 'en'], ['en']]) {
    try {
      return new Intl.DisplayNames(locales, { type: 'language' }).of(spoken) ?? spoken;
    } catch {
      // A code Intl does not take (a pseudo-locale as the visitor's language): try English.
    }
  }
  return spoken;
}
