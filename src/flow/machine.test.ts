import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCENARIO,
  DEFAULT_SETTINGS,
  PHONE_PIN_TRIES,
  PIN_TRIES,
  PRACTICE_PIN,
  QUERY_MS,
  can,
  initialState,
  isHeld,
  paperCertificateNeeded,
  timeoutOf,
  transition,
} from './machine.ts';
import type { FacilitySettings, FlowEvent, FlowState, Scenario } from './types.ts';

const run = (state: FlowState, ...events: FlowEvent[]): FlowState => events.reduce(transition, state);
const start = (scenario: Partial<Scenario> = {}, settings: Partial<FacilitySettings> = {}): FlowState =>
  initialState({ ...DEFAULT_SETTINGS, ...settings }, { ...DEFAULT_SCENARIO, ...scenario });

const place: FlowEvent = { type: 'CARD_PLACED' };
const byFace: FlowEvent = { type: 'METHOD_CHOSEN', method: 'face' };
const byPin: FlowEvent = { type: 'METHOD_CHOSEN', method: 'pin' };
const matched: FlowEvent = { type: 'FACE_MATCHED' };
const queryDone: FlowEvent = { type: 'TIMED_OUT' };
const pin = (value: string): FlowEvent => ({ type: 'PIN_SUBMITTED', pin: value });

describe('a patient at the reader', () => {
  it('goes from the card to the done screen by face, answering consent all at once', () => {
    const atConsent = run(start(), place, byFace, matched, queryDone);
    expect(atConsent.screen).toBe('consent-all');
    const done = run(atConsent, { type: 'CONSENT_ALL_ANSWERED', agree: true }, { type: 'PRESCRIPTION_CHOSEN', kind: 'paper' });
    expect(done.screen).toBe('done');
    expect(done.session.consents).toEqual({ treatment: true, medication: true, surgery: true, checkup: true });
    expect(done.session.prescription).toBe('paper');
  });

  it('is back at idle with nothing of the visit left once the card is taken', () => {
    const done = run(start(), place, byFace, matched, queryDone, { type: 'CONSENT_ALL_ANSWERED', agree: true }, {
      type: 'PRESCRIPTION_CHOSEN',
      kind: 'electronic',
    });
    const after = transition(done, { type: 'CARD_REMOVED' });
    expect(after.screen).toBe('idle');
    expect(after.session).toEqual(initialState().session);
  });

  it('answers each offered topic in turn on the software from before 7 Oct 2024', () => {
    const s = run(start({}, { software: 'before-2024-10', consentTopics: ['treatment', 'checkup'] }), place, byFace, matched, queryDone);
    expect(s.screen).toBe('consent-topic');
    const next = transition(s, { type: 'CONSENT_ANSWERED', agree: true });
    expect(next.screen).toBe('consent-topic');
    expect(next.session.consentIndex).toBe(1);
    const end = transition(next, { type: 'CONSENT_ANSWERED', agree: false });
    expect(end.screen).toBe('prescription');
    expect(end.session.consents).toEqual({ treatment: true, checkup: false });
  });

  it('may choose topic by topic from the all-at-once screen', () => {
    const s = run(start(), place, byFace, matched, queryDone, { type: 'INDIVIDUAL_CONSENT_CHOSEN' });
    expect(s.screen).toBe('consent-topic');
  });

  it('skips consent when the clinic offers no topics, and skips the prescription question when it has no e-prescriptions', () => {
    const s = run(start({}, { consentTopics: [], ePrescription: false }), place, byFace, matched, queryDone);
    expect(s.screen).toBe('done');
  });

  it('asks medication apart from treatment, as a pharmacy that asks about medicines and check-ups only', () => {
    const s = run(start({}, { software: 'before-2024-10', consentTopics: ['medication', 'checkup'] }), place, byFace, matched, queryDone);
    const end = run(s, { type: 'CONSENT_ANSWERED', agree: true }, { type: 'CONSENT_ANSWERED', agree: false });
    expect(end.session.consents).toEqual({ medication: true, checkup: false });
  });

  describe('on the software from before 7 Oct 2024', () => {
    const older = { software: 'before-2024-10', consentTopics: ['surgery'], ePrescription: false } as const;
    const atDone = () => run(start({}, older), place, byFace, matched, queryDone, { type: 'CONSENT_ANSWERED', agree: true });
    const useLimit: FlowEvent = { type: 'LIMIT_AMOUNT_CHOSEN' };

    it('asks topic by topic, never all at once', () => {
      expect(run(start({}, older), place, byFace, matched, queryDone).screen).toBe('consent-topic');
    });

    it('offers the high-cost limit on the done screen, to a patient who keeps the card in, once', () => {
      const done = atDone();
      expect(done.screen).toBe('done');
      const limit = transition(done, useLimit);
      expect(limit.screen).toBe('limit-amount');
      const answered = transition(limit, { type: 'LIMIT_ANSWERED', provide: true });
      expect(answered.screen).toBe('done');
      expect(answered.session.limitAmount).toBe(true);
      expect(can(answered, useLimit)).toBe(false);
      expect(transition(answered, { type: 'CARD_REMOVED' }).screen).toBe('idle');
    });

    it('lets the patient take the card without the limit question', () => {
      expect(transition(atDone(), { type: 'CARD_REMOVED' }).screen).toBe('idle');
    });

    it('has no smartphone path, even where the clinic has the smartphone reader', () => {
      expect(can(start({}, { ...older, smartphoneReader: true }), { type: 'PHONE_CHOSEN' })).toBe(false);
    });
  });

  it('has no limit-amount question on the software since 7 Oct 2024', () => {
    const done = run(start({}, { consentTopics: [], ePrescription: false }), place, byFace, matched, queryDone);
    expect(done.screen).toBe('done');
    expect(can(done, { type: 'LIMIT_AMOUNT_CHOSEN' })).toBe(false);
  });
});

