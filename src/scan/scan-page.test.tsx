import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import type { OcrEngine, OcrLine, RasterImage } from '../recognize/ocr.ts';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { ScanError, createLocalScanner, type LocalScannerOptions } from './scanner.ts';
import { ScanPage, ScannerContext } from './scan-page.tsx';
import type { Preparing } from './protocol.ts';

/**
 * The scan page's answers, read in place: the real preparation, matcher and placing of lines,
 * with a fake OCR engine that "reads" the lines given (boxes in the picture's pixels).
 */
const line = (text: string, y: number, x = 40, w = 320, h = 40): OcrLine => ({ text, confidence: 0.9, box: { x, y, w, h } });

/** A grey picture of 400 × 600: nothing for straightening to turn. */
const PICTURE: RasterImage = { width: 400, height: 600, data: new Uint8ClampedArray(400 * 600 * 4).fill(128) };

const engineReading = (lines: readonly OcrLine[]): OcrEngine => ({ recognize: () => Promise.resolve(lines), terminate: () => Promise.resolve() });

const PIN_SCREEN = [line('暗証 番号 ( 4 桁 ) を 入力 し て くだ さい', 60), line('訂正', 500, 100, 80), line('確定', 500, 250, 80), line('戻る', 560, 150, 100)];

function openScan(options: Partial<LocalScannerOptions> & { readonly lines?: readonly OcrLine[] } = {}) {
  const { lines = PIN_SCREEN, ...rest } = options;
  const scanner = createLocalScanner({ engine: engineReading(lines), decode: () => Promise.resolve(PICTURE), ...rest });
  render(
    <I18nextProvider i18n={i18n}>
      <ScannerContext value={() => scanner}>
        <ScanPage />
      </ScannerContext>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

const photo = () => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'reader.jpg', { type: 'image/jpeg' });
const choosePhoto = async (user: ReturnType<typeof userEvent.setup>) => user.upload(screen.getByLabelText('Choose a photo'), photo());

beforeEach(() => {
  // jsdom draws nothing: the photo's canvas stays blank (the lines over it are what is checked).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('the scan page answers a photo of the reader', () => {
  it("names the screen and its step, lays each line's translation on the photo, says what to do and offers to practise it", async () => {
    const user = openScan();
    await choosePhoto(user);
    const answer = (await screen.findByRole('heading', { level: 3, name: 'This is: PIN entry' })).closest('section');
    if (!answer) throw new Error('no answer');
    expect(within(answer).getByText('Step: PIN')).toBeInTheDocument();
    // The photo, with the translation of the lines found on it, where they are.
    const figure = within(answer).getByRole('figure', { name: 'Your photo, with the translation' });
    const labels = within(figure).getAllByRole('listitem').map((item) => item.textContent);
    expect(labels).toEqual(['Enter your PIN (4 digits)', 'Clear', 'OK', 'Back']);
    // The title's label sits right under its box, in percent of the picture (60 + 40 of 600).
    const title = within(figure).getByText('Enter your PIN (4 digits)');
    expect(title).toHaveAttribute('lang', 'en');
    expect(title.style.top).toBe('16.67%');
    // What the screen says, what to do (the guide's sentence), and its buttons with their meanings.
    expect(within(answer).getByText('暗証番号（4桁）を入力してください')).toHaveAttribute('lang', 'ja');
    expect(within(answer).getByText('Type the 4-digit PIN on the keypad, then tap 確定 (OK).')).toBeInTheDocument();
    const buttons = within(answer).getByRole('heading', { name: 'Buttons on this screen' }).nextElementSibling as HTMLElement;
    expect(within(buttons).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['訂正Clear', '確定OK', '戻るBack']);
    // Practise that very screen: in place, held, in the patient's language.
    const practise = within(answer).getByRole('link', { name: 'Practise this screen' });
    expect(practise).toHaveAttribute('href', '?screen=pin-entry&lang=en');
    await user.click(practise);
    expect(useUiStore.getState().view).toBe('simulator');
    expect(useFlowStore.getState().flow.screen).toBe('pin-entry');
  });

  it('is not sure between two error screens that differ by a word, and lets the patient choose among three drawings', async () => {
    const user = openScan({ lines: [line('マイナンバーカードが置かれているか確認してください。', 100), line('カードをお取りください', 300)] });
    await choosePhoto(user);
    const unsure = (await screen.findByRole('heading', { level: 3, name: "I'm not sure which screen this is." })).closest('section');
    if (!unsure) throw new Error('no answer');
    const choices = within(unsure).getAllByRole('button');
    expect(choices.map((button) => button.textContent)).toEqual(['Not a My Number Card (error 002)', 'Card cannot be read (error 001)', 'Check-in complete']);
    // Each with its small drawing, which screen readers skip.
    expect(unsure.querySelectorAll('.screen-choice-thumb[aria-hidden="true"] .terminal')).toHaveLength(3);
    expect(within(unsure).getByText(/hold the phone steady/)).toBeInTheDocument();
    await user.click(within(unsure).getByRole('button', { name: 'Card cannot be read (error 001)' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'This is: Card cannot be read (error 001)' })).toHaveFocus();
  });

  it('says so when the photo shows no reader screen (a ticket machine)', async () => {
    const user = openScan({ lines: [line('受付番号をお取りください', 60), line('初診の方', 300), line('再診の方', 400)] });
    await choosePhoto(user);
    expect(await screen.findByRole('heading', { level: 3, name: "This doesn't look like the card reader's screen." })).toHaveFocus();
    expect(screen.getByText(/knows only the face-recognition card reader/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Practise this screen' })).toBeNull();
  });

  it('says when no text could be read at all', async () => {
    const user = openScan({ lines: [] });
    await choosePhoto(user);
    expect(await screen.findByRole('heading', { level: 3, name: 'No text could be read in this picture.' })).toBeInTheDocument();
    expect(screen.getByText(/hold the phone steady/)).toBeInTheDocument();
  });
});

describe('typing instead', () => {
  it('finds the screen from a few characters, in Japanese, romaji or English, with the same answer', async () => {
    const user = openScan();
    const box = screen.getByRole('searchbox', { name: 'Or type what you see on the screen' });
    await user.type(box, '006');
    expect(await screen.findByRole('heading', { level: 3, name: 'This is: Certificate not valid (error 006)' })).toBeInTheDocument();
    // Said once for screen readers, as results change under the typing; focus stays in the box.
    const search = screen.getByRole('region', { name: 'Or type what you see on the screen' });
    expect(within(search).getByRole('status').textContent).toBe('This is: Certificate not valid (error 006)');
    expect(box).toHaveFocus();

    // A sentence is pasted, as a patient pastes what a friend sent: typed, each of its keys would
    // search the catalog again, which is slow in this test's DOM when the machine is busy.
    await user.clear(box);
    await user.paste('anshou bangou ga chigaimasu');
    expect(await screen.findByRole('heading', { level: 3, name: 'This is: Wrong PIN' })).toBeInTheDocument();

    await user.clear(box);
    await user.type(box, 'ぬぬぬ');
    expect(await screen.findByText('No screen matches “ぬぬぬ”.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });
});

describe('what goes wrong is said, and the page stays usable', () => {
  it.each([
    ['unsupported', 'This file is not a picture Uketsuke can open. Choose a photo (JPEG or PNG) or a screenshot.'],
    ['heic', 'This photo is in HEIC format, which this browser cannot open. Take a screenshot of it and choose that, or set the camera to "Most Compatible".'],
    ['damaged', 'This picture seems to be damaged and could not be opened. Try another photo.'],
  ] as const)('a %s file', async (failure, message) => {
    let decoded = 0;
    const user = openScan({
      decode: () => {
        decoded += 1;
        return decoded === 1 ? Promise.reject(new ScanError(failure)) : Promise.resolve(PICTURE);
      },
    });
    await choosePhoto(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    // Another photo works.
    await choosePhoto(user);
    expect(await screen.findByRole('heading', { level: 3, name: 'This is: PIN entry' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the download of the text reader with its size, and a download that fails halfway can be tried again', async () => {
    let tries = 0;
    let finish: () => void = () => undefined;
    const prepare = (onProgress: (progress: Preparing) => void) => {
      tries += 1;
      onProgress({ phase: 'download', received: 1_200_000, total: 4_887_857 });
      if (tries === 1) return Promise.reject(new ScanError('network'));
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    };
    const user = openScan({ status: { supported: true, kept: false, downloadBytes: 4_887_857 }, prepare });
    expect(await screen.findByText(/downloads its reader of Japanese text once \(4\.9 MB\)/)).toBeInTheDocument();
    await choosePhoto(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('The download stopped before it was complete. Nothing half-downloaded was kept.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const progress = await screen.findByRole('progressbar', { name: 'Downloading the text reader: 1.2 MB of 4.9 MB' });
    expect(progress).toHaveAttribute('value', '1200000');
    expect(progress).toHaveAttribute('max', '4887857');
    finish();
    expect(await screen.findByText('The reader of Japanese text is on this phone: it works offline too.')).toBeInTheDocument();
    await choosePhoto(user);
    expect(await screen.findByRole('heading', { level: 3, name: 'This is: PIN entry' })).toBeInTheDocument();
  });

  it('says when this browser cannot read photos (no WebAssembly), and typing still works', async () => {
    openScan({ status: { supported: false, kept: false, downloadBytes: 0 } });
    expect(await screen.findByRole('alert')).toHaveTextContent('This browser cannot read photos here. You can type what you see below instead.');
    expect(screen.getByRole('searchbox')).toBeEnabled();
  });
});

describe('the camera', () => {
  const mediaDevices = (getUserMedia: () => Promise<MediaStream>) => {
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  };

  it('offers a photo instead when the camera is refused', async () => {
    mediaDevices(() => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));
    const user = openScan();
    await user.click(screen.getByRole('button', { name: 'Use the camera' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Uketsuke may not use the camera. You can choose a photo instead, or allow the camera in your browser's settings.");
    await choosePhoto(user);
    expect(await screen.findByRole('heading', { level: 3, name: 'This is: PIN entry' })).toBeInTheDocument();
  });

  it('says when the device has no camera', async () => {
    mediaDevices(() => Promise.reject(new DOMException('Requested device not found', 'NotFoundError')));
    const user = openScan();
    await user.click(screen.getByRole('button', { name: 'Use the camera' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No camera was found on this device. You can choose a photo instead.');
  });
});
