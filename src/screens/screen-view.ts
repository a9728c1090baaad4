import type { FlowEvent, FlowState } from '../flow/types.ts';
import type { DeviceKey } from '../i18n/keys.ts';

export type TextRole = 'title' | 'body' | 'code' | 'note';
export type Tone = 'normal' | 'error' | 'warning' | 'done';
/** The drawn parts of a screen that are not text. */
/** Things outside the patient's hands that the visitor may make happen: events with no payload. */
export type SimulatedEvent =
  | 'FACE_MATCHED'
  | 'FACE_MATCH_FAILED'
  | 'TIMED_OUT'
  | 'STAFF_HELP_REQUESTED'
  | 'STAFF_CONFIRMED'
  | 'PHONE_HELD'
  | 'SIMULATION_RESET';

export type Widget = 'card' | 'camera' | 'keypad' | 'phone' | 'spinner' | 'check' | null;

export interface TextPart {
  readonly key: DeviceKey;
  readonly role: TextRole;
  readonly values?: Readonly<Record<string, string | number>>;
}

export interface ActionPart {
  readonly key: DeviceKey;
  readonly event: FlowEvent;
  readonly primary: boolean;
}

/** Keypad screens: the keys for its own two buttons and what a finished entry sends. */
export interface KeypadPart {
  readonly clearKey: DeviceKey;
  readonly submitKey: DeviceKey;
  readonly submit: (pin: string) => FlowEvent;
}

/**
 * What one screen shows, as data. The drawn terminal renders it in Japanese; the side panel
 * lists the same parts with their translations; the simulator controls offer `simulate`.
 */
export interface ScreenView {
  readonly tone: Tone;
  readonly widget: Widget;
  readonly texts: readonly TextPart[];
  readonly actions: readonly ActionPart[];
  readonly keypad?: KeypadPart;
  /** Things outside the patient's hands that the visitor may make happen next. */
  readonly simulate: readonly SimulatedEvent[];
}

export type ScreenDescriber = (flow: FlowState) => ScreenView;
