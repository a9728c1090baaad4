#!/usr/bin/env node
// Measures what a first visit downloads: index.html and every script, style sheet and
// preloaded module it names, gzip-compressed (level 9, as static hosts serve them).
// Lazily loaded chunks (other languages) are listed apart; they do not count against the budget.
// Two budgets: the scripts (what the phone must parse and run before the app answers), and the
// page and style sheet (which carry the prerendered first screen, painted before any script).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KIB = { script: 110, page: 24 };
const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'index.html'))) {
  console.error('budget: dist/index.html is missing; run `npm run build` first.');
  process.exit(2);
}

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(7);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const referenced = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const firstVisit = ['index.html', ...new Set(referenced)];
const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
const lazy = assets.filter((f) => !firstVisit.includes(f) && /\.(js|css|json)$/.test(f));

const totals = { script: 0, page: 0 };
console.log('First visit (gzip):');
for (const file of firstVisit) {
  const size = gz(file);
  totals[file.endsWith('.js') ? 'script' : 'page'] += size;
  console.log(`  ${kib(size)} KiB  ${file}`);
}
console.log(`  ${kib(totals.script)} KiB  scripts (budget ${BUDGET_KIB.script} KiB)`);
console.log(`  ${kib(totals.page)} KiB  page and styles (budget ${BUDGET_KIB.page} KiB)`);
console.log(`  ${kib(totals.script + totals.page)} KiB  total`);
if (lazy.length > 0) {
  console.log('Loaded later, when needed (gzip):');
  for (const file of lazy) console.log(`  ${kib(gz(file))} KiB  ${file}`);
}

const over = Object.entries(totals).filter(([part, bytes]) => bytes > BUDGET_KIB[part] * 1024);
for (const [part, bytes] of over) {
  console.error(`budget: the first visit's ${part === 'script' ? 'scripts are' : 'page and styles are'} ${(bytes / 1024).toFixed(1)} KiB, over the ${BUDGET_KIB[part]} KiB budget.`);
}
if (over.length > 0) process.exit(1);
console.log('budget: within budget');
