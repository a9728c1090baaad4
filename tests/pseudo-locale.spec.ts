import { expect, test, type Page } from '@playwright/test';
import { SCREEN_IDS } from '../src/flow/types.ts';
import { TerminalPage } from './terminal-page.ts';

/**
 * The pseudo-locale accents and lengthens every string of the help layer and brackets it ⟦…⟧.
 * On every screen: any text the visitor reads that is not bracketed did not come from the
 * locale files (a hard-coded string), and nothing may stick out of its place.
 */
async function check(page: Page): Promise<void> {
  const report = await page.evaluate(() => {
    const unbracketed: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!parent || !/\p{L}/u.test(text)) continue;
      // The device's own Japanese (and its romaji) is not translated: it is the point.
      if (parent.closest('[lang="ja"], [lang="ja-Latn"], noscript')) continue;
      // Language names are shown in their own script on purpose.
      if (parent.closest('option, .language-name')) continue;
      // Decorative symbols (文A, ▸) are hidden from assistive technology and are not words.
      if (parent.closest('[aria-hidden="true"]')) continue;
      if (parent.closest('[hidden]') || parent.getClientRects().length === 0) continue;
      // A sentence that names the reader's buttons in Japanese is one string around them.
      const whole = parent.querySelector(':scope > [lang="ja"]') ? parent.textContent : text;
      if (!whole.includes('⟦') && !whole.includes('⟧')) unbracketed.push(text);
    }
    const overflow: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) overflow.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const box of document.querySelectorAll<HTMLElement>('.device-screen, .panel, .practice-pin, .guide-bar, .language-list')) {
      const edge = box.getBoundingClientRect();
      for (const child of box.querySelectorAll<HTMLElement>('*')) {
        const rect = child.getBoundingClientRect();
        if (rect.width > 0 && (rect.right > edge.right + 1 || rect.left < edge.left - 1)) {
          overflow.push(`${child.tagName.toLowerCase()}.${child.className} sticks out of ${box.className}`);
        }
      }
    }
    return { unbracketed, overflow };
  });
  expect(report.unbracketed, 'text not from the locale files').toEqual([]);
  expect(report.overflow, 'text that does not fit').toEqual([]);
}

for (const screen of SCREEN_IDS) {
  test(`the ${screen} screen has no hard-coded text and nothing overflows in a longer language`, async ({ page }) => {
    const reader = new TerminalPage(page);
    await reader.open(`screen=${screen}&lang=x-pseudo`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('⟦');

    await check(page);
  });
}

test('the folded part, the practice list and the language list have no hard-coded text and fit', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open('screen=consent-all&lang=x-pseudo');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('⟦');
  await reader.openMore();
  await check(page);
  await reader.languageButton.click();
  await expect(page.locator('.language-list')).toBeVisible();
  await check(page);
});
