import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.1 A and AA, the scan of every screen; 2.2 AA adds target size and focus not obscured. */
export const WCAG_21 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const WCAG_22 = [...WCAG_21, 'wcag22aa'];

export interface ScanOptions {
  readonly tags?: readonly string[];
  /** Only this part of the page (a CSS selector). */
  readonly include?: string;
}

/**
 * What axe finds on the page, one readable entry per rule broken: its id, impact and help, then
 * each element with why it fails. An empty list is a clean page.
 */
export async function violations(page: Page, { tags = WCAG_21, include }: ScanOptions = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags([...tags]);
  const results = await (include === undefined ? builder : builder.include(include)).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('\n'),
  );
}
