import { useEffect, useRef } from 'react';
import { timeoutOf } from '../flow/machine.ts';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore, type ReadingAid } from '../store/ui-store.ts';
import { loadLanguage } from '../i18n/i18n.ts';
import { findLanguage } from '../i18n/languages.ts';
import { loadReadings } from '../i18n/readings.ts';
import { readLink, writeLink } from './deep-link.ts';
import { loadPreferences, savePreferences } from './preferences.ts';
import { browserStorage } from '../storage/safe-storage.ts';

/**
 * Turns a screen's timeout (data in the flow table) into a TIMED_OUT event. The flow says
 * whether this screen moves on by itself now (`timeoutOf`); a linked screen waits.
 */
export function useScreenTimeout(): void {
  const flow = useFlowStore((store) => store.flow);
  const send = useFlowStore((store) => store.send);
  const timeoutMs = timeoutOf(flow);
  useEffect(() => {
    if (timeoutMs === undefined) return undefined;
    const timer = window.setTimeout(() => send({ type: 'TIMED_OUT' }), timeoutMs);
    return () => window.clearTimeout(timer);
  }, [flow.screen, flow.session, timeoutMs, send]);
}

/** Loads a language's strings; on failure says why, by name, and returns false. */
async function ensureLanguage(code: string): Promise<boolean> {
  const result = await loadLanguage(code);
  if (result.ok) return true;
  const name = findLanguage(code)?.english ?? code;
  useUiStore
    .getState()
    .notify({ id: 'language', key: result.reason === 'unknown' ? 'ui.notice.unknownLanguage' : 'ui.notice.localeFailed', value: name });
  return false;
}

/** Switches the visitor's language, loading it first; on failure keeps English. */
export async function chooseLanguage(code: string): Promise<void> {
  useUiStore.getState().setLanguage((await ensureLanguage(code)) ? code : 'en');
}

/** Shows a second translation beside the first, or none. */
export async function chooseSecond(code: string | null): Promise<void> {
  if (code === null || (await ensureLanguage(code))) useUiStore.getState().setSecond(code);
}

export function chooseReading(reading: ReadingAid): void {
  useUiStore.getState().setReading(reading);
  if (reading !== 'none') void loadReadings();
}

/**
 * Startup, before the first render: stored preferences first, then what the link asks for.
 * Doing this before React draws anything means a deep link paints its own screen at once,
 * with no idle screen flashing first (and no layout shift). The promise settles once the
 * chosen languages are loaded (or have failed, with a notice), so the first paint is in them.
 */
export async function bootFromPage(): Promise<void> {
  const { send } = useFlowStore.getState();
  const { notify, setView } = useUiStore.getState();
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
  if (link.view) setView(link.view);
  if (preferences.reading) chooseReading(preferences.reading);
  const language = link.language ?? preferences.language;
  const second = link.second ?? preferences.second;
  await Promise.all([
    language !== undefined && findLanguage(language) ? chooseLanguage(language) : undefined,
    second !== undefined && findLanguage(second) ? chooseSecond(second) : undefined,
  ]);
}

/** The address bar and storage follow every screen, language and settings change. */
export function useUrlAndStorage(): void {
  const screen = useFlowStore((store) => store.flow.screen);
  const settings = useFlowStore((store) => store.flow.settings);
  const scenario = useFlowStore((store) => store.flow.scenario);
  const language = useUiStore((store) => store.language);
  const second = useUiStore((store) => store.second);
  const reading = useUiStore((store) => store.reading);
  const view = useUiStore((store) => store.view);

  useEffect(() => {
    const next = writeLink({ screen, language, second, view });
    if (window.location.search !== next) window.history.replaceState(null, '', next);
    document.documentElement.lang = language;
    document.documentElement.dir = findLanguage(language)?.dir ?? 'ltr';
  }, [screen, language, second, view]);

  // The first run would only store again what boot has just read.
  const firstSave = useRef(true);
  useEffect(() => {
    if (firstSave.current) {
      firstSave.current = false;
      return;
    }
    const saved = savePreferences(browserStorage, {
      language,
      ...(second ? { second } : {}),
      reading,
      settings,
      scenario,
    });
    if (!saved) useUiStore.getState().notify({ id: 'storage', key: 'ui.notice.storage' });
  }, [language, second, reading, settings, scenario]);
}
