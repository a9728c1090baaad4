#!/usr/bin/env node
// Lighthouse (mobile preset, simulated throttling) on the production build, served locally.
// Scores depend on the machine, so this is a measurement run on demand, not part of `npm test`.
// Usage: npm run build && npm run lighthouse [-- ?screen=pin-entry]
// (LIGHTHOUSE_PORT and LIGHTHOUSE_DEBUG_PORT choose the ports, 4322 and 9333 unless set.)
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const THRESHOLDS = { performance: 0.95, accessibility: 1, 'best-practices': 1 };
// Two checkouts can measure side by side, each on its own ports.
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4322);
// Lighthouse drives the browser over the DevTools protocol on this port.
const DEBUG_PORT = Number(process.env.LIGHTHOUSE_DEBUG_PORT ?? 9333);
const path = process.argv[2] ?? '/';

if (!existsSync('dist/index.html')) {
  console.error('lighthouse: run `npm run build` first.');
  process.exit(2);
}

const executablePath = chromiumPath();
const server = await preview({ preview: { port: PORT, strictPort: true, open: false }, logLevel: 'warn' });
// The same Chromium, started the same way as for the browser tests, with a debugging port open.
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
});

let failed = false;
try {
  const url = `http://localhost:${PORT}${path.startsWith('/') ? path : `/${path}`}`;
  const result = await lighthouse(url, { port: DEBUG_PORT, output: 'json', logLevel: 'error' });
  if (!result) throw new Error('Lighthouse returned no result');
  console.log(`Lighthouse, mobile preset: ${url}`);
  for (const [id, min] of Object.entries(THRESHOLDS)) {
    const score = result.lhr.categories[id]?.score ?? 0;
    const ok = score >= min;
    failed ||= !ok;
    console.log(`  ${ok ? 'ok  ' : 'LOW '} ${id.padEnd(15)} ${score.toFixed(2)} (at least ${min})`);
  }
  const seo = result.lhr.categories.seo?.score;
  if (seo !== undefined && seo !== null) console.log(`       seo             ${seo.toFixed(2)}`);
  for (const audit of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
    const measured = result.lhr.audits[audit];
    const ms = audit === 'cumulative-layout-shift' || measured?.numericValue === undefined ? '' : ` (${Math.round(measured.numericValue)} ms)`;
    console.log(`       ${audit.padEnd(26)} ${measured?.displayValue ?? '?'}${ms}`);
  }
  // Which element the largest paint was: what to make appear sooner.
  const lcpItems = result.lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items ?? [];
  const lcpNode = lcpItems.find((item) => item.node)?.node;
  if (lcpNode) console.log(`       largest paint: ${lcpNode.selector ?? ''} ${JSON.stringify(lcpNode.nodeLabel ?? '')}`);
  const failing = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
  for (const audit of failing) console.log(`       failing audit: ${audit.id}: ${audit.title}`);
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
process.exit(failed ? 1 : 0);
