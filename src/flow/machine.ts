import type {
  CardMemory,
  EventOf,
  EventType,
  FacilitySettings,
  FlowEvent,
  FlowState,
  Scenario,
  ScreenId,
  Session,
} from './types.ts';

/** The practice PIN shown to the user. Any other four digits count as a wrong PIN. */
export const PRACTICE_PIN = '1234';
/** Three wrong PINs in a row lock the card's user certificate PIN (J-LIS). */
export const PIN_TRIES = 3;
/**
 * Tries for the PIN of an Android phone's certificate. No public source gives the number; the
 * card's own user certificate allows three, and the phone's is taken to be the same.
 */
export const PHONE_PIN_TRIES = PIN_TRIES;
/** How long the simulated online eligibility query takes. */
export const QUERY_MS = 1500;
/** How long a finished screen waits before the terminal returns to idle when no card is in it. */
export const END_SCREEN_MS = 10_000;

export const DEFAULT_SETTINGS: FacilitySettings = {
  consentTopics: ['treatment', 'medication', 'surgery', 'checkup'],
  software: 'since-2024-10',
  ePrescription: true,
  smartphoneReader: true,
  cardEntry: 'tray',
  publicExpense: false,
};

export const DEFAULT_SCENARIO: Scenario = {
  card: 'my-number',
  certificate: 'valid',
  registered: true,
  eligibility: 'found',
  subsidyCertificate: false,
};

export const FRESH_SESSION: Session = {
  cardInReader: false,
  identity: null,
  registeredNow: false,
  phoneOs: null,
  phonePinMatches: false,
  phonePinRejected: false,
  phonePinTriesLeft: PHONE_PIN_TRIES,
  faceFailures: 0,
  consentIndex: 0,
  consents: {},
  limitAmount: null,
  publicExpense: null,
  prescription: null,
  held: false,
};

export const FRESH_CARD: CardMemory = { pinTriesLeft: PIN_TRIES };

export function initialState(
  settings: FacilitySettings = DEFAULT_SETTINGS,
  scenario: Scenario = DEFAULT_SCENARIO,
): FlowState {
  return { screen: 'idle', session: FRESH_SESSION, card: FRESH_CARD, settings, scenario };
}

type Handler<T extends EventType> = ScreenId | ((state: FlowState, event: EventOf<T>) => FlowState);
type Handlers = { readonly [T in EventType]?: Handler<T> };

export interface ScreenNode {
  /** After this long on the screen without another event, the terminal receives TIMED_OUT. */
  readonly timeoutMs?: number;
  readonly on: Handlers;
}

/** Every move of the visit goes through here; a move ends the hold of a linked screen. */
const go = (state: FlowState, screen: ScreenId, session: Partial<Session> = {}): FlowState => ({
  ...state,
  screen,
  session: { ...state.session, held: false, ...session },
});

const backToIdle = (state: FlowState): FlowState => ({ ...state, screen: 'idle', session: FRESH_SESSION });

const hasPin = (state: FlowState): boolean => state.scenario.card !== 'face-only';
/** The card has a PIN and it is not locked: the PIN can be offered. */
export const pinUsable = (state: FlowState): boolean => hasPin(state) && state.card.pinTriesLeft > 0;
/**
 * The card has a photo: face recognition, and a staff check by eye against the photo, can work.
 * A card without one (children under one) has only the PIN.
 */
export const hasPhoto = (state: FlowState): boolean => state.scenario.card !== 'no-photo';
/** The software since 7 Oct 2024: all-at-once consent, no limit-amount question, smartphones. */
export const isCurrentSoftware = (settings: FacilitySettings): boolean => settings.software === 'since-2024-10';
/** The clinic's reader takes smartphones: it has the reader, and software that knows them. */
export const phoneReaderWorks = (settings: FacilitySettings): boolean => settings.smartphoneReader && isCurrentSoftware(settings);

/**
 * The reader asks about subsidy certificates (PMH): the clinic's reader is set up for it, and the
 * software is the current one (PMH came in 2025, long after the release of 7 Oct 2024).
 */
export const publicExpenseWorks = (settings: FacilitySettings): boolean => settings.publicExpense && isCurrentSoftware(settings);

/**
 * The patient's subsidy certificate was not taken by the reader this visit (no PMH here, or the
 * patient chose 利用しない): the paper certificate is shown at the counter, as before.
 */
export const paperCertificateNeeded = (state: FlowState): boolean =>
  state.scenario.subsidyCertificate && (!publicExpenseWorks(state.settings) || state.session.publicExpense !== true);

/**
 * Where the patient goes once the eligibility query has answered. A smartphone has no grace
 * period: its certificate stops with the card's (MHLW), so an expired one goes no further. Nor
 * can a phone register the card as a health insurance card on the spot: that is done
 * beforehand, so an unregistered card is simply not found.
 */
