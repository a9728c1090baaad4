import { isScreenId, type ScreenId } from '../flow/types.ts';
import { findLanguage } from '../i18n/languages.ts';
import { cutGraphemes } from '../i18n/echo.ts';
import type { View } from '../store/ui-store.ts';
import { scanSearch, sheetSearch } from '../store/view-links.ts';

export interface LinkRequest {
  readonly screen?: ScreenId;
  readonly unknownScreen?: string;
  readonly language?: string;
  readonly second?: string;
  readonly unknownLanguage?: string;
  readonly view?: View;
}

/**
 * Reads `?screen=…&lang=…&also=…&view=…` (view: workbench, sheet or scan) (or `mode=counter`, the reception counter's page);
 * anything unknown is reported back, never guessed at.
 */
export function readLink(search: string): LinkRequest {
  const params = new URLSearchParams(search);
  const screen = params.get('screen');
  const language = params.get('lang');
  const second = params.get('also');
  const request: { -readonly [K in keyof LinkRequest]: LinkRequest[K] } = {};
  if (screen !== null && screen !== '') {
    if (isScreenId(screen)) request.screen = screen;
    else request.unknownScreen = cutGraphemes(screen, 40);
  }
  for (const [value, field] of [
    [language, 'language'],
    [second, 'second'],
  ] as const) {
    if (value === null || value === '') continue;
    if (findLanguage(value)) request[field] = value;
    else request.unknownLanguage = cutGraphemes(value, 20);
  }
  // Views other than these are ignored (the practice opens), as they always were.
  const view = params.get('view');
  if (view === 'workbench' || view === 'sheet' || view === 'scan') request.view = view;
  if (params.get('mode') === 'counter') request.view = 'counter';
  return request;
}

export interface LinkState {
  readonly screen: ScreenId;
  readonly language: string;
  readonly second?: string | null;
  readonly view?: View;
  /** At the counter: a screen is shown to the patient (else staff are at the index, and no screen is named). */
  readonly counterShown?: boolean;
}

/**
 * The address of what is shown. The sheet's and the scan's are their own short ones: neither has a screen. The
 * counter's names its screen only while showing it, so a reload there shows it again.
 */
export function writeLink({ screen, language, second, view, counterShown }: LinkState): string {
  if (view === 'sheet') return sheetSearch(language);
  if (view === 'scan') return scanSearch(language);
  if (view === 'counter') {
    const params = new URLSearchParams({ mode: 'counter', ...(counterShown ? { screen } : {}), lang: language });
    return `?${params.toString()}`;
  }
  const params = new URLSearchParams({ screen, lang: language });
  if (second) params.set('also', second);
  if (view === 'workbench') params.set('view', 'workbench');
  return `?${params.toString()}`;
}
