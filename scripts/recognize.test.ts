// @vitest-environment node
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/recognize';

/** Runs `npm run recognize`'s script as npm would, with every thread refusing the network. */
function recognize(files: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/recognize.ts', ...files], {
      env: { ...process.env, NODE_OPTIONS: `--import=./${FIXTURES}/no-network.mjs` },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run recognize', () => {
  it(
    'names the screen in a photo, gives a broken file its line too, prints only JSON lines, and uses no network',
    async () => {
      const photo = `${FIXTURES}/pin-entry.jpg`;
      const broken = `${FIXTURES}/not-a-picture.jpg`;
      const { code, stdout, stderr } = await recognize([photo, broken]);
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toHaveLength(2);
      const [found, refused] = lines;
      expect(Object.keys(found ?? {})).toEqual(['file', 'screen', 'confidence', 'ms']);
      expect(found).toMatchObject({ file: photo, screen: 'pin-entry' });
      expect(found?.confidence).toBeGreaterThan(0.3);
      expect(found?.confidence).toBeLessThanOrEqual(1);
      expect(typeof found?.ms).toBe('number');
      expect(Object.keys(refused ?? {})).toEqual(['file', 'screen', 'confidence', 'ms']);
      expect(refused).toMatchObject({ file: broken, screen: null, confidence: 0 });
      expect(stderr).toContain(`${broken}: not a readable image`);
      // The guard ran in the OCR worker too, and nothing tried to leave the machine.
      expect(stderr).toContain('no-network guard in the worker thread');
      expect(stderr).not.toContain('NETWORK ATTEMPT');
    },
    120_000,
  );
});
