import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

/**
 * Browser journeys against the production build in `dist/`, served by `vite preview`. The build
 * is made once, by `npm test` (or `npm run test:e2e`), never here: the tests see exactly what
 * ships. Which Chromium, and with which flags: scripts/chromium.mjs.
 */
// E2E_PORT lets two checkouts run their browser tests side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4321);
const BASE_URL = `http://localhost:${PORT}`;
const CI = Boolean(process.env.CI);

if (!existsSync('dist/index.html')) {
  throw new Error('The browser tests run against the production build, and dist/index.html is missing: run `npm run build` first (npm test and npm run test:e2e do).');
}

const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  forbidOnly: CI,
  // A test that passes only on a retry is a failing test: no retries, here or in CI.
  retries: 0,
  // Two cores: the preview server and two browsers are already a full machine.
  workers: 2,
  // 'list' prints and exits; nothing opens a report or waits for a key.
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    // The built app registers a service worker that answers from its cache; a test that routes
    // requests or goes offline must see the network, so only tests/offline.spec.ts allows it.
    serviceWorkers: 'block',
    trace: CI ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(executablePath === undefined ? {} : { executablePath }),
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [
    {
      // Patients practise on their phones: every journey runs here (the camera's in its own
      // project), but the counter's hand-over and clinic settings, which only a tablet does.
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, hasTouch: true },
      testIgnore: /(scan-camera|counter-hand-over|counter-clinic)\.spec\.ts$/,
    },
    {
      // At the real reader with the camera: Chromium's fake camera plays frames drawn from the
      // practice reader (tests/fixtures/scan/, made by scripts/scan-fixtures.mjs), and the camera
      // is allowed without asking.
      name: 'camera',
      use: {
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        permissions: ['camera'],
        launchOptions: {
          ...(executablePath === undefined ? {} : { executablePath }),
          args: [
            ...CHROMIUM_ARGS,
            '--use-fake-device-for-media-stream',
            '--use-fake-ui-for-media-stream',
            `--use-file-for-fake-video-capture=${resolve('tests/fixtures/scan/consent-camera.mjpeg')}`,
          ],
        },
      },
      testMatch: /scan-camera\.spec\.ts$/,
    },
    {
      // The counter's tablet in landscape: the counter's own specs, and the accessibility scan of
      // one screen of each kind (tagged @tablet), to keep the run short; the phone scans them all.
      name: 'tablet',
      use: { viewport: { width: 1180, height: 820 }, hasTouch: true },
      testMatch: /(accessibility|counter[\w-]*)\.spec\.ts$/,
      grep: /counter|@tablet/,
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
