#!/usr/bin/env node
// `npm test`: every check a change must pass, in layers that fail fastest first. The app is
// built once; the browser tests are served that same build. The first layer that fails stops
// the run (later layers would only repeat its failure or test a stale build), and the run ends
// with one line "N passed, N failed" counting unit, component and browser tests plus the
// typecheck, lint, build and size-budget checks.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
const vitestJson = `${results}/vitest.json`;
const playwrightJson = `${results}/playwright.json`;
const started = Date.now();

const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return child.status === 0;
};

/**
 * Starts a command with its output held back, printed whole when it ends: the typecheck and the
 * lint run side by side (each mostly on one core), and their outputs must not interleave.
 */
const start = (label, command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
      process.stdout.write(output);
      resolve(code === 0);
    });
  });

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

const rows = [];
let passed = 0;
let failed = 0;

/** A check with no count of its own: one pass or one failure. */
const single = (ok) => ({ ok, pass: ok ? 1 : 0, fail: ok ? 0 : 1 });

/** A runner's own counts; a runner that failed without reporting a failed test still fails once. */
const counts = (ok, pass, fail) => ({ ok: ok && fail === 0, pass, fail: fail === 0 && !ok ? 1 : fail });

const typecheck = start('typecheck', 'npx', ['tsc', '--noEmit']);
const lint = start('lint', 'npx', ['eslint', '.']);

const layers = [
  { label: 'typecheck', go: async () => single(await typecheck) },
  { label: 'lint', go: async () => single(await lint) },
  {
    label: 'unit and component tests',
    go: () => {
      rmSync(vitestJson, { force: true });
      const ok = run('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
      const report = readJson(vitestJson);
      return counts(ok, report?.numPassedTests ?? 0, report?.numFailedTests ?? 0);
    },
  },
  { label: 'production build', go: () => single(run('production build', 'npx', ['vite', 'build'])) },
  { label: 'first-visit size budget', go: () => single(run('size budget', 'node', ['scripts/budget.mjs'])) },
  {
    label: 'browser tests',
    go: () => {
      rmSync(playwrightJson, { force: true });
      // Served from the build above (see playwright.config.ts): nothing is built twice.
      const ok = run('browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
        PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
      });
      const stats = readJson(playwrightJson)?.stats ?? {};
      // A test that passed only on a retry is a failing test.
      return counts(ok, stats.expected ?? 0, (stats.unexpected ?? 0) + (stats.flaky ?? 0));
    },
  },
];

let stoppedAt = null;
for (const layer of layers) {
  if (stoppedAt !== null) {
    rows.push(`skip  ${layer.label}: not run, because ${stoppedAt} failed`);
    continue;
  }
  const result = await layer.go();
  const counted = result.pass + result.fail > 1 ? `: ${result.pass} passed, ${result.fail} failed` : '';
  rows.push(`${result.ok ? 'pass' : 'FAIL'}  ${layer.label}${counted}`);
  passed += result.pass;
  failed += result.fail;
  if (!result.ok) stoppedAt = layer.label;
}

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log('\nSummary');
for (const row of rows) console.log(`  ${row}`);
if (stoppedAt !== null) console.log(`\nStopped at the first failed layer (${stoppedAt}): fix it, then run npm test again.`);
console.log(`\n${passed} passed, ${failed} failed (${minutes} min)`);
process.exit(failed === 0 && stoppedAt === null ? 0 : 1);
