#!/usr/bin/env node
// Measures what a first visit downloads: index.html and every script, style sheet and
// preloaded module it names, gzip-compressed (level 9, as static hosts serve them).
// Lazily loaded chunks (other languages) are listed apart; they do not count against the budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KIB = 110;
const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'index.html'))) {
  console.error('budget: dist/index.html is missing; run `npm run build` first.');
  process.exit(2);
}

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(7);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const referenced = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
// The app's own code has no script tag: an inline script fetches it, named in the page's list of
// files (docs/architecture.md, "First paint").
const listed = /<script type="application\/json" id="first-paint-files">([^<]*)<\/script>/.exec(html);
if (listed) referenced.push(JSON.parse(listed[1]).app.replace(/^\//, ''));
const firstVisit = ['index.html', ...new Set(referenced)];
const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
const lazy = assets.filter((f) => !firstVisit.includes(f) && /\.(js|css|json)$/.test(f));

let total = 0;
console.log('First visit (gzip):');
for (const file of firstVisit) {
  const size = gz(file);
  total += size;
  console.log(`  ${kib(size)} KiB  ${file}`);
}
console.log(`  ${kib(total)} KiB  total (budget ${BUDGET_KIB} KiB)`);
if (lazy.length > 0) {
  console.log('Loaded later, when needed (gzip):');
  for (const file of lazy) console.log(`  ${kib(gz(file))} KiB  ${file}`);
}

if (total > BUDGET_KIB * 1024) {
  console.error(`budget: first visit is ${(total / 1024).toFixed(1)} KiB, over the ${BUDGET_KIB} KiB budget.`);
  process.exit(1);
}
console.log('budget: within budget');
