import { useEffect, useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { ScreenId } from '../flow/types.ts';
import type { DeviceKey } from '../i18n/keys.ts';
import { describeScreen } from '../screens/registry.ts';
import type { TextPart } from '../screens/screen-view.ts';
import { SCREEN_STEPS } from '../screens/steps.ts';
import { TranslatedText, useTranslate } from '../overlay/translated-text.tsx';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { useLinePair } from '../overlay/line-pair.ts';
import { rehearseSearch } from '../store/view-links.ts';
import { seededFlow } from './answer.ts';
import { FilePicker } from '../components/file-picker.tsx';
import { ScreenChoice } from '../components/screen-choice.tsx';
import type { CameraState } from './camera.ts';
import type { PlacedLine } from './line-map.ts';
import { formatBytes, shownScreen, type Answer, type Kit, type Picture, type ScanState, type Work } from './scan-state.ts';

export interface ScanActions {
  readonly choosePhoto: (file: File) => void;
  readonly startCamera: () => void;
  readonly stopCamera: () => void;
  /** Read what the camera sees now (one shot). */
  readonly take: () => void;
  /** Download and start the text reader now (or again, after a failure). */
  readonly getKit: () => void;
  readonly pick: (source: Answer['source'], screen: ScreenId) => void;
  readonly again: () => void;
  readonly type: (query: string) => void;
  /** Opens the practice at a screen, in place. */
  readonly rehearse: (screen: ScreenId) => void;
}

export interface ScanViewProps {
  readonly state: ScanState;
  readonly actions: ScanActions;
  readonly videoRef?: RefObject<HTMLVideoElement | null>;
  /** Move focus to a new photo answer's heading (not while typing, not for each live frame). */
  readonly focusAnswer?: boolean;
}

/**
 * The scan page, drawn from its state: at the real reader, a photo or the camera (or typed
 * characters) in, and the answer out, in the patient's language. Everything it says is in
 * `ui.scan.*`, the screens' names, the guide's sentences and the reader's own Japanese.
 */
export function ScanView({ state, actions, videoRef, focusAnswer = false }: ScanViewProps) {
  const { t, language, dir } = useVisitorT();
  const busy = state.work.state === 'reading';
  return (
    <article className="scan" lang={language} dir={dir} aria-labelledby="scan-title">
      <div className="scan-head">
        <h2 id="scan-title" tabIndex={-1}>
          {t('ui.scan.title')}
        </h2>
        <p>{t('ui.scan.intro')}</p>
        <p className="scan-privacy">
          <span className="scan-privacy-mark" aria-hidden="true">
            🔒{' '}
          </span>
          {t('ui.scan.privacy')}
        </p>
      </div>
      <div className="scan-inputs">
        {state.camera.state === 'on' || state.camera.state === 'asking' ? null : (
          <button type="button" className="scan-input primary" onClick={actions.startCamera} disabled={busy}>
            {t('ui.scan.cameraStart')}
          </button>
        )}
        <FilePicker className="scan-input" accept="image/*" disabled={busy} onFile={actions.choosePhoto}>
          {t('ui.scan.photoChoose')}
        </FilePicker>
      </div>
      <p className="scan-hint">{t('ui.scan.photoHint')}</p>
      <KitStatus kit={state.kit} onGet={actions.getKit} />
      <CameraPanel camera={state.camera} live={state.live} busy={busy} videoRef={videoRef} actions={actions} />
      <WorkStatus work={state.work} />
      {/* Live answers come without a tap: said once for screen readers, the focus left where it is. */}
      {state.live && state.camera.state === 'on' ? (
        <p className="visually-hidden" role="status">
          {liveSaid(state.answer, t)}
        </p>
      ) : null}
      {state.answer ? <AnswerView answer={state.answer} actions={actions} focus={focusAnswer} /> : null}
      <TypedSearch query={state.query} answer={state.typed} actions={actions} />
    </article>
  );
}

function liveSaid(answer: Answer | null, t: ReturnType<typeof useVisitorT>['t']): string {
  const screen = answer === null ? null : shownScreen(answer);
  return screen === null ? '' : t('ui.scan.answer.heading', { screen: t(`ui.screens.${screen}`) });
}

function KitStatus({ kit, onGet }: { readonly kit: Kit; readonly onGet: () => void }) {
  const { t, language } = useVisitorT();
  switch (kit.state) {
    case 'checking':
      return null;
    case 'absent':
      return (
        <div className="scan-kit">
          <p>{t('ui.scan.kit.size', { size: formatBytes(kit.bytes, language) })}</p>
          <button type="button" className="help-button small" onClick={onGet}>
            {t('ui.scan.kit.getNow')}
          </button>
        </div>
      );
    case 'downloading': {
      const label = t('ui.scan.kit.downloading', { done: formatBytes(kit.received, language), total: formatBytes(kit.total, language) });
      return (
        <div className="scan-kit" role="status">
          <p id="scan-kit-progress">{label}</p>
          <progress className="scan-progress" max={kit.total} value={kit.received} aria-labelledby="scan-kit-progress" />
        </div>
      );
    }
    case 'starting':
      return (
        <div className="scan-kit" role="status">
          <p>{t('ui.scan.kit.starting')}</p>
        </div>
      );
    case 'ready':
      return <p className="scan-kit scan-kit-kept">{t('ui.scan.kit.kept')}</p>;
    case 'failed':
      if (kit.failure === 'no-support' || kit.failure === 'start') {
        return (
          <p className="scan-kit scan-problem" role="alert">
            {t(kit.failure === 'no-support' ? 'ui.scan.kit.noSupport' : 'ui.scan.kit.engine')}
          </p>
        );
      }
      return (
        <div className="scan-kit scan-problem">
          <p role="alert">{t('ui.scan.kit.failed')}</p>
          <button type="button" className="help-button small" onClick={onGet}>
            {t('ui.chunk.retry')}
          </button>
        </div>
      );
  }
}

interface CameraPanelProps {
  readonly camera: CameraState;
  readonly live: boolean;
  readonly busy: boolean;
  readonly videoRef: RefObject<HTMLVideoElement | null> | undefined;
  readonly actions: ScanActions;
}

function CameraPanel({ camera, live, busy, videoRef, actions }: CameraPanelProps) {
  const { t } = useVisitorT();
  if (camera.state === 'off') return null;
  if (camera.state === 'failed') {
    const key = camera.failure === 'denied' ? 'ui.scan.cameraDenied' : camera.failure === 'none' ? 'ui.scan.cameraNone' : 'ui.scan.cameraFailed';
    return (
      <p className="scan-problem" role="alert">
        {t(key)}
      </p>
    );
  }
  if (camera.state === 'paused') return <p className="scan-note">{t('ui.scan.cameraPaused')}</p>;
  return (
    <div className="scan-camera">
      {/* The rear camera's picture; nothing of it is recorded or sent. */}
      <video ref={videoRef} className="scan-video" muted playsInline />
      {live ? <p className="scan-note">{t('ui.scan.cameraLive')}</p> : null}
      <div className="scan-camera-buttons">
        {live ? null : (
          <button type="button" className="scan-input primary" onClick={actions.take} disabled={busy || camera.state !== 'on'}>
            {t('ui.scan.cameraTake')}
          </button>
        )}
        <button type="button" className="help-button" onClick={actions.stopCamera}>
          {t('ui.scan.cameraStop')}
        </button>
      </div>
    </div>
  );
}

const WORK_FAILURE = {
  unsupported: 'ui.scan.error.unsupported',
  heic: 'ui.scan.error.heic',
  damaged: 'ui.scan.error.damaged',
  engine: 'ui.scan.error.engine',
  network: 'ui.scan.kit.failed',
  checksum: 'ui.scan.kit.failed',
  refused: 'ui.scan.kit.failed',
  'no-support': 'ui.scan.kit.noSupport',
  start: 'ui.scan.kit.engine',
} as const;

function WorkStatus({ work }: { readonly work: Work }) {
  const { t } = useVisitorT();
  return (
    <>
      <p className="scan-reading" role="status">
        {work.state === 'reading' ? (
          <>
            <span className="scan-spinner" aria-hidden="true" /> {t('ui.scan.reading')}
          </>
        ) : null}
      </p>
      {work.state === 'failed' ? (
        <p className="scan-problem" role="alert">
          {t(WORK_FAILURE[work.failure])}
        </p>
      ) : null}
    </>
  );
}

function AnswerView({ answer, actions, focus }: { readonly answer: Answer; readonly actions: ScanActions; readonly focus: boolean }) {
  const { t } = useVisitorT();
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const screen = shownScreen(answer);
  const { outcome } = answer;
  // Said where the patient's attention is: a new answer to a photo takes the focus to its heading.
  const key = `${String(screen)}|${outcome.kind}`;
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus, key]);
  if (screen !== null) return <SureAnswer answer={answer} screen={screen} actions={actions} heading={heading} headingId={headingId} />;
  if (outcome.kind === 'unsure') {
    return (
      <section className="scan-answer unsure" aria-labelledby={headingId}>
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {t('ui.scan.unsure.title')}
        </h3>
        <p>{t('ui.scan.unsure.choose')}</p>
        <ul className="scan-choices screen-choices">
          {outcome.screens.map((candidate) => (
            <Choice key={candidate} screen={candidate} onPick={() => actions.pick(answer.source, candidate)} />
          ))}
        </ul>
        {answer.source === 'typed' ? null : <Tips />}
      </section>
    );
  }
  // Typed text that matches nothing is said in the search's status line.
  if (answer.source === 'typed') return null;
  return (
    <section className="scan-answer none" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t(outcome.kind === 'no-text' ? 'ui.scan.noText.title' : 'ui.scan.none.title')}
      </h3>
      {outcome.kind === 'none' ? <p>{t('ui.scan.none.body')}</p> : null}
      <Tips />
      <AgainButton onAgain={actions.again} />
    </section>
  );
}

