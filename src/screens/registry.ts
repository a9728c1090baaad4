import { can, isHeld, timeoutOf } from '../flow/machine.ts';
import type { ConsentTopic, FlowEvent, FlowState, ScreenId } from '../flow/types.ts';
import type { DeviceKey } from '../i18n/keys.ts';
import { provenanceOf } from '../i18n/provenance.ts';
import { keysOf, type ActionPart, type ScreenDescriber, type ScreenDraft, type ScreenView, type SimControl, type SimulatedEvent, type TextPart, type TextRole } from './screen-view.ts';

const text = (key: DeviceKey, role: TextRole = 'body', values?: TextPart['values']): TextPart =>
  values ? { key, role, values } : { key, role };
const act = (key: DeviceKey, event: FlowEvent, primary = true): ActionPart => ({ key, event, primary });
/** A simulator control with its usual label (`ui.sim.<EVENT>`). */
const sim = (event: SimulatedEvent): SimControl => ({ event, label: `ui.sim.${event}` });

/**
 * Describers list every control a screen can have; `describeScreen` keeps those the flow says
 * can change something now. So no describer decides whether the PIN is locked, the card is in,
 * or the clinic has a smartphone reader: the transition does.
 */
function view(partial: Partial<ScreenDraft> & Pick<ScreenDraft, 'texts'>): ScreenDraft {
  return { tone: 'normal', widget: null, actions: [], simulate: [], ...partial };
}

/** After a failed or timed-out face check: try again, or switch to the PIN where the card allows. */
function faceProblem(screen: 'face-failed' | 'face-timeout'): ScreenDraft {
  return view({
    tone: 'error',
    texts: [text(`device.${screen}.title`, 'title'), text(`device.${screen}.body`), text(`device.${screen}.staff`, 'note')],
    actions: [
      act(`device.${screen}.retry`, { type: 'RETRY_CHOSEN' }),
      act(`device.${screen}.pin`, { type: 'METHOD_CHOSEN', method: 'pin' }, false),
    ],
    simulate: [sim('STAFF_HELP_REQUESTED')],
  });
}

/**
 * Screens that end the visit with a message; the patient takes the card back. Opened from a
 * link on the smartphone path (no card), they would move on by themselves: then the visitor
 * moves them on.
 */
function endWithCard(parts: readonly TextPart[], tone: ScreenView['tone'] = 'error'): ScreenDescriber {
  return () => view({ tone, widget: 'card', texts: parts, simulate: [MOVE_ON] });
}

/** On a screen that would move on by itself but waits (opened from a link): move it on. */
const MOVE_ON: SimControl = { event: 'TIMED_OUT', label: 'ui.sim.moveOn' };

const CONSENT_QUESTION: Record<ConsentTopic, DeviceKey> = {
  treatment: 'device.consent-topic.questions.treatment',
  surgery: 'device.consent-topic.questions.surgery',
  checkup: 'device.consent-topic.questions.checkup',
};
const CONSENT_LABEL: Record<ConsentTopic, DeviceKey> = {
  treatment: 'device.consent-topic.topics.treatment',
  surgery: 'device.consent-topic.topics.surgery',
  checkup: 'device.consent-topic.topics.checkup',
};

const pinKeypad = (prefix: 'pin-entry' | 'phone-android-pin') => ({
  clearKey: `device.${prefix}.clear`,
  submitKey: `device.${prefix}.submit`,
  submit: (pin: string): FlowEvent => ({ type: 'PIN_SUBMITTED', pin }),
}) as const;