describe('a patient with a medical subsidy certificate (PMH)', () => {
  const pmh = { publicExpense: true } as const;
  const certificate = { subsidyCertificate: true } as const;
  const use = (yes: boolean): FlowEvent => ({ type: 'PUBLIC_EXPENSE_ANSWERED', use: yes });
  const atQuestion = () => run(start(certificate, pmh), place, byFace, matched, queryDone);

  it('is asked after the eligibility query and before consent, where the reader uses PMH', () => {
    const asked = atQuestion();
    expect(asked.screen).toBe('public-expense');
    expect(can(asked, use(true))).toBe(true);
    expect(can(asked, use(false))).toBe(true);
    expect(can(asked, { type: 'CONSENT_ALL_ANSWERED', agree: true })).toBe(false);
  });

  it.each([true, false])('goes on to consent either way (利用する: %s), and the visit keeps the answer', (yes) => {
    const answered = transition(atQuestion(), use(yes));
    expect(answered.screen).toBe('consent-all');
    expect(answered.session.publicExpense).toBe(yes);
    const done = run(answered, { type: 'CONSENT_ALL_ANSWERED', agree: true }, { type: 'PRESCRIPTION_CHOSEN', kind: 'paper' });
    expect(done.screen).toBe('done');
    // Said no: the paper certificate is shown at the counter; said yes: the reader took it.
    expect(paperCertificateNeeded(done)).toBe(!yes);
    expect(transition(done, { type: 'CARD_REMOVED' }).session.publicExpense).toBeNull();
  });

  it('goes straight on to what follows consent at a clinic that asks no topics', () => {
    const s = run(start(certificate, { ...pmh, consentTopics: [], ePrescription: false }), place, byFace, matched, queryDone, use(true));
    expect(s.screen).toBe('done');
  });

  it('is asked after the renewal alert too', () => {
    const s = run(start({ ...certificate, certificate: 'expiring' }, pmh), place, byFace, matched, queryDone);
    expect(s.screen).toBe('renewal-alert');
    expect(transition(s, { type: 'NEXT_CHOSEN' }).screen).toBe('public-expense');
  });

  it.each([
    ['the clinic’s reader does not use PMH', certificate, {}],
    ['the patient has no certificate', {}, pmh],
    ['the reader runs the software from before 7 Oct 2024', certificate, { ...pmh, software: 'before-2024-10', consentTopics: ['surgery'] }],
  ] as const)('is not asked where %s', (_, scenario, settings) => {
    const s = run(start(scenario, settings), place, byFace, matched, queryDone);
    expect(s.screen).not.toBe('public-expense');
    expect(['consent-all', 'consent-topic']).toContain(s.screen);
  });

  it('shows the paper certificate at the counter where the reader does not ask', () => {
    const done = run(start(certificate), place, byFace, matched, queryDone, { type: 'CONSENT_ALL_ANSWERED', agree: true }, {
      type: 'PRESCRIPTION_CHOSEN',
      kind: 'paper',
    });
    expect(paperCertificateNeeded(done)).toBe(true);
    expect(paperCertificateNeeded({ ...done, scenario: DEFAULT_SCENARIO })).toBe(false);
  });

  it('opened from a link, answers and goes on to consent', () => {
    const linked = transition(start(), { type: 'LINK_OPENED', screen: 'public-expense' });
    expect(linked.screen).toBe('public-expense');
    expect(transition(linked, use(false)).screen).toBe('consent-all');
  });
});