function AgainButton({ onAgain }: { readonly onAgain: () => void }) {
  const { t } = useVisitorT();
  return (
    <button type="button" className="help-button" onClick={onAgain}>
      {t('ui.scan.answer.again')}
    </button>
  );
}

function Tips() {
  const { t } = useVisitorT();
  return <p className="scan-tips">{t('ui.scan.tips')}</p>;
}

/** One screen to choose from, named in the patient's language. */
function Choice({ screen, onPick }: { readonly screen: ScreenId; readonly onPick: () => void }) {
  const { t } = useVisitorT();
  return <ScreenChoice screen={screen} flow={seededFlow(screen)} name={t(`ui.screens.${screen}`)} onPick={onPick} />;
}

const stepOf = (screen: ScreenId) => SCREEN_STEPS.find((step) => step.screens.includes(screen))?.id ?? 'errors';

interface SureAnswerProps {
  readonly answer: Answer;
  readonly screen: ScreenId;
  readonly actions: ScanActions;
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly headingId: string;
}

/** The screen named: its name and step, the photo with the translations laid over it, what to do, its buttons, every line, and a way to practise it. */
function SureAnswer({ answer, screen, actions, heading, headingId }: SureAnswerProps) {
  const { t, language } = useVisitorT();
  const flow = seededFlow(screen);
  const view = describeScreen(flow);
  const values = new Map(view.texts.map((part) => [part.key, part.values]));
  // The buttons the flow offers here (`describeScreen` keeps those `can` allows), and a keypad's own two.
  const buttons: DeviceKey[] = [...(view.keypad ? [view.keypad.clearKey, view.keypad.submitKey] : []), ...view.actions.map((action) => action.key)];
  const placed = answer.reading?.placed[screen] ?? [];
  return (
    <section className="scan-answer sure" aria-labelledby={headingId} data-screen={screen}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('ui.scan.answer.heading', { screen: t(`ui.screens.${screen}`) })}
      </h3>
      <p className="scan-step">{t('ui.scan.answer.step', { step: t(`ui.counter.steps.${stepOf(screen)}`) })}</p>
      {answer.reading !== null ? (
        <figure className="scan-figure" aria-labelledby={`${headingId}-photo`}>
          <figcaption id={`${headingId}-photo`}>{t('ui.scan.answer.photo')}</figcaption>
          <PhotoOverlay picture={answer.picture} width={answer.reading.width} height={answer.reading.height} placed={placed} values={values} />
        </figure>
      ) : null}
      <h4>{t('ui.scan.answer.says')}</h4>
      <ul className="scan-pairs">
        {view.texts.map((part) => (
          <Pair key={part.key} part={part} button={false} />
        ))}
      </ul>
      <h4>{t('ui.scan.answer.todo')}</h4>
      <p className="scan-todo">{t(`ui.guide.${screen}`)}</p>
      {buttons.length > 0 ? (
        <>
          <h4>{t('ui.scan.answer.buttons')}</h4>
          <ul className="scan-pairs">
            {buttons.map((key) => (
              <Pair key={key} part={{ key, role: 'body' }} button />
            ))}
          </ul>
        </>
      ) : null}
      <p className="scan-next">
        <a
          className="scan-rehearse"
          href={rehearseSearch(screen, language)}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            actions.rehearse(screen);
          }}
        >
          {t('ui.scan.answer.rehearse')}
        </a>
        {answer.source === 'typed' ? null : <AgainButton onAgain={actions.again} />}
      </p>
    </section>
  );
}

