import { expect, test, type Page } from '@playwright/test';
import { SCREEN_IDS } from '../src/flow/types.ts';
import { TerminalPage } from './terminal-page.ts';

/**
 * The pseudo-locale accents and lengthens every string of the help layer and brackets it ⟦…⟧.
 * On every screen, and on the sheet to take to the clinic: any text the visitor reads that is
 * not bracketed did not come from the locale files (a hard-coded string), and nothing may stick
 * out of its place.
 */
async function inspect(page: Page, boxes: string): Promise<{ unbracketed: string[]; overflow: string[] }> {
  return page.evaluate((boxSelector) => {
    const unbracketed: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!parent || !/\p{L}/u.test(text)) continue;
      // The device's own Japanese (and its romaji) is not translated: it is the point.
      if (parent.closest('[lang="ja"], [lang="ja-Latn"], noscript')) continue;
      // Language names are shown in their own script on purpose; addresses are not words.
      if (parent.closest('option, [translate="no"], .language-name')) continue;
      // The browser names each language in the visitor's language (Intl.DisplayNames), not the locale files.
      if (parent.closest('.language-known-as')) continue;
      // Decorative symbols (文A, ▸) are hidden from assistive technology and are not words.
      if (parent.closest('[aria-hidden="true"]')) continue;
      if (parent.closest('[hidden]') || parent.getClientRects().length === 0) continue;
      // A sentence with the reader's Japanese laid into it is one string, bracketed as a whole.
      if (parent.hasAttribute('data-inlaid')) {
        const own = [...parent.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent).join('').trim();
        if (!own.startsWith('⟦') || !own.endsWith('⟧')) unbracketed.push(own);
        continue;
      }
      if (!text.includes('⟦') && !text.includes('⟧')) unbracketed.push(text);
    }
    const overflow: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) overflow.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const box of document.querySelectorAll<HTMLElement>(boxSelector)) {
      const edge = box.getBoundingClientRect();
      for (const child of box.querySelectorAll<HTMLElement>('*')) {
        const rect = child.getBoundingClientRect();
        if (rect.width > 0 && (rect.right > edge.right + 1 || rect.left < edge.left - 1)) {
          overflow.push(`${child.tagName.toLowerCase()}.${child.className} sticks out of ${box.className}`);
        }
      }
    }
    return { unbracketed, overflow };
  }, boxes);
}

const BOXES = '.device-screen, .panel, .practice-pin, .guide-bar, .language-list';

for (const screen of SCREEN_IDS) {
  test(`the ${screen} screen has no hard-coded text and nothing overflows in a longer language`, async ({ page }) => {
    const reader = new TerminalPage(page);
    await reader.open(`screen=${screen}&lang=x-pseudo`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('⟦');

    const report = await inspect(page, BOXES);
    expect(report.unbracketed, 'text not from the locale files').toEqual([]);
    expect(report.overflow, 'text that does not fit').toEqual([]);
  });
}

for (const media of ['screen', 'print'] as const) {
  test(`the sheet to take to the clinic has no hard-coded text and nothing overflows in a longer language (${media})`, async ({ page }) => {
    await page.emulateMedia({ media });
    await page.goto('/?view=sheet&lang=x-pseudo');
    await expect(page.getByRole('article')).toHaveAttribute('lang', 'x-pseudo');
    await expect(page.getByRole('heading', { level: 2 })).toContainText('⟦');

    const report = await inspect(page, '.sheet-head, .sheet-step, .sketch');
    expect(report.unbracketed, 'text not from the locale files').toEqual([]);
    expect(report.overflow, 'text that does not fit').toEqual([]);
  });
}

test('the folded part, the practice list and the language list have no hard-coded text and fit', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open('screen=consent-all&lang=x-pseudo');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('⟦');
  await reader.openMore();
  for (const view of ['unfolded', 'language list'] as const) {
    if (view === 'language list') {
      await reader.languageButton.click();
      await expect(page.locator('.language-list')).toBeVisible();
    }
    const report = await inspect(page, BOXES);
    expect(report.unbracketed, `${view}: text not from the locale files`).toEqual([]);
    expect(report.overflow, `${view}: text that does not fit`).toEqual([]);
  }
});
