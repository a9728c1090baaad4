// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, headersFile, withSnippets } from './hosting-headers.mjs';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('the hosting headers', () => {
  it('are the same in public/_headers as in their one list', () => {
    expect(read('public/_headers'), 'run node scripts/hosting-headers.mjs --write').toBe(headersFile());
  });

  it('are the same in the vercel.json and nginx snippets of docs/hosting.md', () => {
    const doc = read('docs/hosting.md');
    expect(withSnippets(doc), 'run node scripts/hosting-headers.mjs --write').toBe(doc);
  });

  it("forbid framing and every other origin, as the page's own policy does", () => {
    const header = SECURITY_HEADERS['Content-Security-Policy'] ?? '';
    expect(header.startsWith(CONTENT_SECURITY_POLICY)).toBe(true);
    expect(header).toMatch(/frame-ancestors 'none'$/);
    // No inline code, no eval of JavaScript, no other site; WebAssembly may be compiled (the scan's text reader).
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval' /);
  });
});
