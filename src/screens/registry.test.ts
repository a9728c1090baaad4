import { describe, expect, it } from 'vitest';
import { ALPHABET, explore, startStates } from '../flow/explore.ts';
import { DEFAULT_SCENARIO, DEFAULT_SETTINGS, PRACTICE_PIN, can, initialState, transition } from '../flow/machine.ts';
import { SCREEN_IDS, type FlowEvent, type FlowState } from '../flow/types.ts';
import ja from '../../locales/ja.json';
import { ALWAYS_SIMULATE, describeScreen } from './registry.ts';
import { keysOf } from './screen-view.ts';
import { flatten, pluralBase } from '../i18n/locale-check.ts';

interface Offer {
  readonly event: FlowEvent;
  readonly by: string;
}

/** Every control a visitor can use on this state's page, and the event each one sends. */
function offersOf(state: FlowState): Offer[] {
  const view = describeScreen(state);
  return [
    ...view.actions.map((action) => ({ event: action.event, by: `the button ${action.key}` })),
    ...(view.keypad ? [{ event: view.keypad.submit(PRACTICE_PIN), by: 'the keypad' }] : []),
    ...view.simulate.map((control) => ({ event: { type: control.event }, by: `the control ${control.label}` })),
    ...(view.tray ? [{ event: view.tray, by: 'the card tray' }] : []),
    ...(view.phoneReader ? [{ event: { type: 'PHONE_HELD' } as const, by: 'the smartphone reader' }] : []),
    ...(view.movesOnAfterMs !== undefined ? [{ event: { type: 'TIMED_OUT' } as const, by: "the screen's own timer" }] : []),
  ];
}

const sameEvent = (a: FlowEvent, b: FlowEvent): boolean =>
  a.type === 'PIN_SUBMITTED' ? b.type === 'PIN_SUBMITTED' : JSON.stringify(a) === JSON.stringify(b);

// Every state a visit can reach, and every screen as a link opens it under every variant.
const linked = startStates().flatMap((start) => SCREEN_IDS.map((screen) => transition(start, { type: 'LINK_OPENED', screen })));
const { states } = explore([...startStates(), ...linked]);

