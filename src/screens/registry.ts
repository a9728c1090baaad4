import { PRACTICE_PIN, can, hasPhoto, isHeld, paperCertificateNeeded, timeoutOf } from '../flow/machine.ts';
import { CONSENT_TOPICS, type ConsentTopic, type FlowEvent, type FlowState, type ScreenId } from '../flow/types.ts';
import type { DeviceKey, UiKey } from '../i18n/keys.ts';
import { provenanceOf } from '../i18n/provenance.ts';
import { topicListValue } from '../i18n/topic-list.ts';
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
    notes: ['ui.guide.faceLockReported'],
  });
}

/**
 * Screens that end the visit with a message; the patient takes the card back, and the screen
 * says so (`remove`). On the smartphone path there is no card: nothing is said about one, and
 * the screen moves on by itself (opened from a link, the visitor moves it on).
 */
function endWithCard(parts: readonly TextPart[], remove?: DeviceKey, help: (flow: FlowState) => Partial<ScreenDraft> = () => ({})): ScreenDescriber {
  return (flow) => {
    const card = flow.session.cardInReader;
    const texts = card && remove ? [...parts, text(remove, 'note')] : parts;
    return view({ tone: 'error', widget: card ? 'card' : null, texts, simulate: [MOVE_ON], ...help(flow) });
  };
}

/** On the smartphone path: the patient used a phone, not the card. */
const byPhone = (flow: FlowState): boolean => flow.session.identity === 'phone';
/** Staff can still check by eye here (the card has a photo): the PIN screens say so. */
const staffCanHelp = (flow: FlowState): boolean => can(flow, { type: 'STAFF_HELP_REQUESTED' });
const notesIf = (shown: boolean, ...keys: UiKey[]): readonly UiKey[] => (shown ? keys : []);

/** On a screen that would move on by itself but waits (opened from a link): move it on. */
const MOVE_ON: SimControl = { event: 'TIMED_OUT', label: 'ui.sim.moveOn' };

