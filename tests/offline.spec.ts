import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SECURITY_HEADERS } from '../scripts/hosting-headers.mjs';
import { TerminalPage } from './terminal-page.ts';

// The one spec where the service worker runs (playwright.config.ts blocks it everywhere else).
test.use({ serviceWorkers: 'allow' });

/** Resolves once a service worker controls the page: the app is kept for offline use. Event-driven, no timer. */
async function keptForOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller !== null) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

test('after one visit the app works with no connection: reload, a link in a language never opened, the readings, the workbench, the sheet', async ({ page, context }) => {
  // The page's own clock: React needs it to show the workbench once its chunk is in, and the
  // screens opened here (idle, a linked PIN screen) wait for the visitor, whatever the time.
  const reader = new TerminalPage(page, { clock: 'page' });
  await reader.open('lang=en');
  await keptForOffline(page);

  await context.setOffline(true);

  // Reloaded with no connection: the page comes from the service worker, and the terminal is drawn.
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(reader.terminal).toBeVisible();
  await reader.expectSays('マイナンバーカードを置いてください', 'Please place your My Number Card');

  // A deep link in Burmese, a language this browser never fetched.
  await reader.open('screen=pin-entry&lang=my');
  await reader.expectScreen('pin-entry');
  const title = reader.terminal.locator('.screen-title .overlay-chip');
  await expect(title).toHaveAttribute('lang', 'my');
  await expect(title).toContainText('PIN နံပါတ် (ဂဏန်း 4 လုံး) ကို ရိုက်ထည့်ပါ');
  await expect(page.getByRole('status')).toBeEmpty();

  // The readings, never fetched either.
  await (await reader.readingAid()).selectOption('furigana');
  await expect(reader.terminal.locator('.screen-title ruby').first()).toBeVisible();

  // The translators' workbench, its own chunk, never opened online.
  await page.goto('/?view=workbench&lang=en');
  await expect(page.getByRole('heading', { name: "Translators' workbench", level: 2 })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The sheet to take to the clinic, in a language never opened on this visit.
  await page.goto('/?view=sheet&lang=ne');
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'ne');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('after reading one photo, the scan reads photos with no connection: its worker, engine and model are kept', async ({ page, context }) => {
  await page.goto('/?view=scan&lang=en');
  await keptForOffline(page);
  await page.getByLabel('Choose a photo').setInputFiles('tests/fixtures/scan/pin-entry.jpg');
  const heading = page.locator('.scan-answer h3');
  await expect(heading).toHaveText('This is: PIN entry', { timeout: 20_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('The reader of Japanese text is on this phone: it works offline too.')).toBeVisible();
  await page.getByLabel('Choose a photo').setInputFiles('tests/fixtures/scan/ticket-machine.jpg');
  await expect(heading).toHaveText("This doesn't look like the card reader's screen.", { timeout: 20_000 });
  await page.getByLabel('Choose a photo').setInputFiles('tests/fixtures/scan/pin-entry.jpg');
  await expect(heading).toHaveText('This is: PIN entry', { timeout: 20_000 });
});

test('every built script, style sheet and language file is kept for offline use, and the app can be installed', async ({ page, request }) => {
  const reader = new TerminalPage(page, { clock: 'page' });
  await reader.open('lang=en');
  await keptForOffline(page);

  // What the worker keeps is what the build wrote: a chunk added later (a new view) is kept too.
  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const entry of await (await caches.open(name)).keys()) urls.push(new URL(entry.url).pathname);
    }
    return urls;
  });
  const built = readdirSync('dist/assets').map((file) => `/assets/${file}`);
  expect(built.filter((file) => /\.(js|css|json)$/.test(file)).length).toBeGreaterThan(20);
  // The scan's text reader (WebAssembly and the model, 5 MB) is not precached for every visitor:
  // it is kept when first used (the test above).
  const textReader = built.filter((file) => /\.(wasm|bin)$/.test(file));
  expect(textReader).toHaveLength(3);
  expect(kept).toEqual(expect.arrayContaining([...built.filter((file) => !textReader.includes(file)), '/index.html', '/manifest.webmanifest']));
  expect(kept.filter((file) => textReader.includes(file))).toEqual([]);

  // The page names its manifest; the manifest names the app and icons that exist.
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Uketsuke', start_url: '/', display: 'standalone' });
  const pngs = manifest.icons.filter((icon) => icon.src.endsWith('.png'));
  expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of pngs) {
    const body = await (await request.get(icon.src)).body();
    // A PNG says its width and height in its header, at bytes 16 and 20.
    expect(`${String(body.readUInt32BE(16))}x${String(body.readUInt32BE(20))}`, icon.src).toBe(icon.sizes);
  }
});

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * dist/ served as a host would (its headers, no-cache everywhere), on a port of its own, with a
 * second version to publish: the same files, but a page with another title and a service
 * worker that knows it (its precache revision for index.html differs, as after a real rebuild).
 */
