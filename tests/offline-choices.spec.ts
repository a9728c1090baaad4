import { expect, test } from '@playwright/test';
import { TerminalPage } from './terminal-page.ts';

test('offline, a language or reading aid that cannot be fetched leaves the page as it was, and says so', async ({ page, context }) => {
  const reader = new TerminalPage(page);
  await reader.open('screen=pin-entry&lang=vi');
  const title = reader.terminal.locator('.screen-title');
  await expect(title.locator('.overlay-chip')).toHaveAttribute('lang', 'vi');
  // The folded part (a chunk of its own) is fetched while online.
  const readingPicker = await reader.readingAid();
  await context.setOffline(true);

  // Korean was never fetched: the page stays in Vietnamese, which it has, and says why.
  await reader.chooseLanguage('한국어');
  await expect(page.getByRole('status')).toContainText('Korean');
  await expect(page.locator('.language-list').getByRole('button', { name: /^Tiếng Việt/ })).toHaveAttribute('aria-current', 'true');
  await page.locator('.language-list').getByRole('button', { name: /Tiếng Việt/ }).last().click();
  await expect(title.locator('.overlay-chip')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  // Furigana were never fetched either: the reading aid stays off, and the page says so.
  await readingPicker.selectOption('furigana');
  await expect(page.getByRole('status').locator('.notice')).toHaveCount(2);
  await expect(readingPicker).toHaveValue('none');
  await expect(title.locator('ruby')).toHaveCount(0);

  // Back online, the same choices work.
  await context.setOffline(false);
  await readingPicker.selectOption('furigana');
  await expect(title.locator('ruby').first()).toBeVisible();
  await reader.chooseLanguage('한국어');
  await expect(title.locator('.overlay-chip')).toHaveAttribute('lang', 'ko');
});

test('a pseudo-locale opened by link is never remembered for the next plain visit', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open('lang=x-rtl');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Something else the visitor changes is stored as usual (the preferences are written).
  await reader.openMore();
  await page.getByRole('checkbox').first().click();

  await reader.open();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
});