const CONSENT_QUESTION: Record<ConsentTopic, DeviceKey> = {
  treatment: 'device.consent-topic.questions.treatment',
  medication: 'device.consent-topic.questions.medication',
  surgery: 'device.consent-topic.questions.surgery',
  checkup: 'device.consent-topic.questions.checkup',
};
const CONSENT_LABEL: Record<ConsentTopic, DeviceKey> = {
  treatment: 'device.consent-topic.topics.treatment',
  medication: 'device.consent-topic.topics.medication',
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
      // The slot reader's one sentence (confirmed) says it all; "take it out of its case and
      // lay it down" is the tray's.
      texts:
        flow.settings.cardEntry === 'tray'
          ? [text('device.idle.titleTray', 'title'), text('device.idle.body')]
          : [text('device.idle.titleSlot', 'title')],
      actions: [act('device.idle.phone', { type: 'PHONE_CHOSEN' }, false)],
    }),
  'card-unreadable': endWithCard(
    [text('device.card-unreadable.body', 'title'), text('device.card-unreadable.code', 'code')],
    'device.card-unreadable.remove',
  ),
  'card-not-my-number': endWithCard(
    [text('device.card-not-my-number.body', 'title'), text('device.card-not-my-number.code', 'code')],
    'device.card-not-my-number.remove',
  ),
  'card-read-failed': endWithCard([text('device.card-read-failed.title', 'title'), text('device.card-read-failed.body')]),
  'method-select': (flow) => {
    const faceOnly = flow.scenario.card === 'face-only';
    const pinOnly = !hasPhoto(flow);
    return view({
      texts: [
        text('device.method-select.title', 'title'),
        ...(faceOnly ? [text('device.method-select.faceOnly', 'note')] : []),
        ...(pinOnly ? [text('device.method-select.pinOnly', 'note')] : []),
      ],
      ...(pinOnly ? { guide: 'ui.guide.noPhotoMethod' as const } : {}),
      notes: ['ui.guide.proxy'],
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
  'pin-entry': (flow) =>
    view({
      widget: 'keypad',
      texts: [text('device.pin-entry.title', 'title')],
      actions: [act('device.pin-entry.back', { type: 'BACK_CHOSEN' }, false)],
      keypad: pinKeypad('pin-entry'),
      simulate: [sim('STAFF_HELP_REQUESTED')],
      notes: [...notesIf(staffCanHelp(flow), 'ui.guide.forgotPin'), 'ui.guide.proxy'],
    }),
  'pin-wrong': (flow) =>
    view({
      tone: 'warning',
      texts: [text('device.pin-wrong.title', 'title'), text('device.pin-wrong.body', 'body', { count: flow.card.pinTriesLeft })],
      actions: [
        act('device.pin-wrong.retry', { type: 'RETRY_CHOSEN' }),
        act('device.pin-wrong.face', { type: 'METHOD_CHOSEN', method: 'face' }, false),
      ],
      simulate: [sim('STAFF_HELP_REQUESTED')],
      notes: notesIf(staffCanHelp(flow), 'ui.guide.forgotPin'),
      ...(hasPhoto(flow) ? {} : { guide: 'ui.guide.noPhotoPinWrong' as const }),
    }),
  'pin-locked': (flow) =>
    view({
      tone: 'error',
      texts: [text('device.pin-locked.title', 'title'), text('device.pin-locked.body')],
      actions: [act('device.pin-locked.face', { type: 'METHOD_CHOSEN', method: 'face' })],
      simulate: [sim('STAFF_HELP_REQUESTED')],
      // A card without a photo is a child's under one: no signature password, so no store reset.
      ...(hasPhoto(flow) ? { notes: ['ui.guide.storeReset' as const] } : { guide: 'ui.guide.noPhotoPinLocked' as const }),
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
  'registration-declined': endWithCard(
    [text('device.registration-declined.title', 'title'), text('device.registration-declined.body')],
    'device.registration-declined.remove',
    // Not registered: the paper that replaces the old insurance card, and what happens without it.
    () => ({ notes: ['ui.guide.eligibilityCertificate', 'ui.guide.fullCost'] }),
  ),
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
      notes: ['ui.guide.graceCardOnly'],
    }),
  'error-006': endWithCard(
    [text('device.error-006.title', 'title'), text('device.error-006.body'), text('device.error-006.code', 'code')],
    'device.error-006.remove',
    (flow) => (byPhone(flow) ? { guide: 'ui.guide.phoneExpired' } : { notes: ['ui.guide.afterGrace'] }),
  ),
  'not-found': endWithCard(
    [text('device.not-found.title', 'title'), text('device.not-found.body')],
    'device.not-found.remove',
    (flow) => {
      // A registered card that cannot be checked: the notice shown with it, and the risk of the full cost.
      const papers = { notes: ['ui.guide.eligibilityNotice', 'ui.guide.fullCost'] as const };
      if (!byPhone(flow)) return papers;
      return flow.scenario.registered ? { guide: 'ui.guide.phoneNotFound', ...papers } : { guide: 'ui.guide.phoneNotRegistered' };
    },
  ),
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
  'phone-android-pin': (flow) => {
    const { phonePinRejected, phonePinTriesLeft } = flow.session;
    const back = act('device.phone-android-pin.back', { type: 'BACK_CHOSEN' }, false);
    if (phonePinTriesLeft === 0) {
      return view({
        tone: 'error',
        texts: [text('device.pin-locked.title', 'title'), text('device.phone-android-pin.locked')],
        actions: [back],
        guide: 'ui.guide.phonePinLocked',
      });
    }
    return view({
      tone: phonePinRejected ? 'warning' : 'normal',
      widget: 'keypad',
      texts: [
        text('device.phone-android-pin.title', 'title'),
        ...(phonePinRejected
          ? [text('device.phone-android-pin.rejected', 'note'), text('device.pin-wrong.body', 'note', { count: phonePinTriesLeft })]
          : []),
      ],
      actions: [back],
      keypad: pinKeypad('phone-android-pin'),
    });
  },
  'phone-hold': () =>
    view({
      widget: 'phone',
      texts: [text('device.phone-hold.title', 'title')],
      actions: [act('device.phone-hold.back', { type: 'BACK_CHOSEN' }, false)],
      simulate: [sim('PHONE_HELD')],
    }),
  // The PMH question (national system, not a maker's): either answer goes on with the visit.
  'public-expense': () =>
    view({
      texts: [text('device.public-expense.title', 'title')],
      actions: [
        act('device.public-expense.use', { type: 'PUBLIC_EXPENSE_ANSWERED', use: true }),
        act('device.public-expense.decline', { type: 'PUBLIC_EXPENSE_ANSWERED', use: false }, false),
      ],
      notes: ['ui.guide.publicExpenseBring'],
    }),
  'consent-all': (flow) =>
    view({
      texts: [
        // Names the topics this clinic asks about (all of them, opened from a link where it asks none).
        text('device.consent-all.title', 'title', {
          topics: topicListValue(flow.settings.consentTopics.length > 0 ? flow.settings.consentTopics : CONSENT_TOPICS),
        }),
        text('device.consent-all.body'),
      ],
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
  done: (flow) => {
    // The older software offers the high-cost limit here, to a patient who keeps the card in.
    const limit = can(flow, { type: 'LIMIT_AMOUNT_CHOSEN' });
    return view({
      tone: 'done',
      widget: flow.session.cardInReader ? 'card' : 'check',
      texts: [text('device.done.title', 'title'), text(flow.session.cardInReader ? 'device.done.card' : 'device.done.phone')],
      actions: [act('device.done.limitAmount', { type: 'LIMIT_AMOUNT_CHOSEN' }, false)],
      simulate: [MOVE_ON],
      ...(limit ? { guide: 'ui.guide.doneLimit' as const } : {}),
      // A subsidy certificate the reader did not take (no PMH here, or 利用しない) is shown at the counter.
      notes: notesIf(paperCertificateNeeded(flow), 'ui.guide.publicExpensePaper'),
    });
  },
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
  // A keypad whose entry would change nothing (the phone's PIN locked) is not offered either.
  const { keypad: drafted, ...rest } = draft;
  const keypad = drafted && can(flow, drafted.submit(PRACTICE_PIN)) ? drafted : undefined;
  return {
    ...rest,
    ...(keypad ? { keypad } : {}),
    actions,
    guide: draft.guide ?? `ui.guide.${flow.screen}`,
    notes: draft.notes ?? [],
    simulate: draft.simulate.filter(
      (control) => can(flow, { type: control.event }) && !(control.event === 'TIMED_OUT' && movesOnAfterMs !== undefined),
    ),
    tray,
    trayLabel: flow.session.cardInReader ? 'ui.device.takeCard' : flow.settings.cardEntry === 'tray' ? 'ui.device.placeCard' : 'ui.device.insertCard',
    waitsForCard: tray !== null && draft.widget === 'card',
    approximate: keysOf({ texts: draft.texts, actions, ...(keypad ? { keypad } : {}) }).some((part) => provenanceOf(part.key).status === 'approximate'),
    phoneReader: can(flow, { type: 'PHONE_HELD' }),
    movesOnAfterMs,
    held: isHeld(flow),
  };
}

