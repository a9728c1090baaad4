import { expect, test, type Page } from '@playwright/test';
import { SCREEN_IDS } from '../src/flow/types.ts';
import { violations } from './axe.ts';

/**
 * Reception staff at the counter: a patient is stuck at the real reader; staff show that screen
 * in the patient's language in at most two taps from the counter's home. Runs on the phone and on
 * the counter's tablet. No clock is held: the counter's home has no timer, and a screen shown
 * from it is held by the flow (it waits to be read), as a linked screen is.
 */

/** The counter's home, once its Japanese is in (the app is running). */
async function openCounter(page: Page) {
  await page.goto('/?mode=counter&lang=en');
  await expect(page.getByRole('heading', { level: 2, name: /受付カウンター/ })).toBeVisible();
  await expect(page).toHaveURL(/[?&]mode=counter/);
}

const index = (page: Page) => page.getByRole('region', { name: '患者さんが止まっている画面' });
const entries = (page: Page) => index(page).getByRole('button', { name: /を見せる$/ });
const shownTerminal = (page: Page) => page.locator('.counter-device .terminal[data-screen]');

test('staff show the consent screen in Nepali in two taps', async ({ page }) => {
  await openCounter(page);
  // Tap 1: the patient's language, in its own script.
  await page.getByRole('button', { name: /^नेपाली/ }).click();
  await expect(page.getByRole('button', { name: /^नेपाली/ })).toHaveAttribute('aria-pressed', 'true');
  // Tap 2: the screen the patient is stuck on.
  await entries(page).filter({ hasText: 'まとめて同意' }).click();

  await expect(shownTerminal(page)).toHaveAttribute('data-screen', 'consent-all');
  await expect(shownTerminal(page).getByText('まとめて同意する')).toBeVisible();
  await expect(shownTerminal(page).locator('.overlay-chip[lang="ne"]').first()).toBeVisible();
  await expect(page).toHaveURL(/\?mode=counter&screen=consent-all&lang=ne$/);

  // A clear way back to the index, one tap.
  await page.getByRole('button', { name: '画面の一覧に戻る' }).click();
  // Every screen of the reader.
  await expect(entries(page)).toHaveCount(SCREEN_IDS.length);
});

test('staff find error 006 by typing 006, and by typing 期限', async ({ page }) => {
  await openCounter(page);
  const search = page.getByRole('searchbox', { name: /画面を探す/ });
  await search.fill('００６');
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page)).toHaveText('電子証明書のエラー（006）');

  await search.fill('期限');
  await expect(entries(page)).toHaveCount(3);
  await expect(index(page).locator('li[data-screen="error-006"]')).toBeVisible();

  await search.fill('ぬぬぬ');
  await expect(entries(page)).toHaveCount(0);
  await expect(index(page).getByRole('status')).toContainText('「ぬぬぬ」に合う画面はありません');

  // Found, then shown: one tap from the search.
  await search.fill('006');
  await entries(page).click();
  await expect(shownTerminal(page)).toHaveAttribute('data-screen', 'error-006');
});

test('the counter home and a shown screen have no WCAG 2.1 A/AA violations axe can find', async ({ page }) => {
  await openCounter(page);
  const home = await violations(page);
  expect(home, `axe violations on the counter home:\n${home.join('\n')}`).toEqual([]);

  await page.getByRole('button', { name: /^Tiếng Việt/ }).click();
  await expect(page.getByRole('button', { name: /^Tiếng Việt/ })).toHaveAttribute('aria-pressed', 'true');
  await entries(page).filter({ hasText: '暗証番号のロック' }).click();
  await expect(shownTerminal(page)).toHaveAttribute('data-screen', 'pin-locked');
  const shown = await violations(page);
  expect(shown, `axe violations on a shown screen:\n${shown.join('\n')}`).toEqual([]);
});
