/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './scripts/hosting-headers.mjs';

/**
 * The page's own Content-Security-Policy, as a <meta> tag. Added to the built page only: the
 * dev server injects inline scripts for hot reload that this policy would rightly block. The
 * host sends it as a header too, with the headers only a host can send
 * (scripts/hosting-headers.mjs, docs/hosting.md); the preview server sends them all, so the
 * browser tests run under them.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'uketsuke-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Trims what every first visit downloads, without splitting the files volunteers edit:
 * - `virtual:ja-device` is the `device` part of ja.json: the terminal's Japanese, needed on
 *   every screen. The whole ja.json (with the help layer in Japanese) loads when chosen.
 * - ja.sources.json arrives with only what the app shows (status and source URL); the notes
 *   are for people reading the file.
 */
function trimmedLocales(): Plugin {
  const deviceId = 'virtual:ja-device';
  return {
    name: 'uketsuke-trimmed-locales',
    enforce: 'pre',
    resolveId: (id) => (id === deviceId ? `\0${deviceId}` : null),
    load(id) {
      if (id !== `\0${deviceId}`) return null;
      const file = new URL('locales/ja.json', import.meta.url);
      this.addWatchFile(file.pathname);
      const ja = JSON.parse(readFileSync(file, 'utf8')) as { device: unknown };
      return `export default ${JSON.stringify({ device: ja.device })};`;
    },
    transform(code, id) {
      if (!id.endsWith('/locales/ja.sources.json')) return null;
      const entries = Object.entries(JSON.parse(code) as Record<string, { status: string; source?: string }>);
      const trimmed = entries.map(([key, { status, source }]) => [key, source === undefined ? { status } : { status, source }]);
      return { code: JSON.stringify(Object.fromEntries(trimmed)), map: null };
    },
  };
}

interface ChunkingContext {
  getModuleInfo: (id: string) => { readonly importedIds: readonly string[] } | null;
}

const ENTRY = fileURLToPath(new URL('index.html', import.meta.url));

/**
 * Keeps all the code the first visit runs in one file: the modules the app's entry reaches by
 * static imports. Left to itself, Rolldown moves the code the entry shares with more than one
 * lazy part (the workbench, the sheet) into a chunk of its own, which every first visit then
 * fetches as a second file that compresses worse. Lazy parts keep what only they use.
 */
function firstVisitChunk(id: string, context: ChunkingContext): string | null {
  const reached = new Set<string>();
  const queue = [ENTRY];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (next === id) return 'index';
    if (reached.has(next)) continue;
    reached.add(next);
    queue.push(...(context.getModuleInfo(next)?.importedIds ?? []));
  }
  return null;
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), trimmedLocales()],
  preview: { headers: { ...SECURITY_HEADERS } },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: firstVisitChunk }] } } },
    // Locale files are fetched by URL and must stay files of their own (a failed fetch can be
    // tried again; a data: URL of a large file would also bloat the first visit).
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
  },
});
