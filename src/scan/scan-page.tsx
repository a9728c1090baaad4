import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ScreenId } from '../flow/types.ts';
import { i18n } from '../i18n/i18n.ts';
import { FALLBACK_LANGUAGE, SOURCE_LANGUAGE } from '../i18n/languages.ts';
import type { LocaleFile } from '../recognize/search.ts';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { outcomeOf } from './answer.ts';
import { canAffordLive, useCamera } from './camera.ts';
import type { PrepareFailure, Preparing, ScanFailure } from './protocol.ts';
import { ScanError, createWorkerScanner, type ScanDone, type Scanner } from './scanner.ts';
import { INITIAL_STATE, type Answer, type Kit, type Picture, type ScanState } from './scan-state.ts';
import { ScanView, type ScanActions } from './scan-view.tsx';
import './scan.css';
// This page's English, which the first visit leaves out.
import '../i18n/english-later.ts';

/**
 * Makes the page's scanner: the scan worker in the app; component tests read in place with a
 * fake OCR engine (`createLocalScanner`).
 */
export const ScannerContext = createContext<() => Scanner>(createWorkerScanner);

/** Between two live frames at least this long: about one a second. */
export const LIVE_INTERVAL_MS = 1000;

const kitOf = (progress: Preparing): Kit =>
  progress.phase === 'download' ? { state: 'downloading', received: progress.received, total: progress.total } : { state: 'starting' };

/**
 * At the real reader (`?view=scan`): a photo, the camera (one shot, or a frame a second on a
 * phone that can afford it) or a few typed characters, and the answer: which screen, what it
 * says, what to tap. All of it is read on the device, in the scan worker; nothing is sent.
 */
