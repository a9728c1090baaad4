import type { FlowEvent, FlowState } from '../flow/types.ts';
import type { DeviceKey, UiKey } from '../i18n/keys.ts';

export type TextRole = 'title' | 'body' | 'code' | 'note';
export type Tone = 'normal' | 'error' | 'warning' | 'done';
/** Things outside the patient's hands that the visitor may make happen: events with no payload. */
export type SimulatedEvent =
  | 'FACE_MATCHED'
  | 'FACE_MATCH_FAILED'
  | 'TIMED_OUT'
  | 'STAFF_HELP_REQUESTED'
  | 'STAFF_CONFIRMED'
  | 'PHONE_HELD'
  | 'SIMULATION_RESET';

/** A control outside the device: what it makes happen, and the label it has on this screen. */
export interface SimControl {
  readonly event: SimulatedEvent;
  readonly label: UiKey;
}

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
 * Every control here was offered because the flow said it can change something now (`can`).
 */
export interface ScreenView {
  readonly tone: Tone;
  readonly widget: Widget;
  readonly texts: readonly TextPart[];
  readonly actions: readonly ActionPart[];
  readonly keypad?: KeypadPart;
  /** Things outside the patient's hands that the visitor may make happen next. */
  readonly simulate: readonly SimControl[];
  /** What the card tray (or slot) does when pressed now: place or take the card, or nothing. */
  readonly tray: FlowEvent | null;
  /** The tray's label: place, insert or take the card. */
  readonly trayLabel: UiKey;
  /**
   * The screen waits for the card to be placed or taken (it shows the card): the next-step
   * bar offers the tray too, and the card drawn on the screen can be tapped.
   */
  readonly waitsForCard: boolean;
  /** Some of the Japanese on this screen is not yet confirmed from a public source. */
  readonly approximate: boolean;
  /** Whether holding a phone over the smartphone reader does something now. */
  readonly phoneReader: boolean;
  /** After how long the screen moves on by itself, or undefined when it waits. */
  readonly movesOnAfterMs: number | undefined;
  /** The real reader would move on by itself, but this screen was opened from a link and waits. */
  readonly held: boolean;
  /**
   * What happens now in real life, in the help layer: the screen's own sentence
   * (`ui.guide.<screen>`), or one for the case at hand (the smartphone path, a card without a photo).
   */
  readonly guide: UiKey;
  /** Facts the help layer adds under that sentence here (where else a PIN is reset…). */
  readonly notes: readonly UiKey[];
}

/** The parts a screen describer writes; the registry adds what the flow decides. */
export type ScreenDraft = Pick<ScreenView, 'tone' | 'widget' | 'texts' | 'actions' | 'keypad' | 'simulate'> &
  Partial<Pick<ScreenView, 'guide' | 'notes'>>;

export type ScreenDescriber = (flow: FlowState) => ScreenDraft;

/** Every Japanese string a screen shows, in reading order: texts, keypad keys, then buttons. */
export function keysOf(view: Pick<ScreenView, 'texts' | 'actions' | 'keypad'>): TextPart[] {
  return [
    ...view.texts,
    ...(view.keypad ? [{ key: view.keypad.clearKey, role: 'body' as const }, { key: view.keypad.submitKey, role: 'body' as const }] : []),
    ...view.actions.map((action) => ({ key: action.key, role: 'body' as const })),
  ];
}
