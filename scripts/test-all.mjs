#!/usr/bin/env node
// `npm test`: every check a change must pass, in the order that fails fastest, ending with
// one line "N passed, N failed" that counts unit, component and browser tests plus the
// typecheck, lint and size-budget checks.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
const vitestJson = `${results}/vitest.json`;
const playwrightJson = `${results}/playwright.json`;

const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return child.status === 0;
};

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
const check = (label, ok) => {
  rows.push(`${ok ? 'pass' : 'FAIL'}  ${label}`);
  if (ok) passed += 1;
  else failed += 1;
};
const counted = (label, ok, pass, fail) => {
  // A runner that failed without reporting any failed test still fails the run.
  const fails = fail === 0 && !ok ? 1 : fail;
  rows.push(`${fails === 0 ? 'pass' : 'FAIL'}  ${label}: ${pass} passed, ${fails} failed`);
  passed += pass;
  failed += fails;
};

check('typecheck', run('typecheck', 'npx', ['tsc', '--noEmit']));
check('lint', run('lint', 'npx', ['eslint', '.']));

rmSync(vitestJson, { force: true });
const unitOk = run('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
const unit = readJson(vitestJson);
counted('unit and component tests', unitOk, unit?.numPassedTests ?? 0, unit?.numFailedTests ?? 0);

const built = run('production build', 'npx', ['vite', 'build']);
check('production build', built);
check('first-visit size budget', built && run('size budget', 'node', ['scripts/budget.mjs']));

rmSync(playwrightJson, { force: true });
const e2eOk = run('browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});
const e2e = readJson(playwrightJson);
const stats = e2e?.stats ?? {};
counted('browser tests', e2eOk, (stats.expected ?? 0) + (stats.flaky ?? 0), stats.unexpected ?? 0);

console.log('\nSummary');
for (const row of rows) console.log(`  ${row}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
