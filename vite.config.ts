/// <reference types="vitest/config" />
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY, INLINE_SCRIPTS, INLINE_STYLE, SECURITY_HEADERS } from './scripts/hosting-headers.mjs';

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
  const englishIds = ['virtual:en-first', 'virtual:en-later'];
  return {
    name: 'uketsuke-trimmed-locales',
    enforce: 'pre',
    resolveId: (id) => (id === deviceId || englishIds.includes(id) ? `\0${id}` : null),
    load(id) {
      if (id === `\0${deviceId}`) {
        const file = new URL('locales/ja.json', import.meta.url);
        this.addWatchFile(file.pathname);
        const ja = JSON.parse(readFileSync(file, 'utf8')) as { device: unknown };
        return `export default ${JSON.stringify({ device: ja.device })};`;
      }
      const english = englishIds.find((known) => id === `\0${known}`);
      if (english === undefined) return null;
      const file = new URL('locales/en.json', import.meta.url);
      this.addWatchFile(file.pathname);
      const en = JSON.parse(readFileSync(file, 'utf8')) as EnglishFile;
      const [first, later] = splitEnglish(en);
      return `export default ${JSON.stringify(english === 'virtual:en-first' ? first : later)};`;
    },
    transform(code, id) {
      if (!id.endsWith('/locales/ja.sources.json')) return null;
      const entries = Object.entries(JSON.parse(code) as Record<string, { status: string; source?: string }>);
      const trimmed = entries.map(([key, { status, source }]) => [key, source === undefined ? { status } : { status, source }]);
      return { code: JSON.stringify(Object.fromEntries(trimmed)), map: null };
    },
  };
}

type EnglishFile = { ui: Record<string, Record<string, unknown>> } & Record<string, unknown>;

/**
 * The parts of the help layer only a later page shows (the counter, its phrase cards, the scan,
 * the sheet, the workbench, and the clinic-settings and scenario forms folded away on the patient's
 * page), each but for the strings a first page shows of it: its links.
 */
const ENGLISH_LATER: Readonly<Record<string, readonly string[]>> = { counter: ['nav'], phrase: [], scan: ['nav', 'link'], settings: [], scenario: [], sheet: ['link'], workbench: [] };

/**
 * English, the fallback, ships with the first visit; the strings of later pages come with them
 * (`virtual:en-later`, imported by those pages through src/i18n/english-later.ts).
 */
function splitEnglish(en: EnglishFile): [EnglishFile, { ui: Record<string, Record<string, unknown>> }] {
  const firstUi = { ...en.ui };
  const laterUi: Record<string, Record<string, unknown>> = {};
  for (const [part, kept] of Object.entries(ENGLISH_LATER)) {
    const strings = en.ui[part] ?? {};
    firstUi[part] = Object.fromEntries(Object.entries(strings).filter(([key]) => kept.includes(key)));
    laterUi[part] = Object.fromEntries(Object.entries(strings).filter(([key]) => !kept.includes(key)));
  }
  return [{ ...en, ui: firstUi }, { ui: laterUi }];
}

/** What index.html says of the app, said once: the install manifest repeats it. */
function fromIndexHtml(pattern: RegExp): string {
  const html = readFileSync(new URL('index.html', import.meta.url), 'utf8');
  const found = pattern.exec(html)?.[1];
  if (found === undefined) throw new Error(`index.html has no ${pattern.source}`);
  return found;
}
const THEME_COLOR = fromIndexHtml(/<meta name="theme-color" content="([^"]+)"/);
const DESCRIPTION = fromIndexHtml(/<meta name="description" content="([^"]+)"/);

/**
 * Offline use and installing (docs/offline.md). vite-plugin-pwa writes the install manifest and,
 * with Workbox, a service worker that precaches every built file: the page, every script chunk
 * (the workbench's and the printable sheet's too), the style sheet, every language file and the
 * readings (JSON assets), the icons. Only in the build: the dev server has no worker.
 * - Updates wait for the visitor (`registerType: 'prompt'`, no skipWaiting): the new worker
 *   installs beside the running one and takes over only when asked (src/app/offline.ts).
 *   Workbox removes the old version's files when the new worker activates, never at install,
 *   so a page keeps every file of its own version until the visitor chooses to update.
 * - Nothing is injected into the page (`injectRegister: false`): the app registers the worker
 *   itself, after its first render, from a chunk of its own (no inline script for the CSP).
 * - A navigation of any address (query strings vary: `/?screen=…&lang=…`) is answered with the
 *   precached index.html.
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    // The icons are in the glob below already; the plugin adds the manifest itself.
    includeManifestIcons: false,
    injectRegister: false,
    strategies: 'generateSW',
    manifest: {
      id: '/',
      name: 'Uketsuke',
      short_name: 'Uketsuke',
      description: DESCRIPTION,
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: THEME_COLOR,
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,svg,png}'],
      navigateFallback: 'index.html',
      skipWaiting: false,
      // The first visit is taken under the worker at once (nothing older to mix with), so even
      // the first page's later fetches (a language, the workbench) come from the cache.
      clientsClaim: true,
      // Removes caches of older Workbox releases' formats (not the previous version's files,
      // which the new worker's activation removes from the one precache).
      cleanupOutdatedCaches: true,
      // One file: sw.js carries Workbox's runtime instead of importing a workbox-*.js beside it.
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });
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

/**
 * The first screen, in the page itself (docs/architecture.md, "First paint"). After the browser's
 * build, the same components are built once more for Node (`build.ssr`, same config, without this
 * plugin), drawn with `renderToString` on the idle screen in English, and written into
 * `<div id="root">`; the browser then takes that drawing over (`hydrateRoot`, src/prerender/).
 * The app's script tag makes way for a style and two scripts, inline, before the style sheet (a
 * script after it would wait for it): the style leaves the root out until the style sheet is in,
 * one script asks whether this is a plain first visit, the other fetches and runs the app's code
 * as that start asks, reading the files' names from a list written here. Their hashes are in
 * the policy.
 */