describe('the controls each screen offers', () => {
  it('cover every event the screen handles', () => {
    const missing = new Set<string>();
    for (const state of states) {
      const offers = offersOf(state);
      for (const event of ALPHABET) {
        if (event.type === 'SIMULATION_RESET' || !can(state, event)) continue;
        if (!offers.some((offer) => sameEvent(offer.event, event))) missing.add(`${state.screen}: nothing offers ${JSON.stringify(event)}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('never include a control that does nothing', () => {
    const idle = new Set<string>();
    for (const state of states) {
      for (const offer of offersOf(state)) {
        if (!can(state, offer.event)) idle.add(`${state.screen}: ${offer.by} would change nothing`);
      }
      for (const control of ALWAYS_SIMULATE) {
        if (!can(state, { type: control.event })) idle.add(`${state.screen}: ${control.label} would change nothing`);
      }
    }
    expect([...idle]).toEqual([]);
  });

  it('leave a screen opened from a link in place until the visitor moves it on', () => {
    for (const state of linked) {
      const view = describeScreen(state);
      expect(view.movesOnAfterMs, state.screen).toBeUndefined();
      if (view.held) expect(view.simulate.map((control) => control.label), state.screen).toContain('ui.sim.moveOn');
    }
    const querying = linked.find((state) => state.screen === 'querying');
    expect(querying && describeScreen(querying).held).toBe(true);
  });

  it('let a screen reached during a visit move on by itself, with no control doing the same', () => {
    const reached = states.filter((state) => state.screen === 'querying' && !state.session.held);
    expect(reached.length).toBeGreaterThan(0);
    for (const state of reached) {
      const view = describeScreen(state);
      expect(view.movesOnAfterMs).toBeGreaterThan(0);
      expect(view.simulate.map((control) => control.event)).not.toContain('TIMED_OUT');
    }
  });
});

describe('what each screen shows', () => {
  const sourceKeys = new Set([...flatten(ja).strings.keys()].filter((key) => key.startsWith('device.')).map(pluralBase));

  it('names only Japanese strings that exist in the source', () => {
    const unknown = new Set<string>();
    for (const state of states) {
      for (const part of keysOf(describeScreen(state))) if (!sourceKeys.has(part.key)) unknown.add(part.key);
    }
    expect([...unknown]).toEqual([]);
  });

  it('uses every Japanese string of the source somewhere', () => {
    const shown = new Set<string>(states.flatMap((state) => keysOf(describeScreen(state)).map((part) => part.key)));
    expect([...sourceKeys].filter((key) => !shown.has(key))).toEqual([]);
  });
});

describe('what the help layer and the reader say in each case', () => {
  const start = (scenario: Partial<FlowState['scenario']> = {}, settings: Partial<FlowState['settings']> = {}) =>
    initialState({ ...DEFAULT_SETTINGS, ...settings }, { ...DEFAULT_SCENARIO, ...scenario });
  const run = (state: FlowState, ...events: FlowEvent[]): FlowState => events.reduce(transition, state);
  const viewAfter = (state: FlowState, ...events: FlowEvent[]) => describeScreen(run(state, ...events));
  const keys = (view: ReturnType<typeof describeScreen>) => keysOf(view).map((part) => part.key);
  const byIphone: FlowEvent[] = [{ type: 'PHONE_CHOSEN' }, { type: 'PHONE_OS_CHOSEN', os: 'iphone' }, { type: 'PHONE_HELD' }, { type: 'TIMED_OUT' }];
  const byFace: FlowEvent[] = [{ type: 'CARD_PLACED' }, { type: 'METHOD_CHOSEN', method: 'face' }, { type: 'FACE_MATCHED' }, { type: 'TIMED_OUT' }];

  it('never ask for a card on the smartphone path, and say why the phone did not work', () => {
    const expired = viewAfter(start({ certificate: 'expired-recent' }), ...byIphone);
    expect(keys(expired)).not.toContain('device.error-006.remove');
    expect(expired.widget).not.toBe('card');
    expect(expired.guide).toBe('ui.guide.phoneExpired');
    const unregistered = viewAfter(start({ registered: false }), ...byIphone);
    expect(keys(unregistered)).not.toContain('device.not-found.remove');
    expect(unregistered.guide).toBe('ui.guide.phoneNotRegistered');
    expect(viewAfter(start({ eligibility: 'not-found' }), ...byIphone).guide).toBe('ui.guide.phoneNotFound');
  });

  it('ask for the card back on the card path, and add after error 006 that the registration ends too', () => {
    const view = viewAfter(start({ certificate: 'expired-long' }), ...byFace);
    expect(keys(view)).toContain('device.error-006.remove');
    expect(view.guide).toBe('ui.guide.error-006');
    expect(view.notes).toEqual(['ui.guide.afterGrace']);
    expect(viewAfter(start({ certificate: 'expired-recent' }), ...byFace).notes).toEqual(['ui.guide.graceCardOnly']);
  });

  it('name in the all-at-once question only the topics this clinic asks about', () => {
    const title = (topics: FlowState['settings']['consentTopics']) =>
      viewAfter(start({}, { consentTopics: topics }), ...byFace).texts.find((part) => part.key === 'device.consent-all.title')?.values;
    expect(title(['treatment', 'medication', 'surgery', 'checkup'])).toEqual({ topics: 'treatment,medication,surgery,checkup' });
    expect(title(['medication', 'checkup'])).toEqual({ topics: 'medication,checkup' });
  });

  it('give a slot reader only its own sentence, and a tray reader the one about the case too', () => {
    expect(keys(describeScreen(start({}, { cardEntry: 'slot' })))).toEqual(['device.idle.titleSlot', 'device.idle.phone']);
    expect(keys(describeScreen(start()))).toEqual(['device.idle.titleTray', 'device.idle.body', 'device.idle.phone']);
  });

  it('offer the high-cost limit on the done screen of the older software only, and say how to use it', () => {
    const older = viewAfter(start({}, { software: 'before-2024-10', consentTopics: [], ePrescription: false }), ...byFace);
    expect(older.actions.map((action) => action.key)).toEqual(['device.done.limitAmount']);
    expect(older.guide).toBe('ui.guide.doneLimit');
    const current = viewAfter(start({}, { consentTopics: [], ePrescription: false }), ...byFace);
    expect(current.actions).toEqual([]);
    expect(current.guide).toBe('ui.guide.done');
  });

  it('ask about subsidy certificates with the question and its two answers, and say to bring the paper one', () => {
    const asked = viewAfter(start({ subsidyCertificate: true }, { publicExpense: true }), ...byFace);
    expect(keys(asked)).toEqual(['device.public-expense.title', 'device.public-expense.use', 'device.public-expense.decline']);
    expect(asked.actions.map((action) => [action.key, action.primary])).toEqual([
      ['device.public-expense.use', true],
      ['device.public-expense.decline', false],
    ]);
    expect(asked.guide).toBe('ui.guide.public-expense');
    expect(asked.notes).toEqual(['ui.guide.publicExpenseBring']);
    // 利用しない is not yet found in a public source.
    expect(asked.approximate).toBe(true);
  });

  it('tell a patient with a subsidy certificate at the end to show it at the counter, unless the reader took it', () => {
    const noTopics = { consentTopics: [], ePrescription: false } as const;
    const answer = (use: boolean): FlowEvent => ({ type: 'PUBLIC_EXPENSE_ANSWERED', use });
    const paper = ['ui.guide.publicExpensePaper'];
    expect(viewAfter(start({ subsidyCertificate: true }, noTopics), ...byFace).notes).toEqual(paper);
    expect(viewAfter(start({ subsidyCertificate: true }, { ...noTopics, publicExpense: true }), ...byFace, answer(false)).notes).toEqual(paper);
    expect(viewAfter(start({ subsidyCertificate: true }, { ...noTopics, publicExpense: true }), ...byFace, answer(true)).notes).toEqual([]);
    expect(viewAfter(start({}, noTopics), ...byFace).notes).toEqual([]);
  });

  it('offer staff help from the PIN screens, except for a card without a photo', () => {
    const pin: FlowEvent[] = [{ type: 'CARD_PLACED' }, { type: 'METHOD_CHOSEN', method: 'pin' }];
    const entry = viewAfter(start(), ...pin);
    expect(entry.simulate.map((control) => control.event)).toContain('STAFF_HELP_REQUESTED');
    expect(entry.notes).toEqual(['ui.guide.forgotPin', 'ui.guide.proxy']);
    const noPhoto = viewAfter(start({ card: 'no-photo' }), ...pin);
    expect(noPhoto.simulate.map((control) => control.event)).not.toContain('STAFF_HELP_REQUESTED');
    // A parent types the child's PIN; staff never do.
    expect(noPhoto.notes).toEqual(['ui.guide.proxy']);
    const method = viewAfter(start({ card: 'no-photo' }), { type: 'CARD_PLACED' });
    expect(keys(method)).toEqual(['device.method-select.title', 'device.method-select.pinOnly', 'device.method-select.pin']);
    expect(method.guide).toBe('ui.guide.noPhotoMethod');
    expect(method.notes).toEqual(['ui.guide.proxy']);
  });

  it('name the papers that stand in for the card, and the risk of the full cost, where no insurance is confirmed', () => {
    const notFound = viewAfter(start({ eligibility: 'not-found' }), ...byFace);
    expect(keys(notFound)).toContain('device.not-found.title');
    expect(notFound.notes).toEqual(['ui.guide.eligibilityNotice', 'ui.guide.fullCost']);
    const declined = viewAfter(start({ registered: false }), ...byFace, { type: 'REGISTRATION_ANSWERED', agree: false });
    expect(keys(declined)).toContain('device.registration-declined.title');
    expect(declined.notes).toEqual(['ui.guide.eligibilityCertificate', 'ui.guide.fullCost']);
  });

  it('say a face lock after ten failures is only reported, on both face problems', () => {
    const face: FlowEvent[] = [{ type: 'CARD_PLACED' }, { type: 'METHOD_CHOSEN', method: 'face' }];
    expect(viewAfter(start(), ...face, { type: 'FACE_MATCH_FAILED' }).notes).toEqual(['ui.guide.faceLockReported']);
    expect(viewAfter(start(), ...face, { type: 'TIMED_OUT' }).notes).toEqual(['ui.guide.faceLockReported']);
  });

  it('say where else a locked PIN is reset, but not for a child’s card without a photo', () => {
    const wrong = (n: string): FlowEvent[] => [{ type: 'PIN_SUBMITTED', pin: n }, { type: 'RETRY_CHOSEN' }];
    const lock: FlowEvent[] = [{ type: 'CARD_PLACED' }, { type: 'METHOD_CHOSEN', method: 'pin' }, ...wrong('1'), ...wrong('2'), { type: 'PIN_SUBMITTED', pin: '3' }];
    expect(viewAfter(start(), ...lock).notes).toEqual(['ui.guide.storeReset']);
    const child = viewAfter(start({ card: 'no-photo' }), ...lock);
    expect(child.notes).toEqual([]);
    expect(child.guide).toBe('ui.guide.noPhotoPinLocked');
    expect(child.actions).toEqual([]);
  });

  it('take the keypad away once the phone’s PIN is locked, and say so', () => {
    const wrong: FlowEvent[] = [{ type: 'PIN_SUBMITTED', pin: '0000' }, { type: 'PHONE_HELD' }];
    const atPin = run(start(), { type: 'PHONE_CHOSEN' }, { type: 'PHONE_OS_CHOSEN', os: 'android' });
    const once = describeScreen(run(atPin, ...wrong));
    expect(keys(once)).toContain('device.phone-android-pin.rejected');
    expect(once.texts.find((part) => part.key === 'device.pin-wrong.body')?.values).toEqual({ count: 2 });
    expect(once.keypad).toBeDefined();
    const locked = describeScreen(run(atPin, ...wrong, ...wrong, ...wrong));
    expect(locked.keypad).toBeUndefined();
    expect(keys(locked)).toEqual(['device.pin-locked.title', 'device.phone-android-pin.locked', 'device.phone-android-pin.back']);
    expect(locked.guide).toBe('ui.guide.phonePinLocked');
  });
});
