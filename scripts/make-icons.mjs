#!/usr/bin/env node
// Draws the app's install icons from public/icon.svg, the one drawing of the icon, with the
// Chromium the browser tests use (scripts/chromium.mjs). The PNGs are committed: a build needs
// no browser. Run it again after changing icon.svg: `node scripts/make-icons.mjs`.
//
// - icon-192.png, icon-512.png: the drawing on a transparent ground ("any"), for the home
//   screen, the app switcher and the start-up splash.
// - icon-maskable-512.png: the drawing on a full, square ground, small enough that the phone's
//   mask (a circle, a squircle…) never cuts it: it stays inside the central circle of 80 % of
//   the width that maskable icons promise to keep (the W3C manifest's "safe zone").
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

/** The paper colour of the help layer (src/styles.css `--paper`): the dark device stands out on it. */
const MASKABLE_GROUND = '#f5f3ee';

const ICONS = [
  { file: 'icon-192.png', size: 192, scale: 1, ground: 'transparent' },
  { file: 'icon-512.png', size: 512, scale: 1, ground: 'transparent' },
  // The drawing is 48 × 56 of its 64 × 64 box; at 0.66 of the icon its diagonal is 0.66 × 64 ×
  // √(48² + 56²) / 64 ≈ 0.49 of the icon's width, inside the safe circle's 0.8.
  { file: 'icon-maskable-512.png', size: 512, scale: 0.66, ground: MASKABLE_GROUND },
];

const root = new URL('../', import.meta.url);
const svg = readFileSync(new URL('public/icon.svg', root), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const executablePath = chromiumPath();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const drawn = Math.round(icon.size * icon.scale);
    await page.setContent(
      `<!doctype html><html><body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${icon.ground}">` +
        `<img src="${dataUrl}" width="${drawn}" height="${drawn}" alt=""></body></html>`,
    );
    await page.locator('img').evaluate((img) => (img instanceof HTMLImageElement ? img.decode() : undefined));
    await page.screenshot({ path: new URL(`public/${icon.file}`, root).pathname, omitBackground: icon.ground === 'transparent' });
    await page.close();
    console.log(`public/${icon.file}`);
  }
} finally {
  await browser.close();
}
