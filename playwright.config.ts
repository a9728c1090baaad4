import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the production build, served by `vite preview`.
 *
 * Playwright cannot download its own browsers on our machines, so Debian's chromium is used
 * (CHROMIUM_PATH, else /usr/bin/chromium); where neither exists, Playwright's own browser.
 */
const PORT = 4321;
const BASE_URL = `http://localhost:${PORT}`;
const CI = Boolean(process.env.CI);

function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

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
      // The closed network otherwise floods the browser with refused connections.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
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
