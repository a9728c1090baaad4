import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { findLanguage, directionOf } from '../i18n/languages.ts';
import { pluralBase } from '../i18n/locale-check.ts';
import { describeScreen } from '../screens/registry.ts';
import { showcaseFor } from '../screens/showcase.ts';
import { ChipLanguagesContext } from '../overlay/chip-languages.ts';
import { TerminalFace } from '../device/terminal-face.tsx';
import { VisitorOverrideContext, useVisitorT } from '../store/use-visitor-t.ts';
import { markEdited, type MarkPlace } from './preview-marks.ts';
import { countFor } from './scene-states.ts';
import { UiScene } from './ui-scene.tsx';
import { usePlaceName } from './place-name.ts';
import { PreviewFrame } from './preview-frame.tsx';
import type { Entry } from './workbench-model.ts';

export interface WorkbenchPreviewProps {
  readonly entry: Entry | null;
  readonly language: string;
  /** Counts "See it on the screen" presses for this entry: each moves focus here, which scrolls the preview into view. */
  readonly focusRequest: number;
}

/** The selected string where it appears, in the language being edited, marked. */
export function WorkbenchPreview({ entry, language, focusRequest }: WorkbenchPreviewProps) {
  const { t } = useVisitorT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusRequest === 0 || !heading.current) return;
    // Focus alone would scroll just far enough to show the heading at the bottom edge: bring
    // the whole preview up instead (at once where motion is reduced).
    heading.current.focus({ preventScroll: true });
    const preview = heading.current.closest('section, aside');
    // jsdom, in component tests, lays nothing out: it has no scrollIntoView or matchMedia.
    if (!preview || !('scrollIntoView' in preview) || !('matchMedia' in window)) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    preview.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  }, [focusRequest]);
  return (
    <PreviewFrame headingRef={heading}>
      {entry === null ? (
        <p className="panel-hint">{t('ui.workbench.previewEmpty')}</p>
      ) : (
        <Scene key={entry.key} entry={entry} language={language} />
      )}
    </PreviewFrame>
  );
}

interface SceneProps {
  readonly entry: Entry;
  readonly language: string;
}

/** The category a plural key is in (`one` for `…_one`), or null. */
const categoryOf = (key: string): string | null => (pluralBase(key) === key ? null : key.slice(pluralBase(key).length + 1));

function Scene({ entry, language }: SceneProps) {
  const { t } = useVisitorT();
  const placeName = usePlaceName()(entry.place);
  const device = entry.key.startsWith('device.');
  const drawing = useRef<HTMLDivElement>(null);
  const [landed, setLanded] = useState<MarkPlace | null>(null);
  const category = categoryOf(entry.key);

  // Mark where the string landed once it is drawn (and again as it changes).
  useLayoutEffect(() => {
    if (!drawing.current) return;
    const marks = markEdited(drawing.current, device ? pluralBase(entry.key) : null);
    setLanded(marks.place);
    return marks.unmark;
  }, [device, entry.key, entry.value, language]);

  const showcase = device ? showcaseFor(entry.key, language) : null;
  const languageName = findLanguage(language)?.name ?? language;

  // Where the string is: in sight, or a choice in a list (the list is marked); only for screen
  // readers; not drawn just now; or a plural form the reader never shows in this language.
  const caption =
    showcase?.kind === 'unreachable'
      ? t('ui.workbench.previewUnreachable', { language: languageName, counts: showcase.counts.join(', ') })
      : showcase?.kind === 'unknown' || landed === 'none'
        ? t('ui.workbench.previewNotShown', { place: placeName })
        : landed === 'hidden'
          ? t('ui.workbench.previewHidden')
          : t('ui.workbench.previewOn', { place: placeName });

  const drawn =
    showcase === null ? (
      // A help-layer plural form is drawn with a number that selects it in this language.
      <UiScene entry={entry} language={language} count={category === null ? null : countFor(category, language)} />
    ) : showcase.kind === 'shown' ? (
      <TerminalFace flow={showcase.state} view={describeScreen(showcase.state)} send={() => undefined} />
    ) : null;

  return (
    <>
      <p className="preview-caption">{caption}</p>
      {drawn ? (
        // A picture of the place, not a second copy of it to use: out of the tab order and the
        // accessibility tree (the string's own row holds the same text).
        <div className="preview-drawing" ref={drawing} inert lang={language} dir={directionOf(language)}>
          <VisitorOverrideContext value={{ language, marked: device ? null : pluralBase(entry.key) }}>
            <ChipLanguagesContext value={[language]}>{drawn}</ChipLanguagesContext>
          </VisitorOverrideContext>
        </div>
      ) : null}
    </>
  );
}