describe('the PIN', () => {
  it('accepts only the practice PIN', () => {
    expect(run(start(), place, byPin, pin(PRACTICE_PIN)).screen).toBe('querying');
    expect(run(start(), place, byPin, pin('0000')).screen).toBe('pin-wrong');
  });

  it('counts down the tries and locks after three wrong in a row', () => {
    const once = run(start(), place, byPin, pin('1111'));
    expect(once.card.pinTriesLeft).toBe(PIN_TRIES - 1);
    const twice = run(once, { type: 'RETRY_CHOSEN' }, pin('2222'));
    expect(twice.card.pinTriesLeft).toBe(1);
    const locked = run(twice, { type: 'RETRY_CHOSEN' }, pin('3333'));
    expect(locked.screen).toBe('pin-locked');
  });

  it('resets the count after one correct entry', () => {
    const s = run(start(), place, byPin, pin('1111'), { type: 'RETRY_CHOSEN' }, pin(PRACTICE_PIN));
    expect(s.card.pinTriesLeft).toBe(PIN_TRIES);
  });

  it('stays locked when the card is taken out and put back, but face recognition still works', () => {
    const locked = run(start(), place, byPin, pin('1'), { type: 'RETRY_CHOSEN' }, pin('2'), { type: 'RETRY_CHOSEN' }, pin('3'));
    const again = run(locked, { type: 'CARD_REMOVED' }, place, byPin);
    expect(again.screen).toBe('method-select');
    expect(run(again, byFace).screen).toBe('face-check');
  });

  it('is not offered for a face-only card', () => {
    expect(run(start({ card: 'face-only' }), place, byPin).screen).toBe('method-select');
  });

  it('lets a patient who has forgotten it ask staff to check by eye, from the PIN screens too', () => {
    const entry = run(start(), place, byPin);
    expect(transition(entry, { type: 'STAFF_HELP_REQUESTED' }).screen).toBe('visual-check');
    const wrong = run(entry, pin('0000'));
    expect(transition(wrong, { type: 'STAFF_HELP_REQUESTED' }).screen).toBe('visual-check');
  });
});

