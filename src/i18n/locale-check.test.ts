import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, checkString, flatten, readLocaleFile, type CheckInput } from './locale-check.ts';

const input = (value: string, extra: Partial<CheckInput> = {}): CheckInput => ({
  key: 'ui.app.tagline',
  value,
  source: 'カードリーダーの練習',
  english: 'Practise the card reader',
  japanese: 'カードリーダーの練習',
  context: { screen: 'header', note: '', maxLength: 40 },
  language: 'vi',
  ...extra,
});

const kinds = (value: string) => checkString(input(value)).map((problem) => problem.kind);

describe('the checks a translation is held to', () => {
  it('flag $t( because nesting is off and it would show as written', () => {
    expect(kinds('Xem $t(ui.app.name)')).toEqual(['nesting']);
  });

  it('leave $t( alone where the source itself speaks of it', () => {
    const message = input('Có “$t(”, sẽ hiện y như đã viết', { source: '「$t(」が含まれています', english: 'Contains “$t(”' });
    expect(checkString(message)).toEqual([]);
  });

  it('flag line breaks, tabs and other control characters', () => {
    expect(kinds('hai\ndòng')).toEqual(['control']);
    expect(kinds('tab\there')).toEqual(['control']);
    expect(kinds('\u0001$t(ui.app.name)\u0001')).toEqual(['control', 'nesting']);
    expect(kinds('delete\u007f')).toEqual(['control']);
    expect(kinds('Luyện tập đầu đọc thẻ')).toEqual([]);
  });
});

describe('reading a locale file', () => {
  const source = new Map([
    ['ui.app.tagline', 'x'],
    ['device.pin-wrong.body_other', 'y'],
  ]);

  it('refuses a file nested deeper than any locale file, without running out of stack', () => {
    const deep = `${'{"a":'.repeat(10_000)}"x"${'}'.repeat(10_000)}`;
    expect(() => flatten(JSON.parse(deep))).not.toThrow();
    const result = readLocaleFile(deep, source, ['other']);
    expect(result).toMatchObject({ ok: false, error: 'depth' });
  });

  it('accepts the depth of the source itself', () => {
    const nested = flatten({ device: { 'consent-topic': { questions: { surgery: 'x' } } } });
    expect(nested.deepPath).toBeNull();
    expect(MAX_DEPTH).toBeGreaterThanOrEqual(4);
  });

  it('refuses a file with control characters in its strings, naming the keys', () => {
    const result = readLocaleFile(JSON.stringify({ ui: { app: { tagline: 'a\nb' } } }), source, ['other']);
    expect(result).toEqual({ ok: false, error: 'control', keys: ['ui.app.tagline'] });
  });

  it('names the path of a value that is not a string', () => {
    expect(readLocaleFile('{"ui": {"app": {"tagline": 3}}}', source, ['other'])).toEqual({ ok: false, error: 'shape', path: 'ui.app.tagline' });
  });
});
