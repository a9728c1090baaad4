/**
 * The scan drawn still, in the state that shows one `ui.scan.*` string, for the translators'
 * workbench: the text reader downloading, the camera refused, an answer with its photo (a blank
 * picture with two lines placed on it), "not sure" with its three drawings, and so on.
 */
import type { ScreenId } from '../flow/types.ts';
import type { Reading } from './reading.ts';
import { INITIAL_STATE, type Answer, type ScanState } from './scan-state.ts';
import { ScanView, type ScanActions } from './scan-view.tsx';
import { ScanLink } from '../components/scan-link.tsx';
import './scan.css';
import '../i18n/english-later.ts';

const nothing = () => undefined;
const ACTIONS: ScanActions = {
  choosePhoto: nothing,
  startCamera: nothing,
  stopCamera: nothing,
  take: nothing,
  getKit: nothing,
  pick: nothing,
  again: nothing,
  type: nothing,
  rehearse: nothing,
};

const SAMPLE_SCREEN: ScreenId = 'pin-entry';
/** A photo of the PIN screen, 600 × 800, with its title and a button found on it. */
const SAMPLE_READING: Reading = {
  match: { best: { screen: SAMPLE_SCREEN, score: 0.8, confidence: 0.8, found: [] }, runnersUp: [] },
  placed: {
    [SAMPLE_SCREEN]: [
      { key: 'device.pin-entry.title', box: { x: 60, y: 90, w: 420, h: 110 }, quality: 1 },
      { key: 'device.pin-entry.clear', box: { x: 250, y: 640, w: 90, h: 50 }, quality: 1 },
    ],
  },
  linesRead: 2,
  width: 600,
  height: 800,
};

const answer = (outcome: Answer['outcome'], source: Answer['source'] = 'photo', query = ''): Answer => ({
  source,
  outcome,
  reading: source === 'typed' ? null : SAMPLE_READING,
  picture: null,
  chosen: null,
  query,
});

/** The state that shows the string `key` (a `ui.scan.*` key); the page as it opens for the others. */
export function previewState(key: string): ScanState {
  const name = key.replace(/^ui\.scan\./, '');
  const start: ScanState = { ...INITIAL_STATE, kit: { state: 'absent', bytes: 4_887_857 } };
  if (name === 'kit.kept') return { ...start, kit: { state: 'ready' } };
  if (name === 'kit.downloading') return { ...start, kit: { state: 'downloading', received: 1_800_000, total: 4_887_857 } };
  if (name === 'kit.starting') return { ...start, kit: { state: 'starting' } };
  if (name === 'kit.failed') return { ...start, kit: { state: 'failed', failure: 'network' } };
  if (name === 'kit.noSupport') return { ...start, kit: { state: 'failed', failure: 'no-support' } };
  if (name === 'kit.engine') return { ...start, kit: { state: 'failed', failure: 'start' } };
  if (name === 'reading') return { ...start, kit: { state: 'ready' }, work: { state: 'reading' } };
  if (name === 'cameraPaused') return { ...start, camera: { state: 'paused' } };
  if (name === 'cameraDenied') return { ...start, camera: { state: 'failed', failure: 'denied' } };
  if (name === 'cameraNone') return { ...start, camera: { state: 'failed', failure: 'none' } };
  if (name === 'cameraFailed') return { ...start, camera: { state: 'failed', failure: 'failed' } };
  if (name.startsWith('camera') && name !== 'cameraStart') return { ...start, camera: { state: 'on' }, live: name === 'cameraLive' };
  if (name.startsWith('error.')) {
    const failure = ({ 'error.unsupported': 'unsupported', 'error.heic': 'heic', 'error.damaged': 'damaged' } as const)[name] ?? 'engine';
    return { ...start, work: { state: 'failed', failure } };
  }
  if (name.startsWith('answer.')) return { ...start, answer: answer({ kind: 'sure', screen: SAMPLE_SCREEN }) };
  if (name.startsWith('unsure.')) return { ...start, answer: answer({ kind: 'unsure', screens: ['pin-entry', 'phone-android-pin', 'pin-wrong'] }) };
  if (name === 'noText.title') return { ...start, answer: answer({ kind: 'no-text' }) };
  if (name.startsWith('none.') || name === 'tips') return { ...start, answer: answer({ kind: 'none' }) };
  if (name === 'type.none') return { ...start, query: 'ぬぬぬ', typed: answer({ kind: 'none' }, 'typed', 'ぬぬぬ') };
  return start;
}

export function ScanPreview({ uiKey }: { readonly uiKey: string }) {
  if (uiKey === 'ui.scan.link') return <ScanLink place="page" />;
  return <ScanView state={previewState(uiKey)} actions={ACTIONS} />;
}
