import { expect, test } from '@playwright/test';
import { SCREEN_IDS } from '../src/flow/types.ts';
import { violations } from './axe.ts';
import { TerminalPage } from './terminal-page.ts';

/**
 * The phone scans every screen. The tablet lays the same parts out side by side, so it scans one
 * screen of each kind (a wait, a choice, the keypad, consent, an error, the end), tagged @tablet
 * (playwright.config.ts).
 */
const TABLET_SAMPLE = new Set(['idle', 'method-select', 'pin-entry', 'consent-topic', 'error-006', 'done']);
const onTablet = { tag: ['@tablet'] };

for (const screen of SCREEN_IDS) {
  test(`the ${screen} screen has no WCAG 2.1 A/AA violations axe can find`, TABLET_SAMPLE.has(screen) ? onTablet : {}, async ({ page }) => {
    // axe needs the page's own timers. A screen opened from a link waits for the visitor, even
    // one that moves on by itself in a visit (src/screens/registry.test.ts holds that), so the
    // scan never races the screen.
    const reader = new TerminalPage(page, { clock: 'page' });
    await reader.open(`screen=${screen}&lang=en`);
    await reader.expectScreen(screen);

    const found = await violations(page);
    expect(found, `axe violations on ${screen}:\n${found.join('\n')}`).toEqual([]);
    await reader.expectScreen(screen);
  });
}

// The sheet has no terminal and nothing that moves on: it is scanned as it opens.
test('the sheet to take to the clinic has no WCAG 2.1 A/AA violations axe can find', onTablet, async ({ page }) => {
  await page.goto('/?view=sheet&lang=vi');
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'vi');
  const found = await violations(page);
  expect(found, `axe violations on the sheet:\n${found.join('\n')}`).toEqual([]);
});

test('the folded part and the language list have no WCAG 2.1 A/AA violations axe can find', onTablet, async ({ page }) => {
  const reader = new TerminalPage(page, { clock: 'page' });
  await reader.open('screen=consent-topic&lang=vi');
  await reader.openMore();
  const folded = await violations(page);
  expect(folded, `axe violations on the unfolded part:\n${folded.join('\n')}`).toEqual([]);
  await reader.languageButton.click();
  await expect(page.locator('.language-list')).toBeVisible();
  const list = await violations(page);
  expect(list, `axe violations on the language list:\n${list.join('\n')}`).toEqual([]);
});