export const SCREENS: Readonly<Record<ScreenId, ScreenDescriber>> = {
  idle: (flow) =>
    view({
      widget: 'card',
      texts: [
        text(flow.settings.cardEntry === 'tray' ? 'device.idle.titleTray' : 'device.idle.titleSlot', 'title'),
        text('device.idle.body'),
      ],
      actions: [act('device.idle.phone', { type: 'PHONE_CHOSEN' }, false)],
    }),
  'card-unreadable': endWithCard([
    text('device.card-unreadable.body', 'title'),
    text('device.card-unreadable.code', 'code'),
    text('device.card-unreadable.remove', 'note'),
  ]),
  'card-not-my-number': endWithCard([
    text('device.card-not-my-number.body', 'title'),
    text('device.card-not-my-number.code', 'code'),
    text('device.card-not-my-number.remove', 'note'),
  ]),
  'card-read-failed': endWithCard([text('device.card-read-failed.title', 'title'), text('device.card-read-failed.body')]),
  'method-select': (flow) => {
    const faceOnly = flow.scenario.card === 'face-only';
    return view({
      texts: [text('device.method-select.title', 'title'), ...(faceOnly ? [text('device.method-select.faceOnly', 'note')] : [])],
      actions: [
        act('device.method-select.face', { type: 'METHOD_CHOSEN', method: 'face' }),
        act('device.method-select.pin', { type: 'METHOD_CHOSEN', method: 'pin' }),
      ],
      simulate: [sim('STAFF_HELP_REQUESTED')],
    });
  },
  'face-check': () =>
    view({
      widget: 'camera',
      texts: [text('device.face-check.title', 'title'), text('device.face-check.body'), text('device.face-check.hold', 'note')],
      actions: [act('device.face-check.back', { type: 'BACK_CHOSEN' }, false)],
      simulate: [sim('FACE_MATCHED'), sim('FACE_MATCH_FAILED'), sim('TIMED_OUT')],
    }),
  'face-failed': () => faceProblem('face-failed'),
  'face-timeout': () => faceProblem('face-timeout'),
  'pin-entry': () =>
    view({
      widget: 'keypad',
      texts: [text('device.pin-entry.title', 'title')],
      actions: [act('device.pin-entry.back', { type: 'BACK_CHOSEN' }, false)],
      keypad: pinKeypad('pin-entry'),
    }),
  'pin-wrong': (flow) =>
    view({
      tone: 'warning',
      texts: [text('device.pin-wrong.title', 'title'), text('device.pin-wrong.body', 'body', { count: flow.card.pinTriesLeft })],
      actions: [
        act('device.pin-wrong.retry', { type: 'RETRY_CHOSEN' }),
        act('device.pin-wrong.face', { type: 'METHOD_CHOSEN', method: 'face' }, false),
      ],
    }),
  'pin-locked': () =>
    view({
      tone: 'error',
      texts: [text('device.pin-locked.title', 'title'), text('device.pin-locked.body')],
      actions: [act('device.pin-locked.face', { type: 'METHOD_CHOSEN', method: 'face' })],
      simulate: [sim('STAFF_HELP_REQUESTED')],
    }),
  'visual-check': () =>
    view({
      texts: [text('device.visual-check.title', 'title'), text('device.visual-check.body')],
      actions: [act('device.visual-check.back', { type: 'BACK_CHOSEN' }, false)],
      simulate: [sim('STAFF_CONFIRMED')],
    }),
  querying: () =>
    view({ widget: 'spinner', texts: [text('device.querying.title', 'title'), text('device.querying.body')], simulate: [MOVE_ON] }),
  registration: () =>
    view({
      texts: [text('device.registration.title', 'title'), text('device.registration.body')],
      actions: [
        act('device.registration.agree', { type: 'REGISTRATION_ANSWERED', agree: true }),
        act('device.registration.decline', { type: 'REGISTRATION_ANSWERED', agree: false }, false),
      ],
    }),
  'registration-declined': endWithCard([
    text('device.registration-declined.title', 'title'),
    text('device.registration-declined.body'),
    text('device.registration-declined.remove', 'note'),
  ]),
  'renewal-alert': () =>
    view({
      tone: 'warning',
      texts: [text('device.renewal-alert.title', 'title'), text('device.renewal-alert.body')],
      actions: [act('device.renewal-alert.next', { type: 'NEXT_CHOSEN' })],
    }),
  'eligibility-only': () =>
    view({
      tone: 'warning',
      texts: [text('device.eligibility-only.title', 'title'), text('device.eligibility-only.body')],
      actions: [act('device.eligibility-only.next', { type: 'NEXT_CHOSEN' })],
    }),
  'error-006': endWithCard([
    text('device.error-006.title', 'title'),
    text('device.error-006.body'),
    text('device.error-006.code', 'code'),
    text('device.error-006.remove', 'note'),
  ]),
  'not-found': endWithCard([text('device.not-found.title', 'title'), text('device.not-found.body'), text('device.not-found.remove', 'note')]),
  'phone-select': () =>
    view({
      widget: 'phone',
      texts: [text('device.phone-select.title', 'title')],
      actions: [
        act('device.phone-select.iphone', { type: 'PHONE_OS_CHOSEN', os: 'iphone' }),
        act('device.phone-select.android', { type: 'PHONE_OS_CHOSEN', os: 'android' }),
        act('device.phone-select.back', { type: 'BACK_CHOSEN' }, false),
      ],
    }),
  'phone-iphone': () =>
    view({
      widget: 'phone',
      texts: [text('device.phone-iphone.title', 'title'), text('device.phone-iphone.body')],
      actions: [act('device.phone-iphone.back', { type: 'BACK_CHOSEN' }, false)],
      simulate: [sim('PHONE_HELD')],
    }),
  'phone-android-pin': (flow) =>
    view({
      tone: flow.session.phonePinRejected ? 'warning' : 'normal',
      widget: 'keypad',
      texts: [
        text('device.phone-android-pin.title', 'title'),
        ...(flow.session.phonePinRejected ? [text('device.phone-android-pin.rejected', 'note')] : []),
      ],
      actions: [act('device.phone-android-pin.back', { type: 'BACK_CHOSEN' }, false)],
      keypad: pinKeypad('phone-android-pin'),
    }),
  'phone-hold': () =>
    view({
      widget: 'phone',
      texts: [text('device.phone-hold.title', 'title')],
      actions: [act('device.phone-hold.back', { type: 'BACK_CHOSEN' }, false)],
      simulate: [sim('PHONE_HELD')],
    }),
  'consent-all': () =>
    view({
      texts: [text('device.consent-all.title', 'title'), text('device.consent-all.body')],
      actions: [
        act('device.consent-all.agree', { type: 'CONSENT_ALL_ANSWERED', agree: true }),
        act('device.consent-all.individual', { type: 'INDIVIDUAL_CONSENT_CHOSEN' }, false),
      ],
    }),
  'consent-topic': (flow) => {
    const topic = flow.settings.consentTopics[flow.session.consentIndex] ?? 'treatment';
    return view({
      texts: [text(CONSENT_LABEL[topic], 'title'), text(CONSENT_QUESTION[topic])],
      actions: [
        act('device.consent-topic.agree', { type: 'CONSENT_ANSWERED', agree: true }),
        act('device.consent-topic.decline', { type: 'CONSENT_ANSWERED', agree: false }, false),
      ],
    });
  },
  'limit-amount': () =>
    view({
      texts: [text('device.limit-amount.title', 'title'), text('device.limit-amount.body')],
      actions: [
        act('device.limit-amount.provide', { type: 'LIMIT_ANSWERED', provide: true }),
        act('device.limit-amount.decline', { type: 'LIMIT_ANSWERED', provide: false }, false),
      ],
    }),
  prescription: () =>
    view({
      texts: [text('device.prescription.title', 'title')],
      actions: [
        act('device.prescription.electronic', { type: 'PRESCRIPTION_CHOSEN', kind: 'electronic' }),
        act('device.prescription.paper', { type: 'PRESCRIPTION_CHOSEN', kind: 'paper' }),
      ],
    }),
  done: (flow) =>
    view({
      tone: 'done',
      widget: flow.session.cardInReader ? 'card' : 'check',
      texts: [text('device.done.title', 'title'), text(flow.session.cardInReader ? 'device.done.card' : 'device.done.phone')],
      simulate: [MOVE_ON],
    }),
};

