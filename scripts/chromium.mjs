// Where Chromium is and how to start it here: the one place that knows. Playwright cannot
// download its own browsers on these machines, so a system Chromium is used: CHROMIUM_PATH if
// set, else Debian's /usr/bin/chromium, else Ubuntu's /usr/bin/chromium-browser; where none
// exists, Playwright's own browser (if one was installed). The flags keep the closed network
// from flooding the browser with refused connections.
//
// Run as a command (`node scripts/chromium.mjs`), it prints the path it found, or says that
// none was found and exits 1: `.ci/run` asks it before installing one. It imports nothing from
// node_modules, so it works before `npm ci`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {string | undefined} */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return CANDIDATES.find((candidate) => existsSync(candidate));
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

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const found = chromiumPath();
  if (found === undefined || !existsSync(found)) {
    console.error(`chromium: none found (looked at ${process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : CANDIDATES.join(', ')})`);
    process.exit(1);
  }
  console.log(found);
}
