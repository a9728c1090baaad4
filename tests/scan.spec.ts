import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import { WCAG_22, violations as scanned } from './axe.ts';

/**
 * At the real reader: a photo read on the phone, in the scan worker, with the real text reader
 * (Tesseract as WebAssembly and the Japanese model, downloaded from this site on first use). OCR
 * is slow, so these are few. No clock is held: the scan page has no timer of its own (live
 * reading is tested with the camera, tests/scan-camera.spec.ts), and the answers are awaited as
 * a patient waits for them.
 */

const violations = (page: Page) => scanned(page, { tags: WCAG_22 });
const fixture = (name: string) => `tests/fixtures/scan/${name}`;
/** The answer: sure, not sure, or no screen; its heading says which. */
const answer = (page: Page) => page.locator('.scan-answer').first();
const photoInput = (page: Page) => page.getByLabel('Choose a photo');

/** The scan page, drawn: its heading in the patient's language (the page is a chunk of its own, fetched on the way). */
async function openScan(page: Page, lang = 'en', heading = 'Which screen is this?') {
  await page.goto(`/?view=scan&lang=${lang}`);
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible({ timeout: 15_000 });
}

test('a photo of the PIN screen is read on the phone: named, its lines translated on the photo, and practised; nothing leaves the site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://localhost:4321').origin;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openScan(page);
  // Before the first use, the download is said with its size.
  await expect(page.getByText(/downloads its reader of Japanese text once \(4\.9 MB\)/)).toBeVisible();

  await photoInput(page).setInputFiles(fixture('pin-entry.jpg'));
  await expect(answer(page).getByRole('heading', { level: 3 })).toHaveText('This is: PIN entry', { timeout: 20_000 });
  await expect(answer(page).getByText('Step: PIN')).toBeVisible();
  // The translation over the photo, next to the Japanese OCR found, and the photo drawn under it.
  const photo = answer(page).getByRole('figure', { name: 'Your photo, with the translation' });
  await expect(photo.locator('.scan-label').filter({ hasText: 'Enter your PIN (4 digits)' })).toBeVisible();
  const drawn = await photo.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let bright = 0;
    for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 200) bright += 1;
    return bright / (pixels.length / 4);
  });
  // The screen's white glass is a good part of the photo: it was drawn, not left blank.
  expect(drawn).toBeGreaterThan(0.2);
  await expect(answer(page).getByText('Type the 4-digit PIN on the keypad, then tap 確定 (OK).')).toBeVisible();
  await expect(page.getByText('The reader of Japanese text is on this phone: it works offline too.')).toBeVisible();

  const scanned = await violations(page);
  expect(scanned, `axe violations on the answer:\n${scanned.join('\n')}`).toEqual([]);

  // Nothing of the photo, and no file, was asked of any other site; the reader came from this one.
  const elsewhere = requested.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(elsewhere, `requests to other origins:\n${elsewhere.join('\n')}`).toEqual([]);
  expect(requested.some((url) => /\/assets\/jpn\.traineddata-[\w-]+\.bin$/.test(url))).toBe(true);
  expect(requested.some((url) => /\/assets\/tesseract-core-simd-lstm-[\w-]+\.wasm$/.test(url))).toBe(true);

  // Practise that very screen.
  await answer(page).getByRole('link', { name: 'Practise this screen' }).click();
  await expect(page.locator('.terminal')).toHaveAttribute('data-screen', 'pin-entry');
  await expect(page).toHaveURL(/\?screen=pin-entry&lang=en$/);
});

