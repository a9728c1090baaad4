import { useEffect, useRef } from 'react';
import { machine } from '../flow/machine.ts';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { loadLanguage } from '../i18n/i18n.ts';
import { findLanguage } from '../i18n/languages.ts';
import { readLink, writeLink } from './deep-link.ts';
import { loadPreferences, savePreferences, type StorageLike } from './preferences.ts';

const browserStorage = (): StorageLike => window.localStorage;

/** Turns a screen's timeout (data in the flow table) into a TIMED_OUT event. */
export function useScreenTimeout(): void {
  const flow = useFlowStore((store) => store.flow);
  const send = useFlowStore((store) => store.send);
  const timeoutMs = machine[flow.screen].timeoutMs;
  useEffect(() => {
    if (timeoutMs === undefined) return undefined;
    const timer = window.setTimeout(() => send({ type: 'TIMED_OUT' }), timeoutMs);
    return () => window.clearTimeout(timer);
  }, [flow.screen, flow.session, timeoutMs, send]);
}

/** Switches the visitor's language, loading it first; on failure says so and keeps English. */
export async function chooseLanguage(code: string): Promise<void> {
  const { setLanguage, notify } = useUiStore.getState();
  const result = await loadLanguage(code);
  if (result.ok) {
    setLanguage(code);
    return;
  }
  const name = findLanguage(code)?.english ?? code;
  notify({ id: 'language', key: result.reason === 'unknown' ? 'ui.notice.unknownLanguage' : 'ui.notice.localeFailed', value: name });
  setLanguage('en');
}

/**
 * Startup, before the first render: stored preferences first, then what the link asks for.
 * Doing this before React draws anything means a deep link paints its own screen at once,
 * with no idle screen flashing first (and no layout shift).
 */
export function bootFromPage(): void {
  const { send } = useFlowStore.getState();
  const { notify } = useUiStore.getState();
  const { preferences, storageWorks } = loadPreferences(browserStorage);
  if (!storageWorks) notify({ id: 'storage', key: 'ui.notice.storage' });
  send({ type: 'SETTINGS_CHANGED', settings: preferences.settings });
  send({ type: 'SCENARIO_CHANGED', scenario: preferences.scenario });

  const link = readLink(window.location.search);
  if (link.unknownScreen !== undefined) notify({ id: 'screen', key: 'ui.notice.unknownScreen', value: link.unknownScreen });
  if (link.screen) send({ type: 'LINK_OPENED', screen: link.screen });
  if (link.unknownLanguage !== undefined) {
    notify({ id: 'language', key: 'ui.notice.unknownLanguage', value: link.unknownLanguage });
  }
  const language = link.language ?? preferences.language;
  if (language !== undefined && findLanguage(language)) void chooseLanguage(language);
}

/** The address bar and storage follow every screen, language and settings change. */
export function useUrlAndStorage(): void {
  const screen = useFlowStore((store) => store.flow.screen);
  const settings = useFlowStore((store) => store.flow.settings);
  const scenario = useFlowStore((store) => store.flow.scenario);
  const language = useUiStore((store) => store.language);

  useEffect(() => {
    const next = writeLink(screen, language);
    if (window.location.search !== next) window.history.replaceState(null, '', next);
    document.documentElement.lang = language;
    document.documentElement.dir = findLanguage(language)?.dir ?? 'ltr';
  }, [screen, language]);

  // The first run would only store again what boot has just read.
  const firstSave = useRef(true);
  useEffect(() => {
    if (firstSave.current) {
      firstSave.current = false;
      return;
    }
    const saved = savePreferences(browserStorage, { language, settings, scenario });
    if (!saved) useUiStore.getState().notify({ id: 'storage', key: 'ui.notice.storage' });
  }, [language, settings, scenario]);
}