describe('a card without a photo (a child under one)', () => {
  const noPhoto = () => run(start({ card: 'no-photo' }), place);

  it('confirms by PIN only: no face recognition, no staff check by eye', () => {
    const choose = noPhoto();
    expect(choose.screen).toBe('method-select');
    expect(can(choose, byFace)).toBe(false);
    expect(can(choose, { type: 'STAFF_HELP_REQUESTED' })).toBe(false);
    expect(run(choose, byPin, pin(PRACTICE_PIN)).screen).toBe('querying');
  });

  it('leaves only taking the card once the PIN is locked', () => {
    const locked = run(noPhoto(), byPin, pin('1'), { type: 'RETRY_CHOSEN' }, pin('2'), { type: 'RETRY_CHOSEN' }, pin('3'));
    expect(locked.screen).toBe('pin-locked');
    expect(can(locked, byFace)).toBe(false);
    expect(can(locked, { type: 'STAFF_HELP_REQUESTED' })).toBe(false);
    expect(transition(locked, { type: 'CARD_REMOVED' }).screen).toBe('idle');
  });
});

describe('face recognition', () => {
  it('offers a retry, the PIN or staff after a failure', () => {
    const failed = run(start(), place, byFace, { type: 'FACE_MATCH_FAILED' });
    expect(failed.screen).toBe('face-failed');
    expect(transition(failed, { type: 'RETRY_CHOSEN' }).screen).toBe('face-check');
    expect(transition(failed, byPin).screen).toBe('pin-entry');
    expect(transition(failed, { type: 'STAFF_HELP_REQUESTED' }).screen).toBe('visual-check');
  });

  it('times out to its own screen', () => {
    expect(run(start(), place, byFace, { type: 'TIMED_OUT' }).screen).toBe('face-timeout');
  });

  it('can be replaced by the staff visual check', () => {
    const s = run(start(), place, { type: 'STAFF_HELP_REQUESTED' }, { type: 'STAFF_CONFIRMED' });
    expect(s.screen).toBe('querying');
    expect(s.session.identity).toBe('visual');
  });
});

describe('card errors and eligibility results', () => {
  it.each([
    ['unreadable', 'card-unreadable'],
    ['other-card', 'card-not-my-number'],
    ['read-failed', 'card-read-failed'],
  ] as const)('a %s card shows %s', (card, screen) => {
    expect(run(start({ card }), place).screen).toBe(screen);
  });

  it.each([
    [{ certificate: 'expired-long' }, 'error-006'],
    [{ registered: false }, 'registration'],
    [{ eligibility: 'not-found' }, 'not-found'],
    [{ certificate: 'expired-recent' }, 'eligibility-only'],
    [{ certificate: 'expiring' }, 'renewal-alert'],
  ] as const)('the query with %o answers with %s', (scenario, screen) => {
    expect(run(start(scenario), place, byFace, matched, queryDone).screen).toBe(screen);
  });

  it('passes on eligibility only, with no consent questions, when the certificate expired recently', () => {
    const s = run(start({ certificate: 'expired-recent' }), place, byFace, matched, queryDone, { type: 'NEXT_CHOSEN' });
    expect(s.screen).toBe('done');
    expect(s.session.consents).toEqual({});
  });

  it('continues to consent after registering the card on the spot', () => {
    const s = run(start({ registered: false }), place, byFace, matched, queryDone, { type: 'REGISTRATION_ANSWERED', agree: true }, queryDone);
    expect(s.screen).toBe('consent-all');
  });

  it('shows the renewal alert and then consent', () => {
    const s = run(start({ certificate: 'expiring' }), place, byFace, matched, queryDone, { type: 'NEXT_CHOSEN' });
    expect(s.screen).toBe('consent-all');
  });
});

