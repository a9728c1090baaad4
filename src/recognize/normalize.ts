/**
 * Folding text so that what OCR read off a photo, and what a person typed, can be compared with
 * the reader's Japanese. Each fold is applied the same way to both sides, so it may lose
 * information (ソ and ン become one letter) as long as the catalog's strings stay apart.
 */

/** A string as its characters (code points): what the matcher compares one by one. */
export const codePoints = (text: string): string[] => Array.from(text);

/** Characters that OCR confuses with one another in screen Japanese: each maps to one of its group. */
const CONFUSABLE_GROUPS: readonly string[] = [
  'ー一－―‐—–-−ｰ', // long vowel, kanji one, dashes
  'ロ口□', // katakana ro, kanji mouth, square
  'カ力', // katakana ka, kanji power
  'エ工', // katakana e, kanji craft
  'タ夕', // katakana ta, kanji evening
  'ニ二', // katakana ni, kanji two
  'ト卜', // katakana to, divination
  'ハ八', // katakana ha, kanji eight
  'へヘ', // hiragana and katakana he
  'べベ',
  'ぺペ',
  'りリ',
  'オ才',
  'ンソ', // n and so
  'シツ', // shi and tsu
  'チ千',
  'ミ三',
  '0oO〇',
  '1lI|!', // the same stroke
];

/** Small kana that OCR reads as their full-size forms (and the other way round). */
const SMALL_KANA: Readonly<Record<string, string>> = Object.fromEntries(
  codePoints('ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ').map((small, index) => [small, 'あいうえおつやゆよわアイウエオツヤユヨワカケ'[index] ?? small]),
);

const CONFUSABLE: ReadonlyMap<string, string> = new Map(
  CONFUSABLE_GROUPS.flatMap((group) => {
    const chars = codePoints(group);
    const head = chars[0] ?? '';
    return chars.map((char) => [char, head] as const);
  }),
);

/**
 * Spellings of the same words that makers and software versions use interchangeably: each is
 * rewritten to one spelling. Order matters where one rewrite contains another.
 */
const WORDINGS: readonly (readonly [RegExp, string])[] = [
  [/下さ/g, 'くださ'],
  [/頂/g, 'いただ'],
  [/致し/g, 'いたし'],
  [/出来/g, 'でき'],
  [/又は/g, 'または'],
  [/及び/g, 'および'],
  [/御/g, 'ご'],
  [/読み?取り?/g, '読取'],
  [/取り?出/g, '取出'],
  [/申し?込み?/g, '申込'],
  [/受け?付け?/g, '受付'],
  [/お取り?く/g, 'お取く'],
  [/置き?く/g, '置く'],
  [/次[にへ]進[むみ]/g, '次へ'],
  [/パスワード/g, '暗証番号'],
];

/** Unicode punctuation, symbols, separators and other marks that carry nothing to match on. */
const NOISE = /[\p{P}\p{S}\p{Z}\p{C}\s]/gu;

/**
 * The form every string is compared in: full- and half-width folded (NFKC), lower case, no
 * spaces or punctuation, one spelling for interchangeable words, and OCR's usual confusions
 * folded together. Used on both the catalog and the OCR text.
 */
export function foldForMatch(text: string): string {
  let folded = text.normalize('NFKC').toLowerCase().replace(NOISE, '');
  for (const [pattern, replacement] of WORDINGS) folded = folded.replace(pattern, replacement);
  let out = '';
  for (const char of folded) {
    const big = SMALL_KANA[char] ?? char;
    out += CONFUSABLE.get(big) ?? big;
  }
  return out;
}

/**
 * Kana with their voicing marks removed, for a cheaper substitution: OCR often drops or adds
 * the dakuten (ど↔と, パ↔ハ).
 */
export function baseKana(char: string): string {
  return char.normalize('NFD').replace(/[\u3099\u309A]/g, '');
}

/** Katakana as hiragana, so that typed かーど finds カード. */
export function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));
}

/**
 * Japanese as a person types it to search: folded like OCR text (without the OCR confusions,
 * which typing does not make) and in hiragana.
 */
export function foldTypedJapanese(text: string): string {
  let folded = text.normalize('NFKC').toLowerCase().replace(NOISE, '');
  for (const [pattern, replacement] of WORDINGS) folded = folded.replace(pattern, replacement);
  return katakanaToHiragana(folded);
}

/**
 * Romaji as people type it: no macrons or apostrophes, and long vowels however they are
 * written (ō, ou, oo, oh) folded to one vowel; "mainanbaa kaado" finds Mainanbā kādo.
 */
export function foldRomaji(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/oh(?![aeiouy])/g, 'o')
    .replace(/ou/g, 'o')
    .replace(/([aeiou])\1+/g, '$1')
    .replace(/nn/g, 'n')
    .replace(/m(?=[bpm])/g, 'n');
}

/**
 * A translation or a query in the visitor's language: NFKC, lower case, no spaces or
 * punctuation, and Latin letters without their accents (Vietnamese typed without diacritics
 * still finds). Marks on other scripts are kept: in Thai or Burmese they are letters.
 */
export function foldTranslation(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(NOISE, '');
}

/** Whether a query is written in Latin letters (romaji, English, Vietnamese…). */
export function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}\p{N}\p{P}\p{Z}\s]+$/u.test(text.normalize('NFKC'));
}

/** Whether a query holds kana or kanji. */
export function hasJapanese(text: string): boolean {
  return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]/u.test(text);
}
