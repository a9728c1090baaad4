import { describe, expect, it } from 'vitest';
import { interpolate, parseRuby, stripRuby } from './ruby.ts';

describe('ruby markup', () => {
  it('splits bases with readings from plain text', () => {
    expect(parseRuby('{暗証番号|あんしょうばんごう}を{入力|にゅうりょく}')).toEqual([
      { base: '暗証番号', reading: 'あんしょうばんごう' },
      'を',
      { base: '入力', reading: 'にゅうりょく' },
    ]);
  });

  it('leaves placeholders alone', () => {
    expect(parseRuby('あと{{count}}{回|かい}')).toEqual(['あと{{count}}', { base: '回', reading: 'かい' }]);
    expect(stripRuby('あと{{count}}{回|かい}')).toBe('あと{{count}}回');
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(interpolate('{{a}} and {{b}}', { a: 1 })).toBe('1 and {{b}}');
  });

  it('fills a formatted placeholder through its format, and keeps it visible when the format is unknown', () => {
    const formats = { upper: (value: string | number) => String(value).toUpperCase() };
    expect(interpolate('{{x, upper}} / {{x}} / {{x, lower}}', { x: 'ab' }, formats)).toBe('AB / ab / {{x, lower}}');
  });
});
