import { expect, test } from '@playwright/test';
import { TerminalPage } from './terminal-page.ts';

test('offline, a language or reading aid that cannot be fetched leaves the page as it was, and says so', async ({ page, context }) => {
  const reader = new TerminalPage(page);
  await reader.open('screen=pin-entry&lang=vi');
  const title = reader.terminal.locator('.screen-title');
  await expect(title.locator('.overlay-chip')).toHaveAttribute('lang', 'vi');
  const languagePicker = page.getByRole('combobox').first();
  await expect(languagePicker).toHaveValue('vi');

  await context.setOffline(true);

  // Korean was never fetched: the page stays in Vietnamese, which it has, and says why.
  await languagePicker.selectOption('ko');
  await expect(page.getByRole('status')).toContainText('Korean');
  await expect(languagePicker).toHaveValue('vi');
  await expect(title.locator('.overlay-chip')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  // Furigana were never fetched either: the reading aid stays off, and the page says so.
  const readingPicker = page.getByRole('combobox').nth(2);
  await readingPicker.selectOption('furigana');
  await expect(page.getByRole('status').locator('.notice')).toHaveCount(2);
  await expect(readingPicker).toHaveValue('none');
  await expect(title.locator('ruby')).toHaveCount(0);

  // Back online, the same choices work.
  await context.setOffline(false);
  await languagePicker.selectOption('ko');
  await expect(title.locator('.overlay-chip')).toHaveAttribute('lang', 'ko');
  await readingPicker.selectOption('furigana');
  await expect(title.locator('ruby').first()).toBeVisible();
});

test('a pseudo-locale opened by link is never remembered for the next plain visit', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open('lang=x-rtl');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Something else the visitor changes is stored as usual (the preferences are written).
  await page.getByRole('checkbox').first().click();

  await reader.open();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
});
