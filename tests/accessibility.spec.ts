import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SCREEN_IDS } from '../src/flow/types.ts';
import { TerminalPage } from './terminal-page.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(found, `axe violations on ${where}:\n${found.join('\n')}`).toEqual([]);
}

for (const screen of SCREEN_IDS) {
  test(`the ${screen} screen has no WCAG 2.1 A/AA violations axe can find`, async ({ page }) => {
    // axe needs the page's own timers. A screen opened from a link waits for the visitor, even
    // one that moves on by itself in a visit (src/screens/registry.test.ts holds that), so the
    // scan never races the screen.
    const reader = new TerminalPage(page, { clock: 'page' });
    await reader.open(`screen=${screen}&lang=en`);
    await reader.expectScreen(screen);

    await expectNoViolations(page, screen);
    await reader.expectScreen(screen);
  });
}

test('the folded part and the language list have no WCAG 2.1 A/AA violations axe can find', async ({ page }) => {
  const reader = new TerminalPage(page, { clock: 'page' });
  await reader.open('screen=consent-topic&lang=vi');
  await reader.openMore();
  await expectNoViolations(page, 'the unfolded part');
  await reader.languageButton.click();
  await expect(page.locator('.language-list')).toBeVisible();
  await expectNoViolations(page, 'the language list');
});
