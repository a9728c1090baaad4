import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../scripts/hosting-headers.mjs';
import { TerminalPage } from './terminal-page.ts';

test('the app runs whole under the headers its host must send', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  const response = await page.goto('/?lang=vi&screen=pin-entry');
  const headers = response?.headers() ?? {};
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name.toLowerCase()], name).toBe(value);
  }

  // Under those headers: a language file fetched, the readings, the workbench chunk.
  const reader = new TerminalPage(page);
  await expect(reader.terminal.locator('.screen-title .overlay-chip')).toHaveAttribute('lang', 'vi');
  await (await reader.readingAid()).selectOption('furigana');
  await expect(reader.terminal.locator('.screen-title ruby').first()).toBeVisible();
  await page.getByRole('navigation').getByRole('button').nth(1).click();
  await expect(page.locator('.workbench')).toBeVisible();
  expect(violations).toEqual([]);
});