describe('the smartphone path', () => {
  it('is offered only where the clinic has a smartphone reader', () => {
    expect(run(start({}, { smartphoneReader: false }), { type: 'PHONE_CHOSEN' }).screen).toBe('idle');
  });

  it('goes through Face ID on an iPhone', () => {
    const s = run(start(), { type: 'PHONE_CHOSEN' }, { type: 'PHONE_OS_CHOSEN', os: 'iphone' }, { type: 'PHONE_HELD' });
    expect(s.screen).toBe('querying');
    expect(s.session.identity).toBe('phone');
  });

  const byPhone = (os: 'iphone' | 'android'): FlowEvent[] => [{ type: 'PHONE_CHOSEN' }, { type: 'PHONE_OS_CHOSEN', os }];
  const held: FlowEvent = { type: 'PHONE_HELD' };

  it('asks an Android user for the smartphone PIN on the reader, and the phone checks it when held', () => {
    const atPin = run(start(), ...byPhone('android'));
    expect(atPin.screen).toBe('phone-android-pin');
    // Any four digits take the patient on to hold the phone: only the phone knows its PIN.
    const holding = transition(atPin, pin('9999'));
    expect(holding.screen).toBe('phone-hold');
    const refused = transition(holding, held);
    expect(refused.screen).toBe('phone-android-pin');
    expect(refused.session.phonePinRejected).toBe(true);
    expect(refused.session.phonePinTriesLeft).toBe(PHONE_PIN_TRIES - 1);
    expect(run(atPin, pin(PRACTICE_PIN), held).screen).toBe('querying');
  });

  it('locks the phone PIN after three wrong ones in a row, and typing again does nothing', () => {
    const wrongOnce = [pin('0000'), held];
    const locked = run(start(), ...byPhone('android'), ...wrongOnce, ...wrongOnce, ...wrongOnce);
    expect(locked.screen).toBe('phone-android-pin');
    expect(locked.session.phonePinTriesLeft).toBe(0);
    expect(can(locked, pin(PRACTICE_PIN))).toBe(false);
    // Back out and try the phone again: still locked. The card works meanwhile.
    const again = run(locked, { type: 'BACK_CHOSEN' }, { type: 'PHONE_OS_CHOSEN', os: 'android' });
    expect(can(again, pin(PRACTICE_PIN))).toBe(false);
    expect(run(again, { type: 'BACK_CHOSEN' }, { type: 'BACK_CHOSEN' }, place).screen).toBe('method-select');
  });

  it('gives the tries back after the right PIN', () => {
    const s = run(start(), ...byPhone('android'), pin('0000'), held, pin(PRACTICE_PIN), held);
    expect(s.screen).toBe('querying');
    expect(s.session.phonePinTriesLeft).toBe(PHONE_PIN_TRIES);
  });

  it('has no grace period: a certificate expired recently stops the phone (error 006), the card still gets eligibility only', () => {
    const phone = run(start({ certificate: 'expired-recent' }), ...byPhone('iphone'), held, queryDone);
    expect(phone.screen).toBe('error-006');
    expect(run(start({ certificate: 'expired-recent' }), place, byFace, matched, queryDone).screen).toBe('eligibility-only');
    expect(run(start({ certificate: 'expired-long' }), ...byPhone('iphone'), held, queryDone).screen).toBe('error-006');
  });

  it('cannot register the card on the spot: an unregistered card is not found', () => {
    expect(run(start({ registered: false }), ...byPhone('iphone'), held, queryDone).screen).toBe('not-found');
    expect(run(start({ registered: false }), place, byFace, matched, queryDone).screen).toBe('registration');
  });

  it('returns to idle by itself after done or an error, since there is no card to take', () => {
    const done = run(start({}, { ePrescription: false, consentTopics: [] }), ...byPhone('iphone'), held, queryDone);
    expect(done.screen).toBe('done');
    expect(transition(done, { type: 'TIMED_OUT' }).screen).toBe('idle');
    const expired = run(start({ certificate: 'expired-recent' }), ...byPhone('iphone'), held, queryDone);
    expect(timeoutOf(expired)).toBeGreaterThan(0);
    expect(transition(expired, { type: 'TIMED_OUT' }).screen).toBe('idle');
  });

  it('leaves nothing of an abandoned phone attempt in the visit of the card placed next', () => {
    const s = run(start(), ...byPhone('android'), { type: 'BACK_CHOSEN' }, { type: 'BACK_CHOSEN' }, place);
    expect(s.session).toEqual({ ...initialState().session, cardInReader: true });
  });
});

