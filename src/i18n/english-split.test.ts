import { describe, expect, it } from 'vitest';
import first from 'virtual:en-first';
import later from 'virtual:en-later';
import en from '../../locales/en.json';

/** Every dotted path of a nested object of strings. */
function paths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => paths(inner, prefix === '' ? key : `${prefix}.${key}`));
}

describe('English split between the first visit and later pages', () => {
  it('leaves the counter, phrase cards, sheet and workbench out of the first visit, but for their links', () => {
    const firstPaths = new Set(paths(first));
    expect(firstPaths.has('ui.counter.nav')).toBe(true);
    expect(firstPaths.has('ui.sheet.link')).toBe(true);
    expect(firstPaths.has('ui.counter.title')).toBe(false);
    expect([...firstPaths].some((path) => path.startsWith('ui.workbench.') || path.startsWith('ui.phrase.'))).toBe(false);
  });

  it('loses no string: the two parts together are the whole English file, with none in both', () => {
    const firstPaths = paths(first);
    const laterPaths = paths(later);
    expect(firstPaths.filter((path) => laterPaths.includes(path))).toEqual([]);
    expect([...firstPaths, ...laterPaths].sort()).toEqual(paths(en).sort());
  });
});
