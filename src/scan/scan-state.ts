/**
 * The scan page's state, as data: the text reader (downloaded? ready?), the camera, the reading
 * under way, and the answers. The page (`scan-page.tsx`) changes it as things happen; the view
 * (`scan-view.tsx`) draws any state, so the workbench's preview draws each string in a state
 * that shows it.
 */
import type { ScreenId } from '../flow/types.ts';
import type { Outcome } from './answer.ts';
import type { CameraState } from './camera.ts';
import type { PrepareFailure, ScanFailure } from './protocol.ts';
import type { Reading } from './reading.ts';

/** The text reader (OCR model and engine) on this device. */
export type Kit =
  | { readonly state: 'checking' }
  /** Not downloaded yet: a first use downloads `bytes`. */
  | { readonly state: 'absent'; readonly bytes: number }
  | { readonly state: 'downloading'; readonly received: number; readonly total: number }
  | { readonly state: 'starting' }
  /** Kept on the device (and maybe started): photos are read without any download. */
  | { readonly state: 'ready' }
  | { readonly state: 'failed'; readonly failure: PrepareFailure };

export type Work = { readonly state: 'idle' } | { readonly state: 'reading' } | { readonly state: 'failed'; readonly failure: ScanFailure | PrepareFailure };

/** A picture as read, to draw under its lines. */
export type Picture = CanvasImageSource & { readonly width: number; readonly height: number };

export interface Answer {
  readonly source: 'photo' | 'camera' | 'typed';
  readonly outcome: Outcome;
  /** What was read (lines placed on the picture); null for typed text. */
  readonly reading: Reading | null;
  readonly picture: Picture | null;
  /** The screen the patient picked from "not sure". */
  readonly chosen: ScreenId | null;
  /** What was typed (typed answers). */
  readonly query: string;
}

export interface ScanState {
  readonly kit: Kit;
  readonly camera: CameraState;
  /** Read a frame about once a second while the camera is on (a phone that can afford it). */
  readonly live: boolean;
  readonly work: Work;
  /** The answer about a photo or the camera's picture. */
  readonly answer: Answer | null;
  readonly query: string;
  /** The answer about what was typed. */
  readonly typed: Answer | null;
}

export const INITIAL_STATE: ScanState = {
  kit: { state: 'checking' },
  camera: { state: 'off' },
  live: false,
  work: { state: 'idle' },
  answer: null,
  query: '',
  typed: null,
};

/** The screen an answer names: the sure one, or the one picked from "not sure". */
export function shownScreen(answer: Answer): ScreenId | null {
  if (answer.chosen !== null) return answer.chosen;
  return answer.outcome.kind === 'sure' ? answer.outcome.screen : null;
}

/** "4.9 MB": sizes the way phones show them (decimal megabytes), in the visitor's own digits and unit. */
export function formatBytes(bytes: number, language: string): string {
  const options = { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1, minimumFractionDigits: 1 } as const;
  try {
    return new Intl.NumberFormat(language, options).format(bytes / 1_000_000);
  } catch {
    // A pseudo-locale (x-pseudo) is no locale Intl knows.
    return new Intl.NumberFormat('en', options).format(bytes / 1_000_000);
  }
}