test('not the reader, not a picture, an HEIC photo, a 50-megapixel photo: each said plainly, and the page goes on', async ({ page }) => {
  await openScan(page);
  // A hospital's ticket machine: Japanese, but no screen of the reader.
  await photoInput(page).setInputFiles(fixture('ticket-machine.jpg'));
  await expect(answer(page).getByRole('heading', { level: 3 })).toHaveText("This doesn't look like the card reader's screen.", { timeout: 20_000 });
  await expect(answer(page).getByText(/hold the phone steady/)).toBeVisible();

  await photoInput(page).setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('These are my notes, not a picture.\n') });
  await expect(page.getByRole('alert')).toHaveText('This file is not a picture Uketsuke can open. Choose a photo (JPEG or PNG) or a screenshot.');

  // The start of an iPhone photo: a HEIF box this browser cannot decode.
  const heic = Buffer.alloc(4096);
  heic.writeUInt32BE(24, 0);
  heic.write('ftypheic\0\0\0\0mif1heic', 4, 'latin1');
  await photoInput(page).setInputFiles({ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: heic });
  await expect(page.getByRole('alert')).toHaveText(/This photo is in HEIC format, which this browser cannot open\./);

  // A JPEG cut short after its header: damaged.
  const jpeg = readFileSync(fixture('pin-entry.jpg'));
  await photoInput(page).setInputFiles({ name: 'cut.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([jpeg.subarray(0, 2000), Buffer.alloc(4000, 0x55)]) });
  await expect(page.getByRole('alert')).toHaveText('This picture seems to be damaged and could not be opened. Try another photo.');

  // 50 megapixels (6048 × 8290): decoded straight to the size OCR reads, in the worker.
  const large = await sharp(jpeg).resize({ width: 6048, height: 8290, fit: 'fill' }).jpeg({ quality: 70 }).toBuffer();
  await photoInput(page).setInputFiles({ name: 'large.jpg', mimeType: 'image/jpeg', buffer: large });
  await expect(answer(page).getByRole('heading', { level: 3 })).toHaveText('This is: PIN entry', { timeout: 20_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The page answered all along: the photo was never decoded on its thread.
  await expect(page.getByRole('searchbox')).toBeEditable();
});

test('a download of the text reader that fails halfway is never kept, and "Try again" finishes it', async ({ page }) => {
  // The model's first three requests end after half of it, as a connection that drops.
  let cut = 0;
  await page.route(/\/assets\/jpn\.traineddata-[\w-]+\.bin$/, async (route) => {
    if (cut >= 3) return route.continue();
    cut += 1;
    const response = await route.fetch();
    const body = await response.body();
    return route.fulfill({ status: 200, headers: { 'content-type': 'application/octet-stream' }, body: body.subarray(0, body.length / 2) });
  });
  await openScan(page);
  await page.getByRole('button', { name: 'Download it now' }).click();
  await expect(page.getByRole('alert')).toHaveText('The download stopped before it was complete. Nothing half-downloaded was kept.', { timeout: 20_000 });
  const keptBefore = await page.evaluate(async () => (await (await caches.open('uketsuke-ocr')).keys()).map((request) => new URL(request.url).pathname));
  expect(keptBefore.some((path) => path.includes('jpn.traineddata'))).toBe(false);

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('The reader of Japanese text is on this phone: it works offline too.')).toBeVisible({ timeout: 20_000 });
  const kept = await page.evaluate(async () => (await (await caches.open('uketsuke-ocr')).keys()).map((request) => new URL(request.url).pathname));
  expect(kept.some((path) => path.includes('jpn.traineddata'))).toBe(true);
  expect(cut).toBe(3);
});

test('typing instead finds the screen, and the scan page, its choices and its answers have no WCAG 2.2 AA violations axe can find', async ({ page }) => {
  await openScan(page, 'vi', 'Đây là màn hình nào?');
  const opened = await violations(page);
  expect(opened, `axe violations on the scan page:\n${opened.join('\n')}`).toEqual([]);

  const search = page.getByRole('searchbox');
  // Romaji typed without its long vowels; the PIN is on several screens: the patient chooses.
  await search.fill('anshou');
  const choices = page.locator('.scan-typed .scan-answer');
  await expect(choices.getByRole('heading', { level: 3 })).toHaveText('Chưa rõ đây là màn hình nào.');
  await expect(choices.getByRole('button')).toHaveCount(3);
  const unsure = await violations(page);
  expect(unsure, `axe violations on "not sure":\n${unsure.join('\n')}`).toEqual([]);

  // Vietnamese typed without its accents.
  await search.fill('dong y tung muc');
  await expect(choices.getByRole('heading', { level: 3 })).toHaveText('Đây là: Đồng ý từng mục');
  const sure = await violations(page);
  expect(sure, `axe violations on a typed answer:\n${sure.join('\n')}`).toEqual([]);
});
