import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

/**
 * Browser journeys against the production build, served by `vite preview`.
 * Which Chromium, and with which flags: scripts/chromium.mjs.
 */
const PORT = 4321;
const BASE_URL = `http://localhost:${PORT}`;
const CI = Boolean(process.env.CI);

const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // Two cores: the preview server and two browsers are already a full machine.
  workers: 2,
  // 'list' prints and exits; nothing opens a report or waits for a key.
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    trace: CI ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(executablePath === undefined ? {} : { executablePath }),
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [
    {
      // Patients practise on their phones: every journey runs here.
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, hasTouch: true },
    },
    {
      // The counter's tablet in landscape: the accessibility scan only, to keep the run short.
      name: 'tablet',
      use: { viewport: { width: 1180, height: 820 }, hasTouch: true },
      testMatch: /accessibility\.spec\.ts$/,
    },
  ],
  webServer: {
    command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
