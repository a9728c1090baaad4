// `npm run locales`: completeness of every language measured against the source keys (ja.json),
// with values identical to English and placeholder problems. `-- --write` stores each measured
// completeness in languages.json, which the translation gate then holds the files to.
import { readFileSync, writeFileSync } from 'node:fs';
import { coverage, flatten, pluralCategories } from '../src/i18n/locale-check.ts';

const dir = new URL('../locales/', import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown;
interface ManifestEntry {
  name: string;
  english: string;
  status: string;
  completeness: number;
  threshold: number;
}
const manifest = read('languages.json') as Record<string, ManifestEntry>;
const source = flatten(read('ja.json')).strings;
const english = flatten(read('en.json')).strings;

let failing = 0;
console.log('language        status    complete  same-as-en  placeholders  unknown keys');
for (const [code, entry] of Object.entries(manifest)) {
  if (code === 'ja') continue;
  let strings: ReadonlyMap<string, string>;
  try {
    strings = flatten(read(`${code}.json`)).strings;
  } catch (error) {
    console.log(`${code.padEnd(15)} cannot read locales/${code}.json: ${error instanceof Error ? error.message : String(error)}`);
    failing += 1;
    continue;
  }
  const result = coverage(source, strings, english, code, pluralCategories(code));
  if (result.percent < entry.threshold) failing += 1;
  entry.completeness = result.percent;
  console.log(
    `${code.padEnd(15)} ${entry.status.padEnd(9)} ${`${String(result.percent)}%`.padStart(8)}  ${String(result.sameAsEnglish.length).padStart(10)}  ${String(result.placeholderProblems.length).padStart(12)}  ${String(result.unknown.length).padStart(12)}`,
  );
  const details: [string, readonly string[]][] = [
    ['missing', result.missing],
    ['same as English', result.sameAsEnglish],
    ['placeholder problems', result.placeholderProblems],
    ['unknown keys', result.unknown],
  ];
  for (const [label, keys] of details) {
    if (keys.length > 0) console.log(`    ${label}: ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}`);
  }
}

if (process.argv.includes('--write')) {
  writeFileSync(new URL('languages.json', dir), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log('wrote measured completeness to locales/languages.json');
}
if (failing > 0) {
  console.error(`${String(failing)} language(s) below their threshold or unreadable`);
  process.exit(1);
}
