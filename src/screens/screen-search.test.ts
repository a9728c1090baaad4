import { describe, expect, it } from 'vitest';
import ja from '../../locales/ja.json';
import { SCREEN_IDS } from '../flow/types.ts';
import { createI18n } from '../i18n/i18n.ts';
import { normaliseForSearch, searchEntries, searchScreens, type JapaneseOf } from './screen-search.ts';
import { WORDING_SOURCES, WORDING_VARIANTS } from './wordings.ts';

const instance = createI18n();
instance.addResourceBundle('ja', 'translation', ja, true, true);
const japanese: JapaneseOf = (key, values) => instance.t(key, { ...values, lng: 'ja' });
const entries = searchEntries(japanese);
const find = (query: string) => searchScreens(entries, query);

describe('normalising what staff type', () => {
  it('reads hiragana and katakana alike', () => {
    expect(normaliseForSearch('ヒラガナ')).toBe(normaliseForSearch('ひらがな'));
    expect(normaliseForSearch('カード')).toBe('かーど');
  });

  it('reads full-width digits and letters as half-width, and ignores case', () => {
    expect(normaliseForSearch('００６')).toBe('006');
    expect(normaliseForSearch('ＰＩＮ')).toBe(normaliseForSearch('pin'));
  });

  it('ignores spaces and the punctuation around codes and quotes', () => {
    expect(normaliseForSearch('「診療・お薬」')).toBe('診療お薬');
    expect(normaliseForSearch('【006：失効】')).toBe('006失効');
    expect(normaliseForSearch(' 暗証　番号 ')).toBe('暗証番号');
  });
});

describe('finding a screen', () => {
  it('finds the 006 error by its code, typed either way', () => {
    expect(find('006')).toEqual(['error-006']);
    expect(find('００６')).toEqual(['error-006']);
  });

  it('finds the three screens about an expiry date by 期限', () => {
    expect(find('期限').sort()).toEqual(['eligibility-only', 'error-006', 'renewal-alert']);
  });

  it('finds katakana words typed in hiragana, and with the punctuation left out', () => {
    expect(find('すまーとふぉん')).toEqual(expect.arrayContaining(['phone-select', 'phone-hold']));
    expect(find('ロック')).toEqual(expect.arrayContaining(['pin-locked']));
    expect(find('ろっく')).toEqual(find('ロック'));
    // 「過去の診療・お薬・手術・健診の情報を…」, the topics laid into the question as the clinic asks them.
    expect(find('診療お薬手術')).toEqual(['consent-all']);
  });

  it('finds a screen by the wording another reader uses for it, as staff read it off their own', () => {
    // A clinic's reader says 暗証番号を入力する where the simulator says 暗証番号で本人確認.
    expect(find('暗証番号を入力する')).toEqual(['method-select']);
    // The health ministry's name of the prescription choice, in its own kana.
    expect(find('処方せん発行方法')).toEqual(['prescription']);
  });

  it('finds nothing for nonsense, and every screen for an empty query', () => {
    expect(find('ぬぬぬ')).toEqual([]);
    expect(find('xyzzy')).toEqual([]);
    expect(find('')).toEqual([...SCREEN_IDS]);
    expect(find(' ・ ')).toEqual([...SCREEN_IDS]);
  });
});

describe('the wordings of other readers', () => {
  it('name where each quoted wording was read, and list it under the string it words', () => {
    const listed = Object.values(WORDING_VARIANTS).flat();
    for (const [wording, source] of Object.entries(WORDING_SOURCES)) {
      expect(listed, wording).toContain(wording);
      expect(source, wording).toMatch(/^https:\/\/\S+ \(.+\)$/);
    }
  });
});
