import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const LANGUAGES = Object.entries(JSON.parse(readFileSync('locales/languages.json', 'utf8')) as Record<string, { english: string }>);
const MAX_PAGES = 4;
/** A sheet string as a language's file has it. */
const says = (language: string, key: string): string =>
  (JSON.parse(readFileSync(`locales/${language}.json`, 'utf8')) as { ui: { sheet: Record<string, string> } }).ui.sheet[key] ?? key;

/** Pages in a PDF as Chromium writes it: one `/Type /Page` object each (the tree is `/Pages`). */
const pagesIn = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Opens the sheet and waits until it is drawn in that language, its fonts in. */
async function openSheet(page: Page, language: string): Promise<void> {
  await page.goto(`/?view=sheet&lang=${language}`);
  await expect(page.getByRole('article')).toHaveAttribute('lang', language);
  // SHEET_STEPS (src/sheet/sheet-steps.ts): its module reads JSON this runner cannot import.
  await expect(page.locator('.sheet-step')).toHaveCount(14);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

test.describe('the sheet on paper, in every language', () => {
  // One page for all sixteen: each test only opens another address in it.
  let page: Page;
  test.beforeAll(async ({ browser }, testInfo) => {
    const { baseURL, viewport } = testInfo.project.use;
    page = await browser.newPage({ ...(baseURL ? { baseURL } : {}), ...(viewport ? { viewport } : {}) });
  });
  test.afterAll(async () => {
    await page.close();
  });

  for (const [code, { english }] of LANGUAGES) {
    test(`in ${english} (${code}) it prints on at most ${String(MAX_PAGES)} A4 pages`, async () => {
      await openSheet(page, code);
      const pages = pagesIn(await page.pdf({ format: 'A4' }));
      test.info().annotations.push({ type: 'A4 pages', description: String(pages) });
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages, `${english} prints on ${String(pages)} pages`).toBeLessThanOrEqual(MAX_PAGES);
    });
  }
});

test('on paper only the sheet is printed: no header, no buttons, and its address and QR code stay', async ({ page }) => {
  await openSheet(page, 'vi');
  const sheet = page.getByRole('article');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(sheet.getByRole('button', { name: says('vi', 'print') })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('link', { name: says('vi', 'link') })).toBeHidden();
  await expect(sheet.getByRole('button', { name: says('vi', 'print') })).toBeHidden();
  await expect(sheet.getByRole('link', { name: says('vi', 'back') })).toBeHidden();
  await expect(sheet.getByRole('img', { name: says('vi', 'qr') })).toBeVisible();
  const address = new URL('/?view=sheet&lang=vi', page.url()).href;
  await expect(sheet.getByRole('link', { name: address })).toBeVisible();
  // The steps run in two columns, and nothing is wider than the paper.
  expect(await sheet.locator('.sheet-steps').evaluate((list) => getComputedStyle(list).columnCount)).toBe('2');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('on a phone the sheet is a page to read: nothing wider than the screen, and the print button at hand', async ({ page }) => {
  await openSheet(page, 'my');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.getByRole('button', { name: says('my', 'print') }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: says('my', 'print') })).toBeInViewport();
  // The Burmese meaning stands under the Japanese it translates.
  const title = page.locator('.sheet-pair').filter({ hasText: '本人確認の方法を選択してください' }).first();
  await expect(title.locator('[lang="my"]')).toBeVisible();
});
