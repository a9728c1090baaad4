#!/usr/bin/env node
// Measures what a first visit downloads: index.html and every script, style sheet and
// preloaded module it names, gzip-compressed (level 9, as static hosts serve them).
// Lazily loaded chunks (other languages) are listed apart; they do not count against the budget.
// The scan's text reader (its worker, Tesseract's WebAssembly and JavaScript, the Japanese model)
// is reported on its own: it is downloaded only when a patient first reads a photo.
// Three budgets: the scripts (what the phone must fetch, parse and run before the app answers
// a tap), the page and style sheet, and the first screen built into index.html (docs/architecture.md,
// "First paint"), which is what a visitor sees first, not code that must run before anything shows.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KIB = { script: 110, page: 24 };
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
/** The scan worker and what it fetches: its chunk, the cores' JavaScript and WebAssembly, the model. */
const isOcr = (file) => /^assets\/(scan-worker-|tesseract-core-|jpn\.traineddata-)/.test(file);
const ocr = assets.filter(isOcr);
const lazy = assets.filter((f) => !firstVisit.includes(f) && !isOcr(f) && /\.(js|css|json)$/.test(f));

const totals = { script: 0, page: 0 };
console.log('First visit (gzip; index.html without the first screen built into it):');
for (const file of firstVisit) {
  const size = gz(file);
  totals[file.endsWith('.js') ? 'script' : 'page'] += size;
  console.log(`  ${kib(size)} KiB  ${file}`);
}
console.log(`  ${kib(totals.script)} KiB  scripts (budget ${BUDGET_KIB.script} KiB)`);
console.log(`  ${kib(totals.page)} KiB  page and styles (budget ${BUDGET_KIB.page} KiB)`);
console.log(`  ${kib(firstScreen)} KiB  the first screen built into index.html (apart; at most ${FIRST_SCREEN_KIB} KiB)`);
console.log(`  ${kib(totals.script + totals.page + firstScreen)} KiB  in all`);
if (lazy.length > 0) {
  console.log('Loaded later, when needed (gzip):');
  for (const file of lazy) console.log(`  ${kib(gz(file))} KiB  ${file}`);
}

if (ocr.length > 0) {
  // The model is gzip already (sent as it is); the WebAssembly shrinks where the host compresses it.
  const raw = (file) => readFileSync(join(dist, file)).length;
  console.log('The scan\'s text reader, downloaded on first use (file size; gzip where the host compresses it):');
  for (const file of ocr) console.log(`  ${kib(raw(file))} KiB  ${file}${file.endsWith('.bin') ? '' : ` (gzip ${kib(gz(file)).trim()} KiB)`}`);
  // One core of the two (SIMD, or plain where WebAssembly lacks SIMD): they are the same size.
  const pick = (pattern) => ocr.find((file) => pattern.test(file));
  const firstUse = [pick(/scan-worker-/), pick(/tesseract-core-simd-lstm-.*\.js$/), pick(/tesseract-core-simd-lstm-.*\.wasm$/), pick(/jpn\.traineddata-/)].filter(Boolean);
  const sum = (size) => firstUse.reduce((total, file) => total + size(file), 0);
  console.log(`  ${kib(sum(raw))} KiB  a first use downloads (worker, one core, the model); ${kib(sum((file) => (file.endsWith('.bin') ? raw(file) : gz(file)))).trim()} KiB where the host compresses`);
}

const problems = Object.entries(totals)
  .filter(([part, bytes]) => bytes > BUDGET_KIB[part] * 1024)
  .map(([part, bytes]) => `the first visit's ${part === 'script' ? 'scripts are' : 'page and styles are'} ${(bytes / 1024).toFixed(1)} KiB, over the ${BUDGET_KIB[part]} KiB budget`);
if (firstScreen > FIRST_SCREEN_KIB * 1024) problems.push(`the first screen built into index.html is ${(firstScreen / 1024).toFixed(1)} KiB, over its ${FIRST_SCREEN_KIB} KiB`);
for (const problem of problems) console.error(`budget: ${problem}.`);
if (problems.length > 0) process.exit(1);
console.log('budget: within budget');