function firstPaint(): Plugin {
  let root = process.cwd();
  return {
    name: 'uketsuke-first-paint',
    apply: (_config, env) => env.command === 'build' && env.isSsrBuild !== true,
    configResolved: (config) => {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const appScript = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
        if (appScript?.[1] === undefined || !html.includes('<div id="root"></div>')) {
          throw new Error('first paint: index.html has no module script or no empty <div id="root">');
        }
        const languages: Record<string, string> = {};
        for (const output of Object.values(context.bundle ?? {})) {
          const source = output.type === 'asset' ? output.originalFileNames.find((name) => /^locales\/[^/.]+(-[^/.]+)*\.json$/.test(name)) : undefined;
          const code = source?.slice('locales/'.length, -'.json'.length);
          if (code !== undefined && code !== 'en') languages[code] = `/${output.fileName}`;
        }
        const files = { app: appScript[1], languages };
        const head = [
          `<style>${INLINE_STYLE}</style>`,
          `<script>${INLINE_SCRIPTS.plainFirstVisit}</script>`,
          // A data block: read by the next script, never run (so the policy need not allow it).
          `<script type="application/json" id="first-paint-files">${JSON.stringify(files)}</script>`,
          `<script>${INLINE_SCRIPTS.appLoader}</script>`,
        ].join('\n    ');
        const markup = await drawFirstScreen(root);
        // Replaced by functions, so that a `$` in the text is never read as a replacement pattern.
        return html.replace(appScript[0], () => head).replace('<div id="root"></div>', () => `<div id="root">${markup}</div>`);
      },
    },
  };
}

/** Builds src/prerender/render.tsx for Node, draws the first screen with it, and cleans up. */
async function drawFirstScreen(root: string): Promise<string> {
  // Inside node_modules, so that the built file finds react-dom and the rest there.
  const outDir = join(root, 'node_modules/.uketsuke-first-paint');
  try {
    await build({
      root,
      logLevel: 'warn',
      build: { ssr: 'src/prerender/render.tsx', outDir, emptyOutDir: true, copyPublicDir: false, minify: false },
    });
    const entry = pathToFileURL(join(outDir, 'render.js')).href;
    const { renderFirstScreen } = (await import(entry)) as { renderFirstScreen: () => string };
    return renderFirstScreen();
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Built files' names, as Vite names them, but for the scan's Japanese model (src/scan/ocr-files.ts):
 * its bytes are gzip, yet a name ending in `.gz` makes some servers (Vite's own preview, Apache's
 * defaults) send it as `Content-Encoding: gzip`, and the browser would unpack it on the way.
 */
function assetFileNames(asset: { readonly names: readonly string[] }): string {
  return asset.names.some((name) => name.endsWith('.traineddata.gz')) ? 'assets/[name]-[hash].bin' : 'assets/[name]-[hash][extname]';
}

/**
 * In the dev server, the scan's model is sent as it is. Vite's own static files would send its
 * `.gz` name with `Content-Encoding: gzip`, and the browser would unpack it on the way (the build
 * renames it instead: `assetFileNames`).
 */
function modelAsIs(): Plugin {
  return {
    name: 'uketsuke-model-as-is',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const [path = '', query = ''] = (request.url ?? '').split('?');
        if (!/^\/node_modules\/@tesseract\.js-data\/jpn\/[\w.]+\/jpn\.traineddata\.gz$/.test(path) || query !== '') {
          next();
          return;
        }
        const body = readFileSync(join(server.config.root, path));
        response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length) });
        response.end(body);
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), trimmedLocales(), firstPaint(), offline(), modelAsIs()],
  preview: { headers: { ...SECURITY_HEADERS } },
  // The scan worker (src/scan/scan-worker.ts) is a module worker: it fetches the core's JavaScript
  // (SIMD or plain) as a chunk of its own, only the one this browser needs.
  worker: { format: 'es', rolldownOptions: { output: { assetFileNames } } },
  // The dev server finds the worker's CommonJS cores only when a scan first runs, and would then
  // reload the page: they are prepared from the start instead. tesseract.js itself is never run in
  // a browser (the Node engine of src/recognize imports it; the scan drives its core directly).
  optimizeDeps: { include: ['tesseract.js-core/tesseract-core-simd-lstm.js', 'tesseract.js-core/tesseract-core-lstm.js'], exclude: ['tesseract.js'] },
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
    // Vitest's default leaves one of this machine's two cores to its main process, which mostly
    // waits: two test workers halve the run (npm test stays under its six minutes), and a third
    // process busy on one core only slows them.
    maxWorkers: 2,
  },
});
