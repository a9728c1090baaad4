import { expect, test, type Page } from '@playwright/test';
import { WCAG_22, violations as scan22 } from './axe.ts';

/**
 * The counter's tablet handed to a patient: a locked view, a long press for staff, and a clean
 * start after the idle warning. The page's clock is the test's from the start, so the idle time,
 * the countdown and the hold pass only when the test says.
 */

/**
 * axe's scan waits on the page's timers; the test's clock is held, so it is moved on a
 * millisecond at a time until the scan is done: the idle countdown moves only by that much
 * (about ten steps: ten milliseconds of the warning's twenty seconds).
 */
async function violations(page: Page): Promise<string[]> {
  const scan: { result?: { found: string[] } | { error: unknown } } = {};
  void scanned(page).then(
    (found) => (scan.result = { found }),
    (error: unknown) => (scan.result = { error }),
  );
  while (scan.result === undefined) {
    try {
      await page.clock.runFor(1);
    } catch (error) {
      // The clock is the whole context's: axe finishes its scan in a blank page of its own and
      // closes it, which may fall within a step. Only our own page closing is an error.
      if (page.isClosed()) throw error;
    }
  }
  if ('error' in scan.result) throw scan.result.error;
  return scan.result.found;
}

const scanned = (page: Page) => scan22(page, { tags: WCAG_22 });

/**
 * Staff choose Nepali and the consent screen, then hand the tablet over. The page's clock runs
 * while the counter loads (React reveals a lazily loaded page on a timer), and is held from the
 * moment the counter is drawn.
 */
async function handOverConsentInNepali(page: Page) {
  await page.clock.install();
  await page.goto('/?mode=counter&lang=en');
  await expect(page.getByRole('heading', { level: 2, name: /受付カウンター/ })).toBeVisible();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await page.getByRole('button', { name: /^नेपाली/ }).click();
  await expect(page.getByRole('button', { name: /^नेपाली/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'まとめて同意を見せる' }).click();
  await page.getByRole('button', { name: '患者さんに渡す' }).click();
  await expect(page.locator('.counter-handover .terminal')).toHaveAttribute('data-screen', 'consent-all');
}

const staffCorner = (page: Page) => page.getByRole('button', { name: 'スタッフ' });

/** Holds the staff corner down for `ms` on the page's clock, then lets go. */
async function holdCorner(page: Page, ms: number) {
  await staffCorner(page).hover();
  await page.mouse.down();
  await page.clock.runFor(ms);
  await page.mouse.up();
}

test('the patient cannot reach the settings, and left alone the view warns, then starts clean for the next patient', async ({ page }) => {
  await handOverConsentInNepali(page);
  // Nothing to configure and nowhere else to go.
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '画面の一覧に戻る' })).toHaveCount(0);
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expect(page.locator('.counter-handover .overlay-chip[lang="ne"]').first()).toBeVisible();
  await expect(page.getByRole('region', { name: /^कर्मचारी|staff/i })).toBeVisible();

  await page.clock.runFor(59_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.runFor(1_000);
  const warning = page.getByRole('alertdialog');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('20');
  await page.clock.runFor(20_000);

  await expect(warning).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: /言語を選んでください/ })).toBeVisible();
  await expect(page.getByRole('button', { pressed: true })).toHaveCount(0);
  await expect(page).not.toHaveURL(/lang=ne/);
  // The next patient chooses their language and meets the screen staff chose.
  await page.getByRole('button', { name: /^Tiếng Việt/ }).click();
  await expect(page.locator('.counter-handover .terminal')).toHaveAttribute('data-screen', 'consent-all');
  await expect(page.locator('.counter-handover .overlay-chip[lang="vi"]').first()).toBeVisible();
});

test('a tap on the staff corner does nothing; holding it two seconds takes staff back', async ({ page }) => {
  await handOverConsentInNepali(page);
  await staffCorner(page).click();
  await holdCorner(page, 1_000);
  await expect(staffCorner(page)).toBeVisible();
  await holdCorner(page, 2_000);
  await expect(page.getByRole('button', { name: '画面の一覧に戻る' })).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
});

test('reloading in the patient’s hands stays locked', async ({ page }) => {
  await handOverConsentInNepali(page);
  // The page's own time again, for React to reveal the counter once it is loaded.
  await page.clock.resume();
  await page.reload();
  await expect(staffCorner(page)).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
});

test('the hand-over view, its idle warning and the staff code box have no WCAG 2.2 A/AA violations axe can find', async ({ page }) => {
  // A clinic that set a staff code, as its clinic settings keep it on the tablet.
  await page.addInitScript(() => {
    window.localStorage.setItem('uketsuke:clinic:v1', JSON.stringify({ idleSeconds: 60, staffCode: '2468' }));
  });
  await handOverConsentInNepali(page);
  const handedOver = await violations(page);
  expect(handedOver, `axe violations in the hand-over view:\n${handedOver.join('\n')}`).toEqual([]);

  await page.clock.runFor(60_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  const warned = await violations(page);
  expect(warned, `axe violations on the idle warning:\n${warned.join('\n')}`).toEqual([]);
  await page.getByRole('alertdialog').getByRole('button').click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  await holdCorner(page, 2_000);
  const codeBox = page.getByRole('dialog', { name: 'スタッフ用コード' });
  await codeBox.getByLabel(/スタッフ用コードを入力/).fill('1111');
  await codeBox.getByRole('button', { name: '受付に戻る' }).click();
  await expect(codeBox.getByRole('alert')).toContainText('コードが違います');
  const asked = await violations(page);
  expect(asked, `axe violations on the staff code box:\n${asked.join('\n')}`).toEqual([]);
  await codeBox.getByLabel(/スタッフ用コードを入力/).fill('2468');
  await codeBox.getByRole('button', { name: '受付に戻る' }).click();
  await expect(page.getByRole('button', { name: '画面の一覧に戻る' })).toBeVisible();
});

test.describe('a tablet in portrait', () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test('shows the screen, the phrase cards and the staff corner without covering one another', async ({ page }) => {
    await handOverConsentInNepali(page);
    const heading = await page.getByRole('heading', { level: 2 }).first().boundingBox();
    const corner = await staffCorner(page).boundingBox();
    const device = await page.locator('.counter-handover .terminal').boundingBox();
    expect(heading && corner && device).toBeTruthy();
    if (!heading || !corner || !device) return;
    // The corner sits above the heading, and the reader fits the width.
    expect(corner.y + corner.height).toBeLessThanOrEqual(heading.y);
    expect(device.x + device.width).toBeLessThanOrEqual(820);
    await expect(page.locator('.phrase-cards')).toBeVisible();
  });
});