describe('settings, links and resets', () => {
  it('restarts at idle when the clinic settings change', () => {
    const s = run(start(), place, byFace, { type: 'SETTINGS_CHANGED', settings: { ...DEFAULT_SETTINGS, cardEntry: 'slot' } });
    expect(s.screen).toBe('idle');
    expect(s.settings.cardEntry).toBe('slot');
  });

  it('opens a linked screen with a plausible visit behind it', () => {
    const s = transition(start(), { type: 'LINK_OPENED', screen: 'pin-wrong' });
    expect(s.screen).toBe('pin-wrong');
    expect(s.session.cardInReader).toBe(true);
    expect(s.card.pinTriesLeft).toBe(PIN_TRIES - 1);
  });

  it('ignores events the current screen does not know', () => {
    const s = start();
    expect(transition(s, { type: 'FACE_MATCHED' })).toBe(s);
  });

  it('holds a linked screen that would move on by itself, until the visitor moves it on', () => {
    const linked = transition(start(), { type: 'LINK_OPENED', screen: 'querying' });
    expect(timeoutOf(linked)).toBeUndefined();
    expect(isHeld(linked)).toBe(true);
    const movedOn = transition(linked, queryDone);
    expect(movedOn.screen).toBe('consent-all');
    expect(movedOn.session.held).toBe(false);
  });

  it('lets the same screen move on by itself when the visit reaches it', () => {
    const reached = run(start(), place, byFace, matched);
    expect(reached.screen).toBe('querying');
    expect(timeoutOf(reached)).toBe(QUERY_MS);
    expect(isHeld(reached)).toBe(false);
  });

  it('gives a finished screen no timer while the card is still in the reader', () => {
    const done = run(start(), place, byFace, matched, queryDone, { type: 'CONSENT_ALL_ANSWERED', agree: true }, {
      type: 'PRESCRIPTION_CHOSEN',
      kind: 'paper',
    });
    expect(done.screen).toBe('done');
    expect(timeoutOf(done)).toBeUndefined();
    expect(timeoutOf(transition(done, { type: 'CARD_REMOVED' }))).toBeUndefined();
  });
});

describe('can', () => {
  it('says yes only when the event would change something', () => {
    expect(can(start(), place)).toBe(true);
    expect(can(start(), matched)).toBe(false);
    expect(can(start({}, { smartphoneReader: false }), { type: 'PHONE_CHOSEN' })).toBe(false);
  });

  it('answers the guards: no PIN on a face-only card or a locked one', () => {
    const faceOnly = run(start({ card: 'face-only' }), place);
    expect(can(faceOnly, byPin)).toBe(false);
    expect(can(faceOnly, byFace)).toBe(true);
    const locked = run(start(), place, byPin, pin('1'), { type: 'RETRY_CHOSEN' }, pin('2'), { type: 'RETRY_CHOSEN' }, pin('3'));
    expect(locked.screen).toBe('pin-locked');
    expect(can(locked, byPin)).toBe(false);
  });

  it('offers only the switch each problem screen shows', () => {
    const faceFailed = run(start(), place, byFace, { type: 'FACE_MATCH_FAILED' });
    expect(can(faceFailed, byFace)).toBe(false);
    expect(can(faceFailed, byPin)).toBe(true);
    const pinWrong = run(start(), place, byPin, pin('0000'));
    expect(can(pinWrong, byPin)).toBe(false);
    expect(can(pinWrong, byFace)).toBe(true);
  });

  it('has no "decline all" on the all-at-once consent screen: declining goes topic by topic', () => {
    const consent = run(start(), place, byFace, matched, queryDone);
    expect(can(consent, { type: 'CONSENT_ALL_ANSWERED', agree: false })).toBe(false);
    expect(can(consent, { type: 'INDIVIDUAL_CONSENT_CHOSEN' })).toBe(true);
  });
});
