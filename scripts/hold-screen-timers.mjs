// Some screens move on by themselves (the eligibility query after 1.5 s, finished screens after
// 10 s). To look at one (a screenshot, an axe scan, a text check), hold back the page's timers
// of a second or more. Playwright's paused clock would also hold the short timers that axe and
// the page need, and hang them.

/** @param {import('@playwright/test').Page} page */
export async function holdScreenTimers(page) {
  await page.addInitScript(() => {
    const original = window.setTimeout.bind(window);
    /** @type {(handler: TimerHandler, timeout?: number, ...args: unknown[]) => number} */
    const holding = (handler, timeout, ...args) => original(handler, (timeout ?? 0) >= 1000 ? 2 ** 31 - 1 : timeout, ...args);
    // Same signature as the original, with long delays pushed past the end of any test.
    window.setTimeout = /** @type {typeof window.setTimeout} */ (holding);
  });
}
