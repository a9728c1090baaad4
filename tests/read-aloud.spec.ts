import { expect, test, type Page } from '@playwright/test';
import { TerminalPage } from './terminal-page.ts';

/**
 * The speaker buttons in the built page. What a machine's browser can say differs (Debian's
 * headless Chromium has no voice at all: docs/counter.md), so the page's speech is replaced
 * before it opens by one with a known voice list, which arrives late as Chromium's does, and
 * which records what it was asked to read.
 */
async function withSpeech(page: Page, voices: readonly { name: string; lang: string }[]): Promise<void> {
  await page.addInitScript((list) => {
    const spoken: { text: string; voice: string | undefined }[] = [];
    let arrived: typeof list = [];
    let current: EventTarget | null = null;
    const synthesis = Object.assign(new EventTarget(), {
      getVoices: () => arrived.map((voice) => ({ ...voice, localService: true, default: false, voiceURI: voice.name })),
      speak: (utterance: { text: string; voice: { name: string } | null } & EventTarget) => {
        spoken.push({ text: utterance.text, voice: utterance.voice?.name });
        current = utterance;
      },
      cancel: () => {
        current?.dispatchEvent(new Event('error'));
        current = null;
      },
    });
    // The browser's own utterance takes only its own voices: a plain one takes these.
    class Utterance extends EventTarget {
      lang = '';
      voice: { name: string } | null = null;
      constructor(readonly text: string) {
        super();
      }
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.assign(window, {
      testSpeech: {
        spoken,
        arrive: () => {
          arrived = list;
          synthesis.dispatchEvent(new Event('voiceschanged'));
        },
      },
    });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { testSpeech: { spoken: unknown[] } }).testSpeech.spoken);

test('a prompt is read in Japanese with the Japanese voice, stops when pressed again, and a language without a voice says so', async ({ page }) => {
  await withSpeech(page, [{ name: 'Kyoko', lang: 'ja-JP' }]);
  const reader = new TerminalPage(page);
  await reader.open('screen=idle&lang=en');
  await reader.openMore();
  await page.evaluate(() => (window as unknown as { testSpeech: { arrive: () => void } }).testSpeech.arrive());
  const prompt = page.getByRole('region', { name: 'What this screen says' }).getByRole('listitem').first();

  await prompt.getByRole('button', { name: 'Read aloud in Japanese' }).click();
  expect(await spoken(page)).toEqual([{ text: 'マイナンバーカードを置いてください', voice: 'Kyoko' }]);
  await prompt.getByRole('button', { name: 'Stop reading aloud' }).click();
  await expect(prompt.getByRole('button', { name: 'Read aloud in Japanese' })).toBeVisible();

  await prompt.getByRole('button', { name: 'Read aloud in English' }).click();
  await expect(prompt.getByRole('status').filter({ hasText: /./ })).toHaveText('No English voice on this device. Please read the text.');
  await expect(prompt.getByText('Please place your My Number Card')).toBeVisible();
  expect(await spoken(page)).toHaveLength(1);
});

test('where the browser cannot speak, there are no speaker buttons and the page says so once', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined });
  });
  const reader = new TerminalPage(page);
  await reader.open('screen=idle&lang=en');
  await reader.openMore();
  const panel = page.getByRole('region', { name: 'What this screen says' });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  await expect(reader.notices).toContainText('This browser cannot read text aloud, so there are no speaker buttons.');
  await expect(panel.getByRole('button')).toHaveCount(0);
});
