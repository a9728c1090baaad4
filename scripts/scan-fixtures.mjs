#!/usr/bin/env node
// Draws the pictures the scan's browser tests read (tests/fixtures/scan/), from renders:
// - pin-entry.jpg: the practice reader's PIN screen, photographed: on a counter, turned a little,
//   softened and saved as a phone would (JPEG);
// - consent-camera.mjpeg: the consent screen as a camera sees it, for Chromium's fake camera
//   (`--use-file-for-fake-video-capture`; Motion JPEG: JPEG frames one after another);
// - ticket-machine.jpg: a hospital's ticket machine, Japanese but no screen of the card reader.
// Run it after a build (`npx vite build`): it serves dist/ with `vite preview` on PORT (default
// 4549) and draws with the system's Chromium. The outputs are committed; run it again when the
// reader's look changes a lot.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const PORT = Number(process.env.PORT ?? 4549);
const out = new URL('../tests/fixtures/scan/', import.meta.url);
mkdirSync(out, { recursive: true });

// Vite itself, not through npx, so that stopping it at the end stops the server.
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const server = spawn(process.execPath, [vite, 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
const executablePath = chromiumPath();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] });

try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1000 }, deviceScaleFactor: 2 });
  for (let tries = 0; ; tries += 1) {
    try {
      await page.goto(`http://localhost:${PORT}/?screen=pin-entry&lang=ja`);
      break;
    } catch (error) {
      if (tries > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** The drawn reader's screen alone (no chips: the real reader has none), as a PNG. */
  async function screenOf(screen) {
    await page.goto(`http://localhost:${PORT}/?screen=${screen}&lang=ja`);
    const glass = page.locator(`.terminal[data-screen="${screen}"] .screen-glass`);
    await glass.waitFor();
    return glass.screenshot({ animations: 'disabled' });
  }

  /** A photo of a screen: on a grey counter, turned, a little soft, saved as a phone's JPEG. */
  async function photograph(png, { width, angle, blur, quality }) {
    const turned = await sharp(png).resize({ width }).rotate(angle, { background: '#5d6470' }).blur(blur).toBuffer();
    const meta = await sharp(turned).metadata();
    const margin = Math.round(width * 0.12);
    return sharp({ create: { width: meta.width + 2 * margin, height: meta.height + 2 * margin, channels: 3, background: '#5d6470' } })
      .composite([{ input: turned, left: margin, top: margin }])
      .jpeg({ quality, mozjpeg: true })
      .toBuffer();
  }

  const pin = await photograph(await screenOf('pin-entry'), { width: 1100, angle: -4, blur: 0.8, quality: 78 });
  writeFileSync(new URL('pin-entry.jpg', out), pin);

  // The camera: 1280×720 frames of the consent screen, filling most of the picture.
  const consent = await sharp(await screenOf('consent-all')).resize({ width: 1000, height: 620, fit: 'contain', background: '#20262e' }).toBuffer();
  const frame = await sharp({ create: { width: 1280, height: 720, channels: 3, background: '#3c434d' } })
    .composite([{ input: consent, left: 140, top: 50 }])
    .jpeg({ quality: 85 })
    .toBuffer();
  writeFileSync(new URL('consent-camera.mjpeg', out), Buffer.concat([frame, frame, frame]));

  // A ticket machine: Japanese, buttons, a screen; not the card reader.
  await page.setContent(`<!doctype html><html lang="ja"><body style="margin:0;background:#e8eef3;font-family:'Noto Sans CJK JP',sans-serif">
    <div id="m" style="width:800px;padding:40px;background:#fff;border:12px solid #2d5d8a">
      <h1 style="font-size:44px;margin:0 0 24px">受付番号をお取りください</h1>
      <p style="font-size:30px">該当するボタンを押してください</p>
      <div style="display:grid;grid-template-columns:1fr 1fr;gap:20px;margin-top:30px">
        ${['初診の方', '再診の方', '予約の方', 'お見舞いの方'].map((label) => `<div style="font-size:34px;padding:28px;background:#e07b24;color:#fff;border-radius:12px;text-align:center">${label}</div>`).join('')}
      </div></div></body></html>`);
  const machine = await page.locator('#m').screenshot();
  writeFileSync(new URL('ticket-machine.jpg', out), await photograph(machine, { width: 1000, angle: 3, blur: 0.6, quality: 80 }));
  console.log('wrote tests/fixtures/scan/pin-entry.jpg, consent-camera.mjpeg, ticket-machine.jpg');
} finally {
  await browser.close();
  server.kill();
}
