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
  'public-expense',
  'consent-all',
  'consent-topic',
  'limit-amount',
  'prescription',
  'done',
] as const;

export type ScreenId = (typeof SCREEN_IDS)[number];

/** Whether a string (from a link, a file, a note) names one of the screens. */
export const isScreenId = (value: string): value is ScreenId => (SCREEN_IDS as readonly string[]).includes(value);

export const CONSENT_TOPICS = ['treatment', 'medication', 'surgery', 'checkup'] as const;
/**
 * 診療 / お薬 / 手術 / 健診: the topics a facility may offer for consent, in the reader's order.
 * Treatment and medication are apart: a pharmacy, say, asks about medicines and check-ups only.
 */
export type ConsentTopic = (typeof CONSENT_TOPICS)[number];

/**
 * `face-only`: a card made without a PIN (face recognition only). `no-photo`: a card made without
 * a photo, as every child under one gets since 2 Dec 2024: neither face recognition nor a staff
 * check by eye can work with it, only the PIN a parent set.
 */
export const CARD_KINDS = ['my-number', 'face-only', 'no-photo', 'unreadable', 'other-card', 'read-failed'] as const;
export type CardKind = (typeof CARD_KINDS)[number];
export const CERTIFICATE_STATUSES = ['valid', 'expiring', 'expired-recent', 'expired-long'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
export const ELIGIBILITIES = ['found', 'not-found'] as const;
export type Eligibility = (typeof ELIGIBILITIES)[number];
/**
 * The reader's software, on either side of the 7 Oct 2024 release: before it, consent topic by
 * topic and a separate limit-amount question after reception; since, consent all at once (or
 * topic by topic on request) and no limit-amount question. The smartphone path (from Sept 2025)
 * exists only on the later software.
 */
export const SOFTWARE_GENERATIONS = ['since-2024-10', 'before-2024-10'] as const;
export type SoftwareGeneration = (typeof SOFTWARE_GENERATIONS)[number];
export const CARD_ENTRIES = ['tray', 'slot'] as const;
export type CardEntry = (typeof CARD_ENTRIES)[number];
export type PhoneOs = 'iphone' | 'android';
export type IdentityMethod = 'face' | 'pin' | 'visual' | 'phone';
export type Prescription = 'electronic' | 'paper';

/** What this clinic's terminal is configured to show. Input to the flow, chosen in the settings panel. */
export interface FacilitySettings {
  readonly consentTopics: readonly ConsentTopic[];
  /** Which software the reader runs: it decides the consent form and the limit-amount question. */
  readonly software: SoftwareGeneration;
  readonly ePrescription: boolean;
  /** The clinic has a smartphone reader (used only by the software since Oct 2024). */
  readonly smartphoneReader: boolean;
  readonly cardEntry: CardEntry;
  /**
   * The clinic's reader asks for public medical subsidy certificates (受給者証) through the Digital
   * Agency's Public Medical Hub (PMH), municipality by municipality from 2025–2026. Off by default:
   * most clinics do not yet, and where they do not, the paper certificate is shown at the counter.
   */
  readonly publicExpense: boolean;
}

/** What the simulated card and the online query will turn out to be. Chosen outside the device. */
export interface Scenario {
  readonly card: CardKind;
  readonly certificate: CertificateStatus;
  readonly registered: boolean;
  readonly eligibility: Eligibility;
  /** The patient has a public medical subsidy certificate (受給者証: children, single parents, intractable diseases…). */
  readonly subsidyCertificate: boolean;
}

/** One patient's visit. Reset as a whole when the card is taken back. */
export interface Session {
  readonly cardInReader: boolean;
  readonly identity: IdentityMethod | null;
  /** Set when the patient agreed to register the card on the spot in this visit. */
  readonly registeredNow: boolean;
  readonly phoneOs: PhoneOs | null;
  /**
   * Whether the PIN typed for the Android phone's certificate is the right one. The reader takes
   * the PIN first and the phone checks it when it is held: only then is a wrong PIN known.
   */
  readonly phonePinMatches: boolean;
  /** The last hold of the phone refused the PIN typed before it. */
  readonly phonePinRejected: boolean;
  /**
   * Tries left for the phone certificate's PIN. The phone's own memory, kept here for the visit:
   * a locked phone stays locked until the visit ends, and the card works meanwhile.
   */
  readonly phonePinTriesLeft: number;
  readonly faceFailures: number;
  readonly consentIndex: number;
  readonly consents: Readonly<Partial<Record<ConsentTopic, boolean>>>;
  readonly limitAmount: boolean | null;
  /**
   * The answer to 医療費助成の各種受給者証を利用しますか (null: not asked). The end of the visit
   * depends on it: a patient who said no shows the paper certificate at the counter.
   */
  readonly publicExpense: boolean | null;
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
  | { readonly type: 'PUBLIC_EXPENSE_ANSWERED'; readonly use: boolean }
  | { readonly type: 'LIMIT_AMOUNT_CHOSEN' }
  | { readonly type: 'LIMIT_ANSWERED'; readonly provide: boolean }
  | { readonly type: 'PRESCRIPTION_CHOSEN'; readonly kind: Prescription }
  | { readonly type: 'SETTINGS_CHANGED'; readonly settings: FacilitySettings }
  | { readonly type: 'SCENARIO_CHANGED'; readonly scenario: Scenario }
  | { readonly type: 'LINK_OPENED'; readonly screen: ScreenId }
  | { readonly type: 'SIMULATION_RESET' };

export type EventType = FlowEvent['type'];
export type EventOf<T extends EventType> = Extract<FlowEvent, { type: T }>;
