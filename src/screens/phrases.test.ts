import { describe, expect, it } from 'vitest';
import { SCREEN_IDS } from '../flow/types.ts';
import { flatten } from '../i18n/locale-check.ts';
import ja from '../../locales/ja.json';
import en from '../../locales/en.json';
import { GENERAL_PHRASES, MAX_PHRASES, MIN_PHRASES, SCREEN_PHRASES, phrasesFor, screensWithPhrase } from './phrases.ts';

const source = flatten(ja).strings;
const english = flatten(en).strings;
const phraseKeys = [...source.keys()].filter((key) => key.startsWith('ui.phrase.'));
const listed = new Set([...GENERAL_PHRASES, ...Object.values(SCREEN_PHRASES).flat()]);

describe('phrase cards for each screen', () => {
  it.each(SCREEN_IDS)('%s has between 3 and 8 phrases, none twice', (screen) => {
    const phrases = phrasesFor(screen);
    expect(phrases.length).toBeGreaterThanOrEqual(MIN_PHRASES);
    expect(phrases.length).toBeLessThanOrEqual(MAX_PHRASES);
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('names only keys that exist in the Japanese source, with their English', () => {
    for (const key of listed) {
      expect(source.get(key), key).toBeTruthy();
      expect(english.get(key), key).toBeTruthy();
    }
  });

  it('uses every phrase written for it on at least one screen', () => {
    const frame = ['ui.phrase.heading', 'ui.phrase.japaneseLoading', 'ui.phrase.japaneseFailed'];
    const unused = phraseKeys.filter((key) => !frame.includes(key) && !listed.has(key as never));
    expect(unused).toEqual([]);
  });

  it('keeps the mask first on the face check, and the general phrases last everywhere', () => {
    expect(phrasesFor('face-check')[0]).toBe('ui.phrase.maskOff');
    for (const screen of SCREEN_IDS) expect(phrasesFor(screen).slice(-GENERAL_PHRASES.length)).toEqual(GENERAL_PHRASES);
  });

  it('finds the screens a phrase is shown on', () => {
    expect(screensWithPhrase('ui.phrase.unlockStore')).toEqual(['pin-locked']);
    expect(screensWithPhrase('ui.phrase.thankYou')).toEqual([...SCREEN_IDS]);
    expect(screensWithPhrase('ui.phrase.heading')).toEqual([]);
  });
});