export function resolveQuery(state: FlowState): FlowState {
  const { scenario, session } = state;
  const phone = session.identity === 'phone';
  const expired = scenario.certificate === 'expired-long' || (phone && scenario.certificate === 'expired-recent');
  if (expired) return go(state, 'error-006');
  if (!scenario.registered && !session.registeredNow) return go(state, phone ? 'not-found' : 'registration');
  if (scenario.eligibility === 'not-found') return go(state, 'not-found');
  if (scenario.certificate === 'expired-recent') return go(state, 'eligibility-only');
  if (scenario.certificate === 'expiring') return go(state, 'renewal-alert');
  return askPublicExpense(state);
}

/**
 * After the eligibility query, before consent: where the clinic's reader uses PMH and the
 * patient has a subsidy certificate, the reader asks whether to use it. No public source gives
 * the screen's place in the sequence; this one is approximate (docs/facts.md).
 */
function askPublicExpense(state: FlowState): FlowState {
  const asked = publicExpenseWorks(state.settings) && state.scenario.subsidyCertificate && state.session.publicExpense === null;
  return asked ? go(state, 'public-expense') : startConsent(state);
}

function startConsent(state: FlowState): FlowState {
  const { consentTopics } = state.settings;
  if (consentTopics.length === 0) return afterConsent(state);
  if (isCurrentSoftware(state.settings)) return go(state, 'consent-all');
  return go(state, 'consent-topic', { consentIndex: 0 });
}

function afterConsent(state: FlowState): FlowState {
  return state.settings.ePrescription ? go(state, 'prescription') : go(state, 'done');
}

/**
 * The older software asked about the high-cost limit after reception: the done screen offered
 * 高額療養費制度を利用する to a patient who kept the card in, once.
 */
function chooseLimitAmount(state: FlowState): FlowState {
  const offered = !isCurrentSoftware(state.settings) && state.session.cardInReader && state.session.limitAmount === null;
  return offered ? go(state, 'limit-amount') : state;
}

function choosePin(state: FlowState, event: EventOf<'METHOD_CHOSEN'>): FlowState {
  if (event.method === 'face') return hasPhoto(state) ? go(state, 'face-check') : state;
  return pinUsable(state) ? go(state, 'pin-entry') : state;
}

/** Staff check the patient's face against the card's photo: not with a card that has none. */
const staffHelp = (state: FlowState): FlowState => (hasPhoto(state) ? go(state, 'visual-check') : state);

/**
 * The PIN for the Android phone is typed on the reader before the phone is held; the phone
 * checks it when held. A wrong one costs a try; the last try locks it (the phone-PIN screen
 * then says so and offers no keypad).
 */
function submitPhonePin(state: FlowState, event: EventOf<'PIN_SUBMITTED'>): FlowState {
  if (state.session.phonePinTriesLeft === 0) return state;
  return go(state, 'phone-hold', { phonePinMatches: event.pin === PRACTICE_PIN, phonePinRejected: false });
}

function holdPhone(state: FlowState): FlowState {
  const { phoneOs, phonePinMatches, phonePinTriesLeft } = state.session;
  if (phoneOs !== 'android' || phonePinMatches) {
    return go(state, 'querying', { identity: 'phone', phonePinTriesLeft: PHONE_PIN_TRIES, phonePinMatches: false });
  }
  return go(state, 'phone-android-pin', { phonePinRejected: true, phonePinTriesLeft: Math.max(0, phonePinTriesLeft - 1) });
}

/** After a face problem the screen offers the PIN; trying the face again is RETRY_CHOSEN. */
const switchToPin = (state: FlowState, event: EventOf<'METHOD_CHOSEN'>): FlowState =>
  event.method === 'pin' ? choosePin(state, event) : state;

/** After a wrong PIN the screen offers the face; typing again is RETRY_CHOSEN. */
const switchToFace = (state: FlowState, event: EventOf<'METHOD_CHOSEN'>): FlowState =>
  event.method === 'face' ? choosePin(state, event) : state;

function submitCardPin(state: FlowState, event: EventOf<'PIN_SUBMITTED'>): FlowState {
  if (event.pin === PRACTICE_PIN) {
    return { ...go(state, 'querying', { identity: 'pin' }), card: { pinTriesLeft: PIN_TRIES } };
  }
  const pinTriesLeft = Math.max(0, state.card.pinTriesLeft - 1);
  return { ...go(state, pinTriesLeft === 0 ? 'pin-locked' : 'pin-wrong'), card: { pinTriesLeft } };
}

const faceFailed = (state: FlowState): FlowState =>
  go(state, 'face-failed', { faceFailures: state.session.faceFailures + 1 });

