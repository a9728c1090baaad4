import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SCREEN_IDS } from '../src/flow/types.ts';
import { END_SCREEN_MS, QUERY_MS } from '../src/flow/machine.ts';
import { TerminalPage } from './terminal-page.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const screen of SCREEN_IDS) {
  test(`the ${screen} screen has no WCAG 2.1 A/AA violations axe can find`, async ({ page }) => {
    // Some screens move on by themselves (the query after 1.5 s, end screens after 10 s). Hold
    // back just those timers so axe looks at the screen asked for. A paused Playwright clock
    // would hold axe's own short timers too and hang the scan.
    await page.addInitScript((held: readonly number[]) => {
      const original = window.setTimeout.bind(window);
      const holding = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) =>
        original(handler, held.includes(timeout ?? 0) ? 2 ** 31 - 1 : timeout, ...args)) as typeof window.setTimeout;
      window.setTimeout = holding;
    }, [QUERY_MS, END_SCREEN_MS]);

    const reader = new TerminalPage(page);
    await reader.open(`screen=${screen}&lang=en`);
    await reader.expectScreen(screen);

    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const found = results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('\n'),
    );
    expect(found, `axe violations on ${screen}:\n${found.join('\n')}`).toEqual([]);
    await reader.expectScreen(screen);
  });
}
