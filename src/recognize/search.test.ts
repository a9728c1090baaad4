// @vitest-environment node
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import vi from '../../locales/vi.json';
import zhHans from '../../locales/zh-Hans.json';
import { buildSearchIndex, matchTyped } from './search.ts';
import { foldRomaji } from './normalize.ts';

const index = buildSearchIndex([en, vi, zhHans]);
const PIN_SCREENS = ['pin-entry', 'pin-wrong', 'pin-locked', 'phone-android-pin'];

describe('matchTyped', () => {
  it('finds a screen from a few kanji or kana of what it says', () => {
    expect(matchTyped('資格確認', index).best?.screen).toBe('querying');
    expect(matchTyped('けんしん', index).best?.screen).toBe('consent-topic');
    // Typed in hiragana, shown in katakana.
    expect(matchTyped('すまーとふぉんをよみとりぶ', index).best?.screen).toBe('phone-hold');
  });

  it('reads kana through the readings: あんしょうばんごう is 暗証番号', () => {
    const { best, runnersUp } = matchTyped('あんしょうばんごう', index);
    expect(PIN_SCREENS).toContain(best?.screen);
    expect(runnersUp.every((match) => PIN_SCREENS.includes(match.screen))).toBe(true);
  });

  it('finds romaji however long vowels are typed', () => {
    expect(matchTyped('shikaku kakunin', index).best?.screen).toBe('querying');
    expect(matchTyped('shohousen', index).best?.screen).toBe('prescription');
    expect(foldRomaji('Mainanbā kādo')).toBe(foldRomaji('mainanbaa kaado'));
    expect(foldRomaji('anshō bangō')).toBe(foldRomaji('anshou bangou'));
  });

  it('finds the patient’s own language: English, Vietnamese without its accents, Chinese', () => {
    expect(matchTyped('wrong pin', index).best?.screen).toBe('pin-wrong');
    expect(matchTyped('sai ma pin', index).best?.screen).toBe('pin-wrong');
    expect(matchTyped('prescription', index).best?.screen).toBe('prescription');
    expect(matchTyped(zhHans.ui.screens['face-check'], index).best?.screen).toBe('face-check');
  });

  it('names the first of several screens alike with half the confidence, the others as runners-up', () => {
    const { best, runnersUp } = matchTyped('戻る', index);
    expect(best?.confidence).toBeLessThanOrEqual(0.5 * (best?.score ?? 0));
    expect(runnersUp.length).toBeGreaterThan(0);
  });

  it('answers nothing for nothing, or for what no screen says', () => {
    expect(matchTyped('', index).best).toBeNull();
    expect(matchTyped('zzzz', index).best).toBeNull();
    expect(matchTyped('切符', index).best).toBeNull();
  });

  it('searches the Japanese and readings alone when no translations are given', () => {
    expect(matchTyped('かくにんちゅう').best?.screen).toBe('querying');
    expect(matchTyped('wrong pin').best).toBeNull();
  });
});