/** Screens that end the visit: the patient takes the card back (or, on the phone path, waits). */
const endScreen: ScreenNode = {
  timeoutMs: END_SCREEN_MS,
  on: {
    TIMED_OUT: (state) => (state.session.cardInReader ? state : backToIdle(state)),
  },
};

const afterFaceProblem: Handlers = {
  RETRY_CHOSEN: 'face-check',
  METHOD_CHOSEN: switchToPin,
  STAFF_HELP_REQUESTED: staffHelp,
};

export const machine: Readonly<Record<ScreenId, ScreenNode>> = {
  idle: {
    on: {
      CARD_PLACED: (state) => {
        const target: Record<Scenario['card'], ScreenId> = {
          'my-number': 'method-select',
          'face-only': 'method-select',
          'no-photo': 'method-select',
          unreadable: 'card-unreadable',
          'other-card': 'card-not-my-number',
          'read-failed': 'card-read-failed',
        };
        // A card placed starts a visit of its own: nothing of an abandoned phone attempt stays.
        return go(state, target[state.scenario.card], { ...FRESH_SESSION, cardInReader: true });
      },
      PHONE_CHOSEN: (state) => (phoneReaderWorks(state.settings) ? go(state, 'phone-select') : state),
    },
  },
  'card-unreadable': endScreen,
  'card-not-my-number': endScreen,
  'card-read-failed': endScreen,
  'method-select': {
    on: { METHOD_CHOSEN: choosePin, STAFF_HELP_REQUESTED: staffHelp },
  },
  'face-check': {
    on: {
      FACE_MATCHED: (state) => go(state, 'querying', { identity: 'face' }),
      FACE_MATCH_FAILED: faceFailed,
      TIMED_OUT: 'face-timeout',
      BACK_CHOSEN: 'method-select',
    },
  },
  'face-failed': { on: afterFaceProblem },
  'face-timeout': { on: afterFaceProblem },
  // A patient who has forgotten the PIN can ask staff from the PIN screens too (MHLW: when the
  // face does not work and the PIN is forgotten, staff check by eye).
  'pin-entry': {
    on: { PIN_SUBMITTED: submitCardPin, BACK_CHOSEN: 'method-select', STAFF_HELP_REQUESTED: staffHelp },
  },
  'pin-wrong': {
    on: { RETRY_CHOSEN: 'pin-entry', METHOD_CHOSEN: switchToFace, STAFF_HELP_REQUESTED: staffHelp },
  },
  'pin-locked': {
    on: { METHOD_CHOSEN: choosePin, STAFF_HELP_REQUESTED: staffHelp },
  },
  'visual-check': {
    on: {
      STAFF_CONFIRMED: (state) => go(state, 'querying', { identity: 'visual' }),
      BACK_CHOSEN: 'method-select',
    },
  },
  querying: {
    timeoutMs: QUERY_MS,
    on: { TIMED_OUT: resolveQuery },
  },
  registration: {
    on: {
      REGISTRATION_ANSWERED: (state, event) =>
        event.agree
          ? go(state, 'querying', { registeredNow: true })
          : go(state, 'registration-declined'),
    },
  },
  'registration-declined': endScreen,
  'renewal-alert': { on: { NEXT_CHOSEN: askPublicExpense } },
  'eligibility-only': { on: { NEXT_CHOSEN: 'done' } },
  'error-006': endScreen,
  'not-found': endScreen,
  'phone-select': {
    on: {
      PHONE_OS_CHOSEN: (state, event) =>
        go(state, event.os === 'iphone' ? 'phone-iphone' : 'phone-android-pin', {
          phoneOs: event.os,
          phonePinMatches: false,
          phonePinRejected: false,
        }),
      BACK_CHOSEN: 'idle',
    },
  },
  'phone-iphone': {
    on: {
      PHONE_HELD: holdPhone,
      BACK_CHOSEN: 'phone-select',
    },
  },
  'phone-android-pin': {
    on: {
      PIN_SUBMITTED: submitPhonePin,
      BACK_CHOSEN: 'phone-select',
    },
  },
  'phone-hold': {
    on: {
      PHONE_HELD: holdPhone,
      BACK_CHOSEN: (state) => go(state, 'phone-android-pin', { phonePinMatches: false, phonePinRejected: false }),
    },
  },
  // Either answer goes on with the visit; the answer decides what the end of the visit says.
  'public-expense': {
    on: {
      PUBLIC_EXPENSE_ANSWERED: (state, event) => startConsent(go(state, 'public-expense', { publicExpense: event.use })),
    },
  },
  'consent-all': {
    on: {
      // The all-at-once screen has no "decline all": declining goes topic by topic.
      CONSENT_ALL_ANSWERED: (state, event) => {
        if (!event.agree) return state;
        const consents = Object.fromEntries(
          state.settings.consentTopics.map((topic) => [topic, event.agree]),
        );
        return afterConsent(go(state, 'consent-all', { consents }));
      },
      INDIVIDUAL_CONSENT_CHOSEN: (state) => go(state, 'consent-topic', { consentIndex: 0 }),
    },
  },
  'consent-topic': {
    on: {
      CONSENT_ANSWERED: (state, event) => {
        const { consentTopics } = state.settings;
        const index = state.session.consentIndex;
        const topic = consentTopics[index];
        if (topic === undefined) return afterConsent(state);
        const answered = go(state, 'consent-topic', {
          consents: { ...state.session.consents, [topic]: event.agree },
          consentIndex: index + 1,
        });
        return index + 1 < consentTopics.length ? answered : afterConsent(answered);
      },
    },
  },
  'limit-amount': {
    on: {
      LIMIT_ANSWERED: (state, event) => go(state, 'done', { limitAmount: event.provide }),
    },
  },
  prescription: {
    on: {
      PRESCRIPTION_CHOSEN: (state, event) => go(state, 'done', { prescription: event.kind }),
    },
  },
  done: { ...endScreen, on: { ...endScreen.on, LIMIT_AMOUNT_CHOSEN: chooseLimitAmount } },
};

