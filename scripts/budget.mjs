#!/usr/bin/env node
// Measures what a first visit downloads: index.html and every script, style sheet and
// preloaded module it names, gzip-compressed (level 9, as static hosts serve them).
// Lazily loaded chunks (other languages) are listed apart; they do not count against the budget.
// So is the first screen built into index.html (docs/architecture.md, "First paint"), against a
// ceiling of its own: it is what a visitor sees first, not code that must arrive and run before
// anything shows, and it should not squeeze the budget of that code.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KIB = 110;
const FIRST_SCREEN_KIB = 4;
const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'index.html'))) {
  console.error('budget: dist/index.html is missing; run `npm run build` first.');
  process.exit(2);
}

const gzText = (text) => gzipSync(text, { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(7);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
// index.html counts without the markup drawn into its root; that markup is measured apart.
const shell = html.replace(/<div id="root">[\s\S]*<\/div>(\s*<noscript>)/, '<div id="root"></div>$1');
const firstScreen = gzText(html) - gzText(shell);
const gz = (file) => (file === 'index.html' ? gzText(shell) : gzText(readFileSync(join(dist, file))));
const referenced = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
// The app's own code has no script tag: an inline script fetches it, named in the page's list of
// files (docs/architecture.md, "First paint").
const listed = /<script type="application\/json" id="first-paint-files">([^<]*)<\/script>/.exec(html);
if (listed) referenced.push(JSON.parse(listed[1]).app.replace(/^\//, ''));
const firstVisit = ['index.html', ...new Set(referenced)];
const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
const lazy = assets.filter((f) => !firstVisit.includes(f) && /\.(js|css|json)$/.test(f));

let total = 0;
console.log('First visit (gzip; index.html without the first screen built into it):');
for (const file of firstVisit) {
  const size = gz(file);
  total += size;
  console.log(`  ${kib(size)} KiB  ${file}`);
}
console.log(`  ${kib(total)} KiB  total (budget ${BUDGET_KIB} KiB)`);
console.log(`  ${kib(firstScreen)} KiB  the first screen built into index.html (apart; at most ${FIRST_SCREEN_KIB} KiB)`);
if (lazy.length > 0) {
  console.log('Loaded later, when needed (gzip):');
  for (const file of lazy) console.log(`  ${kib(gz(file))} KiB  ${file}`);
}

if (firstScreen > FIRST_SCREEN_KIB * 1024) {
  console.error(`budget: the first screen built into index.html is ${(firstScreen / 1024).toFixed(1)} KiB, over its ${FIRST_SCREEN_KIB} KiB.`);
  process.exit(1);
}
if (total > BUDGET_KIB * 1024) {
  console.error(`budget: first visit is ${(total / 1024).toFixed(1)} KiB, over the ${BUDGET_KIB} KiB budget.`);
  process.exit(1);
}
console.log('budget: within budget');
