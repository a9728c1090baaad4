import { expect, test } from '@playwright/test';
import { QUERY_MS } from '../src/flow/machine.ts';
import { TerminalPage } from './terminal-page.ts';

test('a whole visit asks nothing of any other origin, and the page forbids it', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://localhost:4321').origin;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  const reader = new TerminalPage(page);
  await reader.open();

  const policy = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(policy).toHaveCount(1);
  await expect(policy).toHaveAttribute('content', /(^|;)\s*default-src 'self'\s*(;|$)/);

  await reader.placeCardAndMatchFace();
  await reader.expectScreen('querying');
  await reader.letTimePass(QUERY_MS);
  await reader.expectScreen('consent-all');
  await reader.press('まとめて同意する');
  await reader.press('電子処方箋');
  await reader.expectScreen('done');
  await reader.takeCardOut();
  await reader.expectScreen('idle');

  expect(requested.length).toBeGreaterThan(0);
  const elsewhere = requested.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(elsewhere, `requests to other origins:\n${elsewhere.join('\n')}`).toEqual([]);
});