export function ScanPage() {
  const makeScanner = useContext(ScannerContext);
  const { language } = useVisitorT();
  const [state, setState] = useState<ScanState>(INITIAL_STATE);
  const [focusAnswer, setFocusAnswer] = useState(false);
  const scannerRef = useRef<Scanner | null>(null);
  const cam = useCamera();
  const [live] = useState(canAffordLive);
  const update = useCallback((change: (state: ScanState) => Partial<ScanState>) => setState((previous) => ({ ...previous, ...change(previous) })), []);

  // The scanner lives as long as the page; on leaving, its worker (and the engine) stop.
  useEffect(() => {
    const scanner = makeScanner();
    scannerRef.current = scanner;
    let live = true;
    void scanner.status().then((status) => {
      if (!live) return;
      const kit: Kit = !status.supported ? { state: 'failed', failure: 'no-support' } : status.kept ? { state: 'ready' } : { state: 'absent', bytes: status.downloadBytes };
      // A download already under way (a photo chosen at once) keeps its progress.
      update((previous) => (previous.kit.state === 'checking' ? { kit } : {}));
    });
    return () => {
      live = false;
      scannerRef.current = null;
      scanner.dispose();
    };
  }, [makeScanner, update]);

  const onProgress = useCallback(
    (progress: Preparing | 'reading') => {
      update(() => (progress === 'reading' ? { kit: { state: 'ready' } } : { kit: kitOf(progress) }));
    },
    [update],
  );

  /** Reads one picture; a new answer replaces the old (its picture let go). */
  const read = useCallback(
    async (source: Blob | ImageBitmap, quick: boolean): Promise<ScanDone | null> => {
      const scanner = scannerRef.current;
      if (scanner === null) return null;
      update(() => ({ work: { state: 'reading' } }));
      try {
        const done = await scanner.scan(source, { quick }, onProgress);
        update(() => ({ work: { state: 'idle' }, kit: { state: 'ready' } }));
        return done;
      } catch (error) {
        const failure = error instanceof ScanError ? error.failure : 'engine';
        // The text reader's own trouble is said where the reader is; the picture's, under it.
        if (isPrepareFailure(failure)) update(() => ({ work: { state: 'idle' }, kit: { state: 'failed', failure } }));
        else update(() => ({ work: { state: 'failed', failure } }));
        return null;
      }
    },
    [onProgress, update],
  );

  const show = useCallback(
    (done: ScanDone, source: 'photo' | 'camera') => {
      const answer: Answer = { source, outcome: outcomeOf(done.reading.match, done.reading.linesRead), reading: done.reading, picture: done.picture, chosen: null, query: '' };
      update(() => ({ answer }));
    },
    [update],
  );

  const choosePhoto = useCallback(
    async (file: File) => {
      setFocusAnswer(true);
      const done = await read(file, false);
      if (done) show(done, 'photo');
    },
    [read, show],
  );

  const take = useCallback(async () => {
    const frame = await cam.grab();
    if (frame === null) return;
    setFocusAnswer(true);
    const done = await read(frame, false);
    if (done) show(done, 'camera');
  }, [cam, read, show]);

  // Live: a frame about once a second while the camera is on and the page is seen. Only a sure
  // answer replaces the one shown, so the answer does not flicker while the phone moves.
  const cameraOn = cam.camera.state === 'on';
  const { grab } = cam;
  useEffect(() => {
    if (!live || !cameraOn) return undefined;
    let running = true;
    // Read through a function: the flag changes while a frame is being read.
    const isRunning = () => running;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = async () => {
      const started = performance.now();
      const frame = await grab();
      const scanner = scannerRef.current;
      if (!isRunning()) {
        frame?.close();
        return;
      }
      if (frame !== null && scanner !== null) {
        try {
          const done = await scanner.scan(frame, { quick: true }, onProgress);
          const outcome = outcomeOf(done.reading.match, done.reading.linesRead);
          if (isRunning() && outcome.kind === 'sure') {
            setFocusAnswer(false);
            show(done, 'camera');
          } else {
            closePicture(done.picture);
          }
        } catch (error) {
          const failure = error instanceof ScanError ? error.failure : 'engine';
          // The reader itself cannot run: say so, and stop asking (a bad frame is only skipped).
          if (isPrepareFailure(failure)) {
            update(() => ({ kit: { state: 'failed', failure } }));
            return;
          }
        }
      }
      if (isRunning()) timer = setTimeout(() => void next(), Math.max(0, LIVE_INTERVAL_MS - (performance.now() - started)));
    };
    timer = setTimeout(() => void next(), LIVE_INTERVAL_MS / 2);
    return () => {
      running = false;
      clearTimeout(timer);
    };
  }, [live, cameraOn, grab, onProgress, show, update]);

  // Typing: the same matcher, over the Japanese, its readings, English and the patient's language.
  const query = state.query;
  useEffect(() => {
    const scanner = scannerRef.current;
    if (scanner === null || query.trim() === '') return undefined;
    let current = true;
    const codes = [...new Set([FALLBACK_LANGUAGE, language])].filter((code) => code !== SOURCE_LANGUAGE);
    const languages = codes.flatMap((code) => {
      const file = i18n.getResourceBundle(code, 'translation') as LocaleFile | undefined;
      return file === undefined ? [] : [{ code, file }];
    });
    void scanner.typed(query, languages).then((match) => {
      if (!current) return;
      const typed: Answer = { source: 'typed', outcome: outcomeOf(match, 1), reading: null, picture: null, chosen: null, query };
      update(() => ({ typed }));
    });
    return () => {
      current = false;
    };
  }, [query, language, update]);

  // A picture no longer shown is let go (a bitmap holds its pixels until closed), and so is the
  // last one when the page is left.
  const shownPicture = useRef<Picture | null>(null);
  useEffect(() => {
    const picture = state.answer?.picture ?? null;
    if (shownPicture.current !== picture) closePicture(shownPicture.current);
    shownPicture.current = picture;
  }, [state.answer]);
  useEffect(() => () => closePicture(shownPicture.current), []);

  const actions: ScanActions = {
    choosePhoto: (file) => void choosePhoto(file),
    startCamera: () => void cam.start(),
    stopCamera: cam.stop,
    take: () => void take(),
    getKit: () => {
      const scanner = scannerRef.current;
      if (scanner === null) return;
      update(() => ({ work: { state: 'idle' } }));
      scanner.prepare(onProgress).then(
        () => update(() => ({ kit: { state: 'ready' } })),
        (error: unknown) => {
          const failure = error instanceof ScanError ? error.failure : 'start';
          update(() => ({ kit: { state: 'failed', failure: isPrepareFailure(failure) ? failure : 'start' } }));
        },
      );
    },
    pick: (source, screen: ScreenId) => {
      setFocusAnswer(true);
      update((previous) => {
        const answer = source === 'typed' ? previous.typed : previous.answer;
        if (answer === null) return {};
        return source === 'typed' ? { typed: { ...answer, chosen: screen } } : { answer: { ...answer, chosen: screen } };
      });
    },
    again: () => {
      update(() => ({ answer: null, work: { state: 'idle' } }));
      document.getElementById('scan-title')?.focus();
    },
    type: (text) => update(() => ({ query: text, ...(text.trim() === '' ? { typed: null } : {}) })),
    rehearse: (screen) => {
      useFlowStore.getState().send({ type: 'LINK_OPENED', screen });
      useUiStore.getState().setView('simulator');
      window.scrollTo(0, 0);
    },
  };

  return <ScanView state={{ ...state, camera: cam.camera, live }} actions={actions} videoRef={cam.videoRef} focusAnswer={focusAnswer} />;
}

const PREPARE_FAILURES: readonly string[] = ['network', 'checksum', 'refused', 'no-support', 'start'] satisfies readonly PrepareFailure[];
const isPrepareFailure = (failure: ScanFailure | PrepareFailure): failure is PrepareFailure => PREPARE_FAILURES.includes(failure);

function closePicture(picture: Picture | null): void {
  if (picture !== null && 'close' in picture && typeof picture.close === 'function') picture.close();
}
