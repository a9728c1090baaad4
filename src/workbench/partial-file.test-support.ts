import { vi } from 'vitest';
import { flatten, unflatten } from '../i18n/locale-keys.ts';

/**
 * Serves a language's file without some of its strings, as a volunteer's unfinished file
 * would arrive: tests of what happens to a string a file lacks no longer depend on which
 * strings the shipped files happen to lack. Call it before the language first loads.
 */
export function serveWithout(language: string, keys: readonly string[]): void {
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const response = await realFetch(input);
    const url = input instanceof Request ? input.url : input.toString();
    if (!url.endsWith(`/locales/${language}.json`)) return response;
    const strings = flatten(await response.json()).strings;
    for (const key of keys) strings.delete(key);
    return new Response(JSON.stringify(unflatten(strings)), { headers: { 'content-type': 'application/json' } });
  });
}
