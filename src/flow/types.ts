/**
 * The reader's flow as plain data. Nothing in src/flow may import React, zustand or i18next:
 * the same types and transition drive the store, the tests and the deep-link seeding.
 */

export const SCREEN_IDS = [
  'idle',
  'card-unreadable',
  'card-not-my-number',
  'card-read-failed',
  'method-select',
  'face-check',
  'face-failed',
  'face-timeout',
  'pin-entry',
  'pin-wrong',
  'pin-locked',
  'visual-check',
  'querying',
  'registration',
  'registration-declined',
  'renewal-alert',
  'eligibility-only',
  'error-006',
  'not-found',
  'phone-select',
  'phone-iphone',
  'phone-android-pin',
  'phone-hold',
  'consent-all',
  'consent-topic',
  'limit-amount',
  'prescription',
  'done',
] as const;

export type ScreenId = (typeof SCREEN_IDS)[number];

/** Whether a string (from a link, a file, a note) names one of the screens. */
export const isScreenId = (value: string): value is ScreenId => (SCREEN_IDS as readonly string[]).includes(value);

export const CONSENT_TOPICS = ['treatment', 'surgery', 'checkup'] as const;
/** 診療・お薬 / 手術 / 健診: the topics a facility may offer for consent. */
export type ConsentTopic = (typeof CONSENT_TOPICS)[number];

export const CARD_KINDS = ['my-number', 'face-only', 'unreadable', 'other-card', 'read-failed'] as const;
export type CardKind = (typeof CARD_KINDS)[number];
export const CERTIFICATE_STATUSES = ['valid', 'expiring', 'expired-recent', 'expired-long'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
export const ELIGIBILITIES = ['found', 'not-found'] as const;
export type Eligibility = (typeof ELIGIBILITIES)[number];
export const CONSENT_FORMS = ['all-at-once', 'per-topic'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];
export const CARD_ENTRIES = ['tray', 'slot'] as const;
export type CardEntry = (typeof CARD_ENTRIES)[number];
export type PhoneOs = 'iphone' | 'android';
export type IdentityMethod = 'face' | 'pin' | 'visual' | 'phone';
export type Prescription = 'electronic' | 'paper';

/** What this clinic's terminal is configured to show. Input to the flow, chosen in the settings panel. */
export interface FacilitySettings {
  readonly consentTopics: readonly ConsentTopic[];
  readonly consentForm: ConsentForm;
  readonly ePrescription: boolean;
  readonly smartphoneReader: boolean;
  readonly cardEntry: CardEntry;
  /** Software from before 7 Oct 2024 still asks about the high-cost limit on its own screen. */
  readonly limitAmountScreen: boolean;
}

/** What the simulated card and the online query will turn out to be. Chosen outside the device. */
export interface Scenario {
  readonly card: CardKind;
  readonly certificate: CertificateStatus;
  readonly registered: boolean;
  readonly eligibility: Eligibility;
}

/** One patient's visit. Reset as a whole when the card is taken back. */
export interface Session {
  readonly cardInReader: boolean;
  readonly identity: IdentityMethod | null;
  /** Set when the patient agreed to register the card on the spot in this visit. */
  readonly registeredNow: boolean;
  readonly phoneOs: PhoneOs | null;
  readonly phonePinRejected: boolean;
  readonly faceFailures: number;
  readonly consentIndex: number;
  readonly consents: Readonly<Partial<Record<ConsentTopic, boolean>>>;
  readonly limitAmount: boolean | null;
  readonly prescription: Prescription | null;
  /**
   * The screen was opened from a link (or by staff showing it), not reached by the visit: it
   * waits for the visitor instead of moving on by itself, so it can be read. Any move clears it.
   */
  readonly held: boolean;
}

/**
 * What the card itself remembers between visits. A locked PIN stays locked when the card is
 * taken out and put back, as on the real card; only a new scenario or a reset clears it.
 */
export interface CardMemory {
  readonly pinTriesLeft: number;
}

export interface FlowState {
  readonly screen: ScreenId;
  readonly session: Session;
  readonly card: CardMemory;
  readonly settings: FacilitySettings;
  readonly scenario: Scenario;
}

/** Things that happened: at the terminal, on the patient's phone, or by staff. Never "go to X". */
export type FlowEvent =
  | { readonly type: 'CARD_PLACED' }
  | { readonly type: 'CARD_REMOVED' }
  | { readonly type: 'PHONE_CHOSEN' }
  | { readonly type: 'PHONE_OS_CHOSEN'; readonly os: PhoneOs }
  | { readonly type: 'PHONE_HELD' }
  | { readonly type: 'METHOD_CHOSEN'; readonly method: 'face' | 'pin' }
  | { readonly type: 'FACE_MATCHED' }
  | { readonly type: 'FACE_MATCH_FAILED' }
  | { readonly type: 'TIMED_OUT' }
  | { readonly type: 'RETRY_CHOSEN' }
  | { readonly type: 'BACK_CHOSEN' }
  | { readonly type: 'PIN_SUBMITTED'; readonly pin: string }
  | { readonly type: 'STAFF_HELP_REQUESTED' }
  | { readonly type: 'STAFF_CONFIRMED' }
  | { readonly type: 'REGISTRATION_ANSWERED'; readonly agree: boolean }
  | { readonly type: 'NEXT_CHOSEN' }
  | { readonly type: 'CONSENT_ALL_ANSWERED'; readonly agree: boolean }
  | { readonly type: 'INDIVIDUAL_CONSENT_CHOSEN' }
  | { readonly type: 'CONSENT_ANSWERED'; readonly agree: boolean }
  | { readonly type: 'LIMIT_ANSWERED'; readonly provide: boolean }
  | { readonly type: 'PRESCRIPTION_CHOSEN'; readonly kind: Prescription }
  | { readonly type: 'SETTINGS_CHANGED'; readonly settings: FacilitySettings }
  | { readonly type: 'SCENARIO_CHANGED'; readonly scenario: Scenario }
  | { readonly type: 'LINK_OPENED'; readonly screen: ScreenId }
  | { readonly type: 'SIMULATION_RESET' };

export type EventType = FlowEvent['type'];
export type EventOf<T extends EventType> = Extract<FlowEvent, { type: T }>;
