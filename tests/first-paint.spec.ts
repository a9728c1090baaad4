import { expect, test, type Page, type Request, type Route } from '@playwright/test';
import { TerminalPage } from './terminal-page.ts';

// The first screen is built into the page (docs/architecture.md, "First paint"): shown before
// the app's code has run on a plain first visit, never shown first on any other start.

const IDLE_TITLE = 'マイナンバーカードを置いてください';
const IDLE_CHIP = 'Please place your My Number Card';
/** The idle terminal's title, as built into the page. */
const idleTitle = (page: Page) => page.locator('.terminal[data-screen="idle"] .screen-title');

/** Holds every request matching `url` until `release` is called, so a test sees the page meanwhile. */
async function holdRequests(page: Page, url: string): Promise<{ release: () => void; held: Request[] }> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held: Request[] = [];
  await page.route(url, async (route: Route) => {
    held.push(route.request());
    await released;
    await route.continue();
  });
  return { release, held };
}

/** The layout shifts so far not caused by the visitor's own input (what CLS counts), summed. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => {
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
    observer.disconnect();
    return entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0);
  });
}

/** Every console error or warning and every uncaught error of the page, as text. */
function problems(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    // Playwright says so itself where it blocks the service worker (playwright.config.ts): not the app's.
    if (message.text().startsWith('Service Worker registration blocked by Playwright')) return;
    if (message.type() === 'error' || message.type() === 'warning') seen.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`uncaught: ${error.message}`));
  return seen;
}

test.describe('a plain first visit', () => {
  test.use({ locale: 'en-US' });

  test('shows the idle terminal before the app runs, then the app takes it over without a warning or a shift', async ({ page }) => {
    const seen = problems(page);
    const app = await holdRequests(page, '**/assets/index-*.js');
    const reader = new TerminalPage(page, { clock: 'page' });
    await page.goto('/');

    // The app's code has not arrived, and the terminal is already there, in Japanese and English.
    await expect(reader.terminal.getByText(IDLE_TITLE)).toBeVisible();
    await expect(reader.terminal.getByText(IDLE_CHIP)).toBeVisible();
    await expect(reader.cardTray).toBeVisible();
    // Asked for once the built screen is shown (its first paint), which may be a moment after it is seen.
    await expect.poll(() => app.held.length).toBe(1);
    await expect(page).not.toHaveURL(/screen=/);

    app.release();
    // The app runs: the address bar names the screen, and the terminal answers.
    await expect(page).toHaveURL(/[?&]screen=idle(&|$)/);
    expect(await layoutShift(page)).toBeLessThan(0.001);
    await reader.placeCard();
    await reader.expectScreen('method-select');
    expect(seen).toEqual([]);
  });
});

test.describe('with JavaScript switched off', () => {
  test.use({ javaScriptEnabled: false, locale: 'en-US' });

  test('the served page shows the idle terminal in Japanese with its English chip', async ({ page }) => {
    await page.goto('/');
    const title = page.locator('.terminal[data-screen="idle"] .screen-title');
    await expect(title.getByText(IDLE_TITLE)).toBeVisible();
    await expect(title.getByText(IDLE_CHIP)).toBeVisible();
    await expect(title.getByText(IDLE_CHIP)).toHaveAttribute('lang', 'en');
  });
});

test.describe('any other start never shows the English idle screen first', () => {
  test.use({ locale: 'en-US' });

  test('a link to a screen in another language: nothing, taking no space, until that screen is drawn', async ({ page }) => {
    const seen = problems(page);
    const language = await holdRequests(page, '**/assets/vi-*.json');
    const reader = new TerminalPage(page, { clock: 'page' });
    await page.goto('/?screen=pin-entry&lang=vi');

    // Vietnamese is on its way, fetched once and early (while the app's code loads): meanwhile
    // the built-in idle screen is not shown and takes no room.
    await expect.poll(() => language.held.length).toBe(1);
    await expect(idleTitle(page)).toBeHidden();
    expect((await page.locator('#root').boundingBox())?.height ?? 0).toBe(0);

    language.release();
    await reader.expectScreen('pin-entry');
    await expect(reader.terminal.locator('.screen-title .overlay-chip')).toHaveAttribute('lang', 'vi');
    expect(language.held).toHaveLength(1);
    expect(await layoutShift(page)).toBeLessThan(0.001);
    expect(seen).toEqual([]);
  });

  test('kept preferences: the idle screen waits for the kept language', async ({ page }) => {
    await page.addInitScript(() => {
      window.localStorage.setItem('uketsuke:preferences:v1', JSON.stringify({ language: 'vi' }));
    });
    const language = await holdRequests(page, '**/assets/vi-*.json');
    const reader = new TerminalPage(page, { clock: 'page' });
    await page.goto('/');

    await expect.poll(() => language.held.length).toBe(1);
    await expect(idleTitle(page)).toBeHidden();

    language.release();
    await expect(reader.terminal.locator('.screen-title .overlay-chip')).toHaveAttribute('lang', 'vi');
    await expect(reader.terminal.getByText(IDLE_TITLE)).toBeVisible();
    await expect(reader.terminal.getByText(IDLE_CHIP)).toHaveCount(0);
  });
});

test.describe('a browser that asks for another language first', () => {
  test.use({ locale: 'vi-VN' });

  test('does not see the English idle screen before the app has drawn its start', async ({ page }) => {
    const app = await holdRequests(page, '**/assets/index-*.js');
    const reader = new TerminalPage(page, { clock: 'page' });
    await page.goto('/');

    await expect.poll(() => app.held.length).toBe(1);
    await expect(idleTitle(page)).toBeHidden();
    expect((await page.locator('#root').boundingBox())?.height ?? 0).toBe(0);

    app.release();
    await expect(reader.terminal).toBeVisible();
    await expect(page).toHaveURL(/[?&]screen=idle(&|$)/);
  });
});
