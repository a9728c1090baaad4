import { useEffect, useRef } from 'react';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { directionOf, isPseudo } from '../i18n/languages.ts';
import { browserStorage } from '../storage/safe-storage.ts';
import { writeLink } from './deep-link.ts';
import { savePreferences } from './preferences.ts';

/**
 * The address bar and storage follow every screen, language and settings change; except at the
 * counter, which keeps nothing about a patient: there the language is the patient's and the
 * settings are the clinic's, so nothing is saved (leaving it puts the visitor's own back).
 */
export function useUrlAndStorage(): void {
  const screen = useFlowStore((store) => store.flow.screen);
  const settings = useFlowStore((store) => store.flow.settings);
  const scenario = useFlowStore((store) => store.flow.scenario);
  const language = useUiStore((store) => store.language);
  const second = useUiStore((store) => store.second);
  const reading = useUiStore((store) => store.reading);
  const view = useUiStore((store) => store.view);
  const more = useUiStore((store) => store.moreOpen);
  const counterShown = useUiStore((store) => store.counterShown);

  useEffect(() => {
    const next = writeLink({ screen, language, second, view, counterShown });
    if (window.location.search !== next) window.history.replaceState(null, '', next);
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [screen, language, second, view, counterShown]);

  // The first run would only store again what boot has just read.
  const firstSave = useRef(true);
  useEffect(() => {
    if (firstSave.current) {
      firstSave.current = false;
      return;
    }
    if (useUiStore.getState().view === 'counter') return;
    // Pseudo-locales are for testing by link; a later plain visit must not open in one.
    const saved = savePreferences(browserStorage, {
      ...(isPseudo(language) ? {} : { language }),
      ...(second && !isPseudo(second) ? { second } : {}),
      reading,
      ...(more ? { more } : {}),
      settings,
      scenario,
    });
    if (!saved) useUiStore.getState().notify({ id: 'storage', key: 'ui.notice.storage' });
  }, [language, second, reading, more, settings, scenario]);
}
