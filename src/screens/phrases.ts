import type { ScreenId } from '../flow/types.ts';
import type { UiKey } from '../i18n/keys.ts';

/** The words around the cards (a heading, the Japanese still loading or missing), not phrases. */
type PhraseFrameKey = 'ui.phrase.heading' | 'ui.phrase.japaneseLoading' | 'ui.phrase.japaneseFailed';

/** A sentence reception staff say at the counter, shown large in Japanese and the patient's language. */
export type PhraseKey = Exclude<Extract<UiKey, `ui.phrase.${string}`>, PhraseFrameKey>;

/** Said on any screen: shown after a screen's own phrases. */
export const GENERAL_PHRASES: readonly PhraseKey[] = ['ui.phrase.wait', 'ui.phrase.comeToCounter', 'ui.phrase.thankYou'];

/** Most phrases a screen shows, its own and the general ones together: more would not fit a tablet at a glance. */
export const MAX_PHRASES = 8;
/** Fewest phrases a screen shows. */
export const MIN_PHRASES = 3;

const FACE_FAILED: readonly PhraseKey[] = ['ui.phrase.maskOff', 'ui.phrase.glassesOff', 'ui.phrase.lookAtCamera', 'ui.phrase.pinInstead'];
const PIN_WRONG: readonly PhraseKey[] = ['ui.phrase.enterPin', 'ui.phrase.lockAfterThree', 'ui.phrase.faceInstead'];
const EXPIRED: readonly PhraseKey[] = ['ui.phrase.renewCityOffice'];
const CONSENT: readonly PhraseKey[] = ['ui.phrase.mayDecline', 'ui.phrase.careSame'];
const PHONE: readonly PhraseKey[] = ['ui.phrase.holdPhone'];
const NO_INSURANCE: readonly PhraseKey[] = ['ui.phrase.showDocument'];

/**
 * For each reader screen, what staff most often need to say there, most needed first. Typed over
 * every screen id, so a new screen without an entry fails the type check; a screen with nothing
 * of its own still has the general phrases.
 */
export const SCREEN_PHRASES: Readonly<Record<ScreenId, readonly PhraseKey[]>> = {
  idle: [],
  'card-unreadable': [],
  'card-not-my-number': [],
  'card-read-failed': [],
  'method-select': ['ui.phrase.faceInstead'],
  'face-check': ['ui.phrase.maskOff', 'ui.phrase.glassesOff', 'ui.phrase.hatOff', 'ui.phrase.lookAtCamera', 'ui.phrase.standStill'],
  'face-failed': FACE_FAILED,
  'face-timeout': FACE_FAILED,
  'pin-entry': ['ui.phrase.enterPin', 'ui.phrase.threeTries', 'ui.phrase.lockAfterThree', 'ui.phrase.faceInstead'],
  'pin-wrong': PIN_WRONG,
  'pin-locked': ['ui.phrase.useFaceToday', 'ui.phrase.unlockCityOffice', 'ui.phrase.unlockStore'],
  'visual-check': [],
  querying: ['ui.phrase.checking'],
  registration: [],
  'registration-declined': NO_INSURANCE,
  'renewal-alert': EXPIRED,
  'eligibility-only': EXPIRED,
  'error-006': [...EXPIRED, ...NO_INSURANCE],
  'not-found': NO_INSURANCE,
  'phone-select': PHONE,
  'phone-iphone': PHONE,
  'phone-android-pin': ['ui.phrase.enterPin', ...PHONE],
  'phone-hold': PHONE,
  // Saying no to the subsidy certificate is fine too: the paper one is shown at the counter.
  'public-expense': ['ui.phrase.mayDecline'],
  'consent-all': CONSENT,
  'consent-topic': CONSENT,
  'limit-amount': [],
  prescription: [],
  done: [],
};

/** The cards for a screen: its own phrases, then the general ones it does not already have. */
export function phrasesFor(screen: ScreenId): readonly PhraseKey[] {
  const own = SCREEN_PHRASES[screen];
  return [...own, ...GENERAL_PHRASES.filter((key) => !own.includes(key))];
}

/** The screens whose cards show this phrase (every screen for a general one). */
export function screensWithPhrase(key: string): ScreenId[] {
  return (Object.keys(SCREEN_PHRASES) as ScreenId[]).filter((screen) => (phrasesFor(screen) as readonly string[]).includes(key));
}
