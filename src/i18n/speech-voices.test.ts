import { describe, expect, it } from 'vitest';
import { chooseVoice, spokenLanguageName, voiceLanguageOf, type VoiceLike } from './speech-voices.ts';

const voice = (name: string, lang: string, { local = true, isDefault = false } = {}): VoiceLike => ({ name, lang, localService: local, default: isDefault });

/** A phone's list, in the mixed spellings browsers really report. */
const DEVICE: readonly VoiceLike[] = [
  voice('English (US)', 'en-US', { isDefault: true }),
  voice('Vietnamese', 'vi-VN'),
  voice('Mandarin (China)', 'zh-CN'),
  voice('Mandarin (Taiwan)', 'zh-TW'),
  voice('Cantonese', 'yue-HK'),
  voice('Filipino', 'fil-PH'),
  voice('Portuguese (Portugal)', 'pt-PT'),
  voice('Portuguese (Brazil)', 'pt_BR'),
  voice('Japanese', 'ja-JP'),
  voice('Korean', 'KO-kr'),
  voice('Thai', 'th-TH'),
];

const chosen = (code: string, voices: readonly VoiceLike[] = DEVICE): string | null => chooseVoice(voices, code)?.name ?? null;

describe('the voice that reads a text', () => {
  it('reads Vietnamese with a vi-VN voice (the base language matches)', () => {
    expect(chosen('vi')).toBe('Vietnamese');
  });

  it('reads Traditional Chinese in Mandarin from Taiwan, Simplified from the mainland, and never the other way round', () => {
    expect(chosen('zh-Hant')).toBe('Mandarin (Taiwan)');
    expect(chosen('zh-Hans')).toBe('Mandarin (China)');
    expect(chosen('zh-Hant', [voice('Mandarin (China)', 'zh-CN')])).toBeNull();
    expect(chosen('zh-Hans', [voice('Mandarin (Taiwan)', 'zh-TW'), voice('Cantonese', 'zh-HK')])).toBeNull();
    expect(chosen('zh-Hant', [voice('Cantonese', 'zh-HK')])).toBe('Cantonese');
    expect(chosen('zh-Hans', [voice('Chinese', 'zh-SG')])).toBe('Chinese');
    expect(chosen('zh-Hant', [voice('Chinese', 'cmn-Hant-TW')])).toBe('Chinese');
  });

  it('reads Tagalog with a Filipino voice', () => {
    expect(chosen('tl')).toBe('Filipino');
    expect(chosen('tl', [voice('Filipino', 'fil')])).toBe('Filipino');
  });

  it('reads Brazilian Portuguese with a Brazilian voice first, then with any Portuguese', () => {
    expect(chosen('pt-BR')).toBe('Portuguese (Brazil)');
    expect(chosen('pt-BR', [voice('Portuguese (Portugal)', 'pt-PT'), voice('Spanish', 'es-ES')])).toBe('Portuguese (Portugal)');
  });

  it('reads Easy Japanese with the Japanese voice', () => {
    expect(chosen('ja-x-easy')).toBe('Japanese');
    expect(chosen('ja')).toBe('Japanese');
    expect(voiceLanguageOf('ja-x-easy')).toBe('ja');
  });

  it('matches tags case-insensitively', () => {
    expect(chosen('ko')).toBe('Korean');
  });

  it('reads nothing when no voice speaks the language, rather than another language’s voice', () => {
    expect(chosen('my')).toBeNull();
    expect(chosen('km')).toBeNull();
    expect(chosen('ne', [voice('Hindi', 'hi-IN')])).toBeNull();
    expect(chosen('vi', [])).toBeNull();
  });

  it('never reads a pseudo-locale', () => {
    expect(chosen('x-pseudo', [...DEVICE, voice('Odd', 'x-pseudo')])).toBeNull();
    expect(chosen('x-rtl')).toBeNull();
  });

  it('prefers a voice on the device to a network one, then the browser’s default', () => {
    const voices = [
      voice('Online Vietnamese', 'vi-VN', { local: false, isDefault: true }),
      voice('Vietnamese A', 'vi-VN'),
      voice('Vietnamese B', 'vi', { isDefault: true }),
    ];
    expect(chosen('vi', voices)).toBe('Vietnamese B');
    expect(chosen('vi', voices.slice(0, 2))).toBe('Vietnamese A');
    expect(chosen('vi', voices.slice(0, 1))).toBe('Online Vietnamese');
  });
});

describe('the name of a missing voice', () => {
  it('is the language the voice would speak, in the visitor’s language', () => {
    expect(spokenLanguageName('my', 'en')).toBe('Burmese');
    expect(spokenLanguageName('ja-x-easy', 'en')).toBe('Japanese');
    expect(spokenLanguageName('my', 'ja')).toBe('ミャンマー語');
  });

  it('falls back to English names where the visitor’s language is a pseudo-locale', () => {
    expect(spokenLanguageName('vi', 'x-pseudo')).toBe('Vietnamese');
    expect(spokenLanguageName('x-pseudo', 'en')).toBe('Pseudo-locale');
  });
});