async function hostWithTwoVersions(): Promise<{ origin: string; revisions: { running: string; next: string }; publishNext: () => void; close: () => Promise<void> }> {
  const read = (path: string): Buffer => readFileSync(join('dist', path));
  const page = read('index.html').toString();
  const worker = read('sw.js').toString();
  const revision = /\{url:"index\.html",revision:"([0-9a-f]+)"\}/.exec(worker)?.[1];
  if (revision === undefined) throw new Error('dist/sw.js does not precache index.html by revision');
  const nextRevision = `${revision.slice(0, -4)}beef`;
  const next = {
    'index.html': page.replace(/<title>[^<]*<\/title>/, '<title>Uketsuke, the next version</title>'),
    'sw.js': worker.replace(revision, nextRevision),
  };
  let published = false;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname.slice(1) || 'index.html';
    const body = published && (path === 'index.html' || path === 'sw.js') ? next[path] : (() => {
      try {
        return read(path);
      } catch {
        return undefined;
      }
    })();
    if (body === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    response.end(body);
  });
  // Any free port: nothing else on this machine is disturbed, and nothing disturbs this test.
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://localhost:${String(address.port)}`,
    revisions: { running: revision, next: nextRevision },
    publishNext: () => {
      published = true;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The revisions of index.html the worker's cache holds (one per version kept). */
const keptPages = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const revisions: string[] = [];
    for (const name of await caches.keys()) {
      for (const entry of await (await caches.open(name)).keys()) {
        const url = new URL(entry.url);
        if (url.pathname === '/index.html') revisions.push(url.searchParams.get('__WB_REVISION__') ?? '');
      }
    }
    return revisions.sort();
  });

test('a new version waits for the visitor: announced, never mixed with the running one, shown whole after "Update now"', async ({ page }) => {
  const host = await hostWithTwoVersions();
  try {
    const reader = new TerminalPage(page, { clock: 'page' });
    await page.goto(`${host.origin}/?screen=pin-entry&lang=en`);
    await expect(reader.terminal).toBeVisible();
    await keptForOffline(page);
    const title = await page.title();
    const { running, next } = host.revisions;
    expect(await keptPages(page)).toEqual([running]);

    host.publishNext();
    // On the next visit the browser finds the new worker and installs it beside the running one.
    await page.reload();
    const notice = page.getByRole('status').locator('.notice', { hasText: 'A new version of Uketsuke is ready' });
    await expect(notice).toBeVisible();
    // It waits: this page is still the running version, whose files are all still kept.
    await expect(page).toHaveTitle(title);
    expect(await keptPages(page)).toEqual([running, next].sort());

    // Dismissed, and the page reloaded: still the running version, and the notice is back.
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page).toHaveTitle(title);
    await reader.expectScreen('pin-entry');
    await expect(notice).toBeVisible();

    // Only when the visitor agrees: the new version takes over, the page reloads in it, whole.
    await notice.getByRole('button', { name: 'Update now' }).click();
    await expect(page).toHaveTitle('Uketsuke, the next version');
    await reader.expectScreen('pin-entry');
    await expect(notice).toHaveCount(0);
    expect(await keptPages(page)).toEqual([next]);
  } finally {
    await host.close();
  }
});