/** Simulator controls offered on every screen, after the screen's own. */
export const ALWAYS_SIMULATE: readonly SimControl[] = [sim('SIMULATION_RESET')];

/**
 * What the screen shows now, with only the controls that can change something. A control for
 * an event the screen's own timer will send is not offered: the timer is that control.
 */
export function describeScreen(flow: FlowState): ScreenView {
  const draft = SCREENS[flow.screen](flow);
  const movesOnAfterMs = timeoutOf(flow);
  const tray: FlowEvent | null = can(flow, { type: 'CARD_REMOVED' })
    ? { type: 'CARD_REMOVED' }
    : can(flow, { type: 'CARD_PLACED' })
      ? { type: 'CARD_PLACED' }
      : null;
  const actions = draft.actions.filter((action) => can(flow, action.event));
  return {
    ...draft,
    actions,
    simulate: draft.simulate.filter(
      (control) => can(flow, { type: control.event }) && !(control.event === 'TIMED_OUT' && movesOnAfterMs !== undefined),
    ),
    tray,
    trayLabel: flow.session.cardInReader ? 'ui.device.takeCard' : flow.settings.cardEntry === 'tray' ? 'ui.device.placeCard' : 'ui.device.insertCard',
    waitsForCard: tray !== null && draft.widget === 'card',
    approximate: keysOf({ ...draft, actions }).some((part) => provenanceOf(part.key).status === 'approximate'),
    phoneReader: can(flow, { type: 'PHONE_HELD' }),
    movesOnAfterMs,
    held: isHeld(flow),
  };
}

