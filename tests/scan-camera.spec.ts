import { expect, test, type Page } from '@playwright/test';

/**
 * The camera at the real reader, with Chromium's fake camera showing the consent screen (the
 * `camera` project in playwright.config.ts). One shot where the phone cannot afford more; a frame
 * about once a second where it can, stopped when the page is hidden.
 */

const answer = (page: Page) => page.locator('.scan-answer').first();

test('one shot: the camera is started, the screen it sees is read, and the answer is laid over that picture', async ({ page }) => {
  // A phone of two cores: one picture at a time, when the patient taps.
  await page.addInitScript(() => Object.defineProperty(navigator, 'hardwareConcurrency', { value: 2 }));
  await page.goto('/?view=scan&lang=en');
  await page.getByRole('button', { name: 'Use the camera' }).click();
  await expect(page.locator('video.scan-video')).toHaveJSProperty('readyState', 4);
  await page.getByRole('button', { name: 'Read this screen' }).click();
  await expect(answer(page).getByRole('heading', { level: 3 })).toHaveText('This is: Consent, all at once', { timeout: 20_000 });
  await expect(answer(page).getByRole('figure').locator('.scan-label').first()).toBeVisible();

  await page.getByRole('button', { name: 'Stop the camera' }).click();
  await expect(page.locator('video')).toHaveCount(0);
  // The answer stays.
  await expect(answer(page).getByRole('heading', { level: 3 })).toHaveText('This is: Consent, all at once');
});

test('live: a phone that can afford it reads a frame about once a second with no tap, and stops the camera when the page is hidden', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'hardwareConcurrency', { value: 8 });
    // The page can be hidden at will, as when the patient switches to another app.
    let hidden = false;
    Object.defineProperty(document, 'visibilityState', { get: () => (hidden ? 'hidden' : 'visible') });
    Object.assign(window, {
      hidePage: () => {
        hidden = true;
        document.dispatchEvent(new Event('visibilitychange'));
      },
    });
  });
  await page.goto('/?view=scan&lang=en');
  await page.getByRole('button', { name: 'Use the camera' }).click();
  await expect(page.getByText('Reading about once a second. Hold the phone steady.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Read this screen' })).toHaveCount(0);
  await expect(answer(page).getByRole('heading', { level: 3 })).toHaveText('This is: Consent, all at once', { timeout: 20_000 });

  await page.evaluate(() => (window as unknown as { hidePage: () => void }).hidePage());
  await expect(page.getByText('The camera was stopped while you were in another app.')).toBeVisible();
  await expect(page.locator('video')).toHaveCount(0);
  // The camera is off: its track ended, nothing is read any more.
  await expect(page.getByRole('button', { name: 'Use the camera' })).toBeVisible();
});
