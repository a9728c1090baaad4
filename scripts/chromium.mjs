// Where Chromium is and how to start it here: Playwright cannot download its own browsers on
// these machines, so Debian's chromium is used (CHROMIUM_PATH, else /usr/bin/chromium); where
// neither exists, Playwright's own browser. The flags keep the closed network from flooding
// the browser with refused connections.
import { existsSync } from 'node:fs';

/** @returns {string | undefined} */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
