import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { MAX_IMPORT_BYTES, readImport } from './import-reader.ts';

const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);
const file = (name: string, bytes: Uint8Array<ArrayBuffer> | string): File =>
  new File([typeof bytes === 'string' ? utf8(bytes) : bytes], name, { type: 'application/json' });
const shipped = (code: string): string => readFileSync(`locales/${code}.json`, 'utf8');

describe('reading a file to import', () => {
  it('refuses JSON nested 10,000 deep with a reason, instead of overflowing the stack', async () => {
    const deep = `${'{"a":'.repeat(10_000)}"x"${'}'.repeat(10_000)}`;
    await expect(readImport(file('vi.json', deep), 'vi')).resolves.toMatchObject({ ok: false, problem: { kind: 'depth' } });
  });

  it('refuses a Shift_JIS file as not UTF-8, rather than importing mojibake', async () => {
    // {"ui":{"app":{"tagline":"練習"}}} saved as Shift_JIS: 練 = 97 FB, 習 = 8F 4B.
    const before = utf8('{"ui":{"app":{"tagline":"');
    const after = utf8('"}}}');
    const bytes = new Uint8Array([...before, 0x97, 0xfb, 0x8f, 0x4b, ...after]);
    await expect(readImport(file('ja-x-easy.json', bytes), 'ja-x-easy')).resolves.toMatchObject({ ok: false, problem: { kind: 'encoding' } });
  });

  it('refuses a Latin-1 file as not UTF-8', async () => {
    const bytes = new Uint8Array([...utf8('{"ui":{"app":{"tagline":"Pr'), 0xe9, ...utf8('parez"}}}')]);
    await expect(readImport(file('es.json', bytes), 'es')).resolves.toMatchObject({ ok: false, problem: { kind: 'encoding' } });
  });

  it('reads UTF-8 with or without a byte-order mark', async () => {
    const text = '{"ui":{"app":{"tagline":"Practique"}}}';
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    await expect(readImport(file('es.json', bom), 'es')).resolves.toMatchObject({ ok: true });
    await expect(readImport(file('es.json', text), 'es')).resolves.toMatchObject({ ok: true });
  });

  it('refuses a file larger than any locale file before reading a byte of it', async () => {
    const big = file('vi.json', new Uint8Array(MAX_IMPORT_BYTES + 1));
    const read = vi.spyOn(big, 'arrayBuffer');
    await expect(readImport(big, 'vi')).resolves.toEqual({ ok: false, file: 'vi.json', problem: { kind: 'size', size: MAX_IMPORT_BYTES + 1 } });
    expect(read).not.toHaveBeenCalled();
    expect(MAX_IMPORT_BYTES).toBeGreaterThan(10 * Buffer.byteLength(shipped('my')));
  });

  it('says a Korean file brought to Vietnamese is for another language, by its name and by its script', async () => {
    const result = await readImport(file('ko.json', shipped('ko')), 'vi');
    expect(result).toMatchObject({ ok: true, mismatch: { named: 'ko', script: { found: 'Hang', expected: 'Latn' } } });
  });

  it('says so by the script alone when the name gives nothing away', async () => {
    const result = await readImport(file('translations.json', shipped('th')), 'vi');
    expect(result).toMatchObject({ ok: true, mismatch: { named: null, script: { found: 'Thai', expected: 'Latn' } } });
  });

  it('says so by the name alone between languages of one script', async () => {
    const result = await readImport(file('es.json', shipped('es')), 'pt-BR');
    expect(result).toMatchObject({ ok: true, mismatch: { named: 'es', script: null } });
  });

  it('finds nothing amiss in a language’s own file', async () => {
    for (const code of ['vi', 'ko', 'my', 'zh-Hant', 'ja-x-easy', 'mn']) {
      await expect(readImport(file(`${code}.json`, shipped(code)), code)).resolves.toMatchObject({ ok: true, mismatch: null });
    }
  });
});
