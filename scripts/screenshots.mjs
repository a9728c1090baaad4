#!/usr/bin/env node
// Renders a screenshot of every screen of the production build, for translators and review.
// Usage: npm run build && npm run screenshots -- [--lang en] [--viewport phone|tablet] [--out screenshots] [--full]
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'en' },
    viewport: { type: 'string', default: 'phone' },
    out: { type: 'string', default: 'screenshots' },
    full: { type: 'boolean', default: false },
  },
});
const VIEWPORTS = { phone: { width: 390, height: 844 }, tablet: { width: 1180, height: 820 } };
const viewport = VIEWPORTS[values.viewport];
if (!viewport) {
  console.error(`screenshots: --viewport must be one of ${Object.keys(VIEWPORTS).join(', ')}`);
  process.exit(2);
}
if (!existsSync('dist/index.html')) {
  console.error('screenshots: run `npm run build` first.');
  process.exit(2);
}

// The screen ids are declared once, in the flow's types; read them from there.
const types = readFileSync('src/flow/types.ts', 'utf8');
const list = /SCREEN_IDS = \[([\s\S]*?)\] as const/.exec(types)?.[1] ?? '';
const screens = [...list.matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]);

const PORT = 4331;
const server = await preview({ preview: { port: PORT, strictPort: true, open: false }, logLevel: 'warn' });
const executablePath = chromiumPath();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  // Every screen is opened from a link, and a linked screen waits for the visitor: nothing
  // moves on while it is photographed.
  const dir = `${values.out}/${values.lang}-${values.viewport}`;
  mkdirSync(dir, { recursive: true });
  for (const screen of screens) {
    await page.goto(`http://localhost:${PORT}/?screen=${screen}&lang=${values.lang}`);
    await page.locator(`.terminal[data-screen="${screen}"]`).waitFor();
    const file = `${dir}/${screen}.png`;
    if (values.full) await page.screenshot({ path: file, fullPage: true });
    else await page.locator('.terminal-wrap').screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
