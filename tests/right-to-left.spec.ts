import { expect, test } from '@playwright/test';
import { TerminalPage } from './terminal-page.ts';

test.use({ viewport: { width: 1180, height: 820 } });

test('a right-to-left language mirrors the help around the device, never the device itself', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open('screen=method-select&lang=x-rtl');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await reader.openMore();

  // The help column moves to the left of the device, as the page reads from the right.
  const device = await page.locator('.device-column').boundingBox();
  const help = await page.locator('.help-column').boundingBox();
  expect(device && help && help.x < device.x).toBe(true);

  // The terminal stays a left-to-right Japanese screen; only the chips over it run right to left.
  await expect(reader.terminal).toHaveAttribute('dir', 'ltr');
  const title = reader.terminal.locator('.screen-title .device-ja');
  expect(await title.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  const chip = reader.terminal.locator('.screen-title .overlay-chip').first();
  await expect(chip).toHaveAttribute('dir', 'rtl');
  expect(await chip.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

  // Text in the help layer starts at the right edge of its panel.
  const heading = page.locator('#prompt-heading');
  const panel = await page.locator('.prompt-panel').boundingBox();
  const headingBox = await heading.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return { left: r.left, right: r.right };
  });
  expect(panel && panel.x + panel.width - headingBox.right < 40).toBe(true);
});
