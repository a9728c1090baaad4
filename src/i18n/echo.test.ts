import { describe, expect, it } from 'vitest';
import { cutGraphemes } from './echo.ts';

describe('echoed text', () => {
  it('is left alone when short', () => {
    expect(cutGraphemes('pin-entry', 40)).toBe('pin-entry');
  });

  it('is cut on grapheme boundaries, never inside an emoji, a flag or a cluster', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(cutGraphemes(`${'a'.repeat(39)}${family}b`, 40)).toBe(`${'a'.repeat(39)}${family}…`);
    expect(cutGraphemes('🇯🇵🇯🇵🇯🇵', 2)).toBe('🇯🇵🇯🇵…');
    expect(cutGraphemes('กำกำกำ', 2)).toBe('กำกำ…');
  });
});