/**
 * A plausible state for a screen opened from a link: the session a patient would have had on
 * arriving there. Settings and scenario stay as the visitor chose them.
 */
export function seedForScreen(state: FlowState, screen: ScreenId): FlowState {
  const base: FlowState = { ...state, screen, session: FRESH_SESSION, card: FRESH_CARD };
  const phone = screen.startsWith('phone-');
  const phoneOs = screen === 'phone-iphone' ? 'iphone' : phone && screen !== 'phone-select' ? 'android' : null;
  // Held over the reader on the Android path, the phone has been given the right PIN.
  const phonePinMatches = screen === 'phone-hold';
  const session: Session = { ...FRESH_SESSION, cardInReader: screen !== 'idle' && !phone, phoneOs, phonePinMatches, held: true };
  const pinTriesLeft = screen === 'pin-wrong' ? PIN_TRIES - 1 : screen === 'pin-locked' ? 0 : PIN_TRIES;
  return { ...base, session, card: { pinTriesLeft } };
}

function handleGlobal(state: FlowState, event: FlowEvent): FlowState | null {
  switch (event.type) {
    case 'SETTINGS_CHANGED':
      return { ...initialState(event.settings, state.scenario), card: state.card };
    case 'SCENARIO_CHANGED': {
      const cardChanged = event.scenario.card !== state.scenario.card;
      return { ...state, scenario: event.scenario, card: cardChanged ? FRESH_CARD : state.card };
    }
    case 'LINK_OPENED':
      return seedForScreen(state, event.screen);
    case 'SIMULATION_RESET':
      return initialState(state.settings, state.scenario);
    case 'CARD_REMOVED':
      return state.session.cardInReader ? backToIdle(state) : state;
    default:
      return null;
  }
}

/** The one way the terminal changes: pure, total, and unknown events leave the state as it is. */
export function transition(state: FlowState, event: FlowEvent): FlowState {
  const global = handleGlobal(state, event);
  if (global) return global;
  const handler = machine[state.screen].on[event.type];
  if (handler === undefined) return state;
  if (typeof handler === 'string') return go(state, handler);
  // The table is keyed by event type, so this handler was written for exactly this event.
  return (handler as (s: FlowState, e: FlowEvent) => FlowState)(state, event);
}

/**
 * Whether this event would change anything now, as XState's `state.can(event)`: the one
 * question every control asks before it is offered. Guards (a locked PIN, no smartphone reader,
 * no card in the reader) are answered here, by the transition itself, never re-derived outside.
 */
export function can(state: FlowState, event: FlowEvent): boolean {
  return transition(state, event) !== state;
}

/**
 * After how long this screen moves on by itself (the app then sends TIMED_OUT), or undefined
 * when it waits: no timeout, a linked screen that is held, or a timeout that would change nothing
 * (a finished screen with the card still in the reader).
 */
export function timeoutOf(state: FlowState): number | undefined {
  const { timeoutMs } = machine[state.screen];
  if (timeoutMs === undefined || state.session.held) return undefined;
  return can(state, { type: 'TIMED_OUT' }) ? timeoutMs : undefined;
}

/** A screen that would move on by itself, waiting because it was opened from a link. */
export function isHeld(state: FlowState): boolean {
  return machine[state.screen].timeoutMs !== undefined && state.session.held && can(state, { type: 'TIMED_OUT' });
}