/** A line of the reader: its Japanese, large, and its meaning in the patient's language. */
function Pair({ part, button }: { readonly part: TextPart; readonly button: boolean }) {
  const { japanese, translation, shown } = useLinePair(part.key, part.values);
  return (
    <li className={`scan-pair role-${part.role}`}>
      <span className={button ? 'scan-ja scan-ja-button' : 'scan-ja'} lang="ja" dir="ltr">
        {japanese}
      </span>
      {shown ? (
        <span className="scan-meaning" lang={translation.lang} dir={translation.dir}>
          <TranslatedText translation={translation} />
        </span>
      ) : null}
    </li>
  );
}

interface PhotoOverlayProps {
  readonly picture: Picture | null;
  readonly width: number;
  readonly height: number;
  readonly placed: readonly PlacedLine[];
  readonly values: ReadonlyMap<DeviceKey, TextPart['values']>;
}

const percent = (part: number, whole: number): string => `${String(Math.round((part / whole) * 10000) / 100)}%`;

/**
 * The photo as read, with each line OCR found on it outlined and its translation laid right
 * under it. The picture is drawn on a canvas (no image address of our making: the page's policy
 * allows images from this site only); the lines are listed in reading order for screen readers.
 */
export function PhotoOverlay({ picture, width, height, placed, values }: PhotoOverlayProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const labels = useRef<HTMLOListElement>(null);
  const { language } = useVisitorT();
  const translate = useTranslate();
  useEffect(() => {
    const context = picture === null ? null : canvas.current?.getContext('2d');
    if (picture !== null && context) context.drawImage(picture, 0, 0, width, height);
  }, [picture, width, height]);
  // A long translation can reach the label of the next line: each label that would overlap one
  // above it moves down just below it (measured as drawn, so it holds in every language).
  useLayoutEffect(() => {
    const list = labels.current;
    if (list === null) return;
    const drawn = [...list.querySelectorAll<HTMLElement>('.scan-label')];
    for (const label of drawn) label.style.transform = '';
    const placedRects: DOMRect[] = [];
    for (const label of drawn) {
      let rect = label.getBoundingClientRect();
      let shift = 0;
      for (const above of placedRects) {
        if (rect.left < above.right && above.left < rect.right && rect.top < above.bottom && above.top < rect.bottom) {
          shift += above.bottom - rect.top + 2;
          label.style.transform = `translateY(${String(shift)}px)`;
          rect = label.getBoundingClientRect();
        }
      }
      placedRects.push(rect);
    }
  });
  return (
    <div className="scan-photo" style={{ aspectRatio: `${String(width)} / ${String(height)}` }}>
      {picture === null ? <div className="scan-photo-blank" /> : <canvas ref={canvas} className="scan-canvas" width={width} height={height} aria-hidden="true" />}
      <ol className="scan-labels" ref={labels}>
        {placed.map((line) => {
          const translation = translate(line.key, language, values.get(line.key) ?? {});
          return (
            <li key={`${line.key}-${String(line.box.x)}-${String(line.box.y)}`} className="scan-placed">
              <span
                className="scan-box"
                aria-hidden="true"
                style={{ left: percent(line.box.x, width), top: percent(line.box.y, height), width: percent(line.box.w, width), height: percent(line.box.h, height) }}
              />
              <span
                className="scan-label"
                lang={translation.lang}
                dir={translation.dir}
                style={{ insetInlineStart: percent(line.box.x, width), top: percent(line.box.y + line.box.h, height), maxWidth: percent(width - line.box.x, width) }}
              >
                <TranslatedText translation={translation} />
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function TypedSearch({ query, answer, actions }: { readonly query: string; readonly answer: Answer | null; readonly actions: ScanActions }) {
  const { t } = useVisitorT();
  const inputId = useId();
  const hintId = useId();
  const shown = answer !== null && query.trim() !== '' ? answer : null;
  // One line for screen readers as results change under the typing; the answer itself is below.
  const screen = shown === null ? null : shownScreen(shown);
  let status: ReactNode = null;
  if (shown?.outcome.kind === 'none') status = t('ui.scan.type.none', { query: shown.query.trim() });
  else if (screen !== null) status = <span className="visually-hidden">{t('ui.scan.answer.heading', { screen: t(`ui.screens.${screen}`) })}</span>;
  else if (shown?.outcome.kind === 'unsure') status = <span className="visually-hidden">{t('ui.scan.unsure.title')}</span>;
  return (
    <section className="scan-typed" aria-labelledby={`${inputId}-label`}>
      <label id={`${inputId}-label`} htmlFor={inputId} className="scan-typed-label">
        {t('ui.scan.type.label')}
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => actions.type(event.target.value)}
      />
      <p id={hintId} className="scan-hint">
        {t('ui.scan.type.hint')}
      </p>
      <p className="scan-typed-status" role="status">
        {status}
      </p>
      {shown === null ? null : <AnswerView answer={shown} actions={actions} focus={false} />}
    </section>
  );
}
