// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from './languages.ts';

const dir = fileURLToPath(new URL('../../locales/', import.meta.url));
const read = (file: string): unknown => JSON.parse(readFileSync(dir + file, 'utf8')) as unknown;

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, child] of Object.entries(value)) {
    const path = prefix + key;
    if (typeof child === 'string') out.set(path, child);
    else for (const [k, v] of leaves(child, `${path}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

const source = leaves(read('ja.json'));
const localeFiles = readdirSync(dir).filter((file) => /^[a-zA-Z-]+\.json$/.test(file) && file !== 'languages.json');

describe('the translation gate', () => {
  it('has a locale file for every language in the manifest, and nothing unlisted', () => {
    expect(localeFiles.map((file) => file.replace(/\.json$/, '')).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it.each(localeFiles.filter((file) => file !== 'ja.json'))('%s has no keys the source lacks, and the same placeholders', (file) => {
    const strings = leaves(read(file));
    const unknown = [...strings.keys()].filter((key) => !source.has(key));
    expect(unknown).toEqual([]);
    const mismatched = [...strings].filter(([key, text]) => placeholders(text).join() !== placeholders(source.get(key) ?? '').join());
    expect(mismatched).toEqual([]);
  });

  it('has English complete: every source key, none empty', () => {
    const english = leaves(read('en.json'));
    const missing = [...source.keys()].filter((key) => !(english.get(key) ?? '').trim());
    expect(missing).toEqual([]);
  });

  it('lists each language with its own name, a direction and an honest status', () => {
    for (const language of LANGUAGES) {
      expect(language.name.trim()).not.toBe('');
      expect(['ltr', 'rtl']).toContain(language.dir);
      expect(['source', 'draft', 'reviewed']).toContain(language.status);
      if (language.status === 'reviewed') expect(language.reviewers.length).toBeGreaterThan(0);
    }
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
