// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { LANGUAGES } from './languages.ts';
import { coverage, flatten, hasControlCharacter, pluralCategories, sourceKeyFor, placeholders } from './locale-check.ts';
import { stripRuby } from './ruby.ts';

const dir = new URL('../../locales/', import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown;
const strings = (file: string) => flatten(read(file)).strings;

const source = strings('ja.json');
const english = strings('en.json');
const localeFiles = readdirSync(dir).filter((file) => /^[a-zA-Z]+(-[a-zA-Z0-9]+)*\.json$/.test(file) && !['languages.json', 'context.json'].includes(file));
const translations = LANGUAGES.filter((language) => language.code !== 'ja');

describe('the translation gate', () => {
  it('has a locale file for every language in the manifest, and nothing unlisted', () => {
    expect(localeFiles.map((file) => file.replace(/\.json$/, '')).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it.each(translations.map((l) => l.code))('%s has no keys the source lacks, and the same placeholders', (code) => {
    const result = coverage(source, strings(`${code}.json`), english, code, pluralCategories(code));
    expect(result.unknown).toEqual([]);
    expect(result.placeholderProblems).toEqual([]);
  });

  it.each(translations.map((l) => [l.code, l.threshold, l.completeness] as const))(
    '%s is at least %i% complete, as the manifest says',
    (code, threshold, stated) => {
      const result = coverage(source, strings(`${code}.json`), english, code, pluralCategories(code));
      expect(result.percent).toBeGreaterThanOrEqual(threshold);
      expect(result.percent, 'run `npm run locales -- --write` to update languages.json').toBe(stated);
    },
  );

  // The app's safety from i18next nesting rests on this: its marker is a control character.
  it.each(localeFiles)('%s holds no control characters: every string is a single line of text', (file) => {
    const controlled = [...strings(file)].filter(([, value]) => hasControlCharacter(value)).map(([key]) => key);
    expect(controlled).toEqual([]);
  });

  it('has English complete: every source key, none empty', () => {
    expect(coverage(source, english, english, 'en', pluralCategories('en')).missing).toEqual([]);
  });

  it('lists each language with its own name, a direction and an honest status', () => {
    for (const language of LANGUAGES) {
      expect(language.name.trim()).not.toBe('');
      expect(['ltr', 'rtl']).toContain(language.dir);
      expect(['source', 'draft', 'reviewed']).toContain(language.status);
      if (language.status === 'reviewed') expect(language.reviewers.length).toBeGreaterThan(0);
    }
  });

  it('maps plural forms to the source for each language', () => {
    expect(sourceKeyFor('device.pin-wrong.body_many', source, pluralCategories('es'))).toBe('device.pin-wrong.body_other');
    expect(sourceKeyFor('device.pin-wrong.body_many', source, pluralCategories('vi'))).toBeNull();
  });
});

describe('notes for translators', () => {
  const context = read('context.json') as Record<string, { screen?: unknown; note?: unknown; maxLength?: unknown }>;

  it('explain every source key, and only source keys', () => {
    const missing = [...source.keys()].filter((key) => typeof context[key]?.note !== 'string' || !Number.isInteger(context[key].maxLength));
    expect(missing).toEqual([]);
    expect(Object.keys(context).filter((key) => !source.has(key))).toEqual([]);
  });
});

describe('the provenance of the device wording', () => {
  const sources = read('ja.sources.json') as Record<string, { status: string; source?: string }>;
  const deviceKeys = [...source.keys()].filter((key) => key.startsWith('device.'));

  it('covers every Japanese string the terminal shows, and nothing else', () => {
    expect(Object.keys(sources).sort()).toEqual([...deviceKeys].sort());
  });

  it('gives a public https source for every string marked confirmed', () => {
    for (const [key, entry] of Object.entries(sources)) {
      expect(['confirmed', 'approximate'], key).toContain(entry.status);
      if (entry.status === 'confirmed') expect(entry.source, key).toMatch(/^https:\/\/[^\s]+$/);
    }
  });
});

describe('reading aids', () => {
  const readings = read('ja.readings.json') as Record<string, { ruby: string; romaji: string } | undefined>;
  const deviceKeys = [...source.keys()].filter((key) => key.startsWith('device.'));
  const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff々]/u;

  it('give every Japanese device string furigana that spells the same text, with no kanji left bare', () => {
    for (const key of deviceKeys) {
      const reading = readings[key];
      expect(reading, key).toBeDefined();
      expect(stripRuby(reading?.ruby ?? ''), key).toBe(source.get(key));
      const bare = (reading?.ruby ?? '').replace(/\{[^{}|]+\|[^{}|]+\}/g, '');
      expect(KANJI.test(bare), `${key} has kanji without a reading`).toBe(false);
    }
  });

  it('give every device string romaji with its placeholders', () => {
    for (const key of deviceKeys) {
      const romaji = readings[key]?.romaji ?? '';
      expect(romaji, key).toMatch(/^[^\u3040-\u30ff\u4e00-\u9fff]+$/u);
      expect(placeholders(romaji), key).toEqual(placeholders(source.get(key) ?? ''));
    }
  });

  it('read these words right', () => {
    const rubyOf = (key: string) => readings[key]?.ruby ?? '';
    expect(rubyOf('device.pin-entry.title')).toContain('{暗証番号|あんしょうばんごう}');
    expect(rubyOf('device.method-select.face')).toContain('{顔認証|かおにんしょう}');
    expect(rubyOf('device.prescription.electronic')).toContain('{処方箋|しょほうせん}');
  });

  it('put furigana on every kanji of Easy Japanese', () => {
    for (const [key, value] of strings('ja-x-easy.json')) {
      const bare = value.replace(/\{[^{}|]+\|[^{}|]+\}/g, '').replace(/\{\{[^}]*\}\}/g, '');
      expect(KANJI.test(bare), `${key} has kanji without furigana`).toBe(false);
    }
  });
});
