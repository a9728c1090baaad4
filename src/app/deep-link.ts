import { SCREEN_IDS, type ScreenId } from '../flow/types.ts';
import { findLanguage } from '../i18n/languages.ts';

export interface LinkRequest {
  readonly screen?: ScreenId;
  readonly unknownScreen?: string;
  readonly language?: string;
  readonly unknownLanguage?: string;
}

const isScreenId = (value: string): value is ScreenId => (SCREEN_IDS as readonly string[]).includes(value);

/** Reads `?screen=…&lang=…`; anything unknown is reported back, never guessed at. */
export function readLink(search: string): LinkRequest {
  const params = new URLSearchParams(search);
  const screen = params.get('screen');
  const language = params.get('lang');
  const request: { -readonly [K in keyof LinkRequest]: LinkRequest[K] } = {};
  if (screen !== null && screen !== '') {
    if (isScreenId(screen)) request.screen = screen;
    else request.unknownScreen = screen.slice(0, 40);
  }
  if (language !== null && language !== '') {
    if (findLanguage(language)) request.language = language;
    else request.unknownLanguage = language.slice(0, 20);
  }
  return request;
}

export function writeLink(screen: ScreenId, language: string): string {
  const params = new URLSearchParams({ screen, lang: language });
  return `?${params.toString()}`;
}
