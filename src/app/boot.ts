import { FALLBACK_LANGUAGE, LANGUAGES, findLanguage } from '../i18n/languages.ts';
import { matchBrowserLanguage } from '../i18n/browser-language.ts';
import { loadLanguage, onLanguageLoaded } from '../i18n/i18n.ts';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { chooseLanguage, chooseReading, chooseSecond } from '../store/language-commands.ts';
import { browserStorage, hasKeyStartingWith } from '../storage/safe-storage.ts';
import { isHandedOver } from '../storage/hand-over-flag.ts';
import { EDITS_PREFIX } from '../workbench/edits-keys.ts';
import { readLink } from './deep-link.ts';
import { loadPreferences } from './preferences.ts';

/**
 * Startup, before the first render: stored preferences first, then what the link asks for.
 * Doing this before React draws anything means a deep link paints its own screen at once,
 * with no idle screen flashing first (and no layout shift). The promise settles once the
 * chosen languages are loaded (or have failed, with a notice), so the first paint is in them.
 */
export async function bootFromPage(): Promise<void> {
  await registerKeptEdits();
  await loadLanguage(FALLBACK_LANGUAGE);

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
  // A counter link that names a screen is that screen shown to the patient; without, the index.
  if (link.view === 'counter' && link.screen) {
    useUiStore.getState().setCounterShown(true);
    // Reloaded in the patient's hands: still theirs, locked.
    if (isHandedOver()) useUiStore.getState().setCounterHandedOver(true);
  }
  if (preferences.more === true) useUiStore.getState().setMoreOpen(true);
  // A link's language wins, then the visitor's stored choice, then the browser's languages.
  // When none of them is one of ours, the first thing on screen is the language list.
  // At the counter the page's language is the patient's: only a link says it, never storage or
  // the browser (a tablet's owner is not the patient), and staff are not met by the list.
  const counter = link.view === 'counter';
  const language = counter ? link.language : (link.language ?? preferences.language ?? browserLanguage());
  if (language === undefined && !counter) useUiStore.getState().setLanguageList('first');
  const second = counter ? link.second : (link.second ?? preferences.second);
  await Promise.all([
    preferences.reading ? chooseReading(preferences.reading) : undefined,
    language !== undefined && findLanguage(language) ? chooseLanguage(language) : undefined,
    second !== undefined && findLanguage(second) ? chooseSecond(second) : undefined,
  ]);
}

/** The first of the browser's languages (most wanted first) that Uketsuke has. */
function browserLanguage(): string | undefined {
  const wanted = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return matchBrowserLanguage(wanted, LANGUAGES.map((info) => info.code));
}

/**
 * A translator's kept edits are laid over each language as it arrives, English included. Their
 * code comes along only where this browser keeps some: a patient's first visit never carries it.
 * (Opening the workbench lays them too.) If it cannot be fetched, the app goes on without them.
 */
async function registerKeptEdits(): Promise<void> {
  if (!hasKeyStartingWith(() => window.localStorage, EDITS_PREFIX)) return;
  try {
    const { applyStoredEdits } = await import('../workbench/edits.ts');
    onLanguageLoaded(applyStoredEdits);
  } catch {
    // Offline after a new version: the page works, with the files' own strings.
  }
}
