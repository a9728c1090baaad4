import { describe, expect, it } from 'vitest';
import { matchBrowserLanguage } from './browser-language.ts';
import { LANGUAGES } from './languages.ts';

const OURS = LANGUAGES.map((language) => language.code);
const match = (...tags: string[]) => matchBrowserLanguage(tags, OURS);

describe('matchBrowserLanguage', () => {
  it.each([
    ['ne-NP', 'ne'],
    ['ne', 'ne'],
    ['vi-VN', 'vi'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['fil', 'tl'],
    ['fil-PH', 'tl'],
    ['tl', 'tl'],
    ['in', 'id'],
    ['es-MX', 'es'],
    ['en-GB', 'en'],
    ['my-MM', 'my'],
    ['ja-JP', 'ja'],
    ['mn-Cyrl-MN', 'mn'],
  ])('maps %s to %s', (tag, code) => {
    expect(match(tag)).toBe(code);
  });

  it('takes the first of the browser languages that Uketsuke has', () => {
    expect(match('ar', 'fr-FR', 'ko-KR', 'en')).toBe('ko');
  });

  it('asks (undefined) when none is ours, rather than falling back to English', () => {
    expect(match('ar-EG', 'fr')).toBeUndefined();
    expect(match()).toBeUndefined();
    expect(match('')).toBeUndefined();
  });

  it('never guesses Easy Japanese from a Japanese browser', () => {
    expect(match('ja')).toBe('ja');
  });
});
