/**
 * Where a string can be seen: a flow state whose screen shows a given device key, with the very
 * plural form being edited. The workbench previews that state, so a translator editing
 * `device.consent-topic.questions.surgery` sees the surgery question, and `…body_one` in
 * English sees "1 more time". Pure; the search is memoized and stops as soon as it finds.
 */
import { ALPHABET, keyOf, startStates } from '../flow/explore.ts';
import { PIN_TRIES, transition } from '../flow/machine.ts';
import { SCREEN_IDS, type FlowState } from '../flow/types.ts';
import { pluralBase } from '../i18n/locale-check.ts';
import { pluralRules } from '../i18n/locale-keys.ts';
import { describeScreen } from './registry.ts';
import { keysOf, type ScreenView } from './screen-view.ts';

export type Showcase =
  /** This state's screen shows the key; `count` is the number it is shown with, if any. */
  | { readonly kind: 'shown'; readonly state: FlowState; readonly count: number | null }
  /** No state of the reader selects this plural form in this language; `counts` are the numbers that occur. */
  | { readonly kind: 'unreachable'; readonly counts: readonly number[] }
  /** No screen shows this key. */
  | { readonly kind: 'unknown' };

/**
 * Breadth-first through the reader's states, resumable: each question walks only as far as it
 * must, and what was walked serves the next. It starts from every screen as a link opens it
 * (the plainest way to see a screen: the default clinic first), then from idle.
 */
class Walk {
  private readonly index = new Map<string, number>();
  readonly states: FlowState[] = [];
  readonly views: ScreenView[] = [];
  /** Device key (without plural suffix) → the number it is shown with (or null) → the first state. */
  readonly shown = new Map<string, Map<number | null, FlowState>>();
  private head = 0;

  constructor(starts: readonly FlowState[]) {
    for (const state of starts) this.visit(state);
  }

  get done(): boolean {
    return this.head >= this.states.length;
  }

  /** Takes the next state's successors in; false once every state has been. */
  step(): boolean {
    const state = this.states[this.head];
    if (state === undefined) return false;
    this.head += 1;
    for (const event of ALPHABET) this.visit(transition(state, event));
    return true;
  }

  private visit(state: FlowState): void {
    const key = keyOf(state);
    if (this.index.has(key)) return;
    this.index.set(key, this.states.length);
    this.states.push(state);
    const view = describeScreen(state);
    this.views.push(view);
    for (const part of keysOf(view)) {
      const count = typeof part.values?.count === 'number' ? part.values.count : null;
      let byCount = this.shown.get(part.key);
      if (!byCount) this.shown.set(part.key, (byCount = new Map<number | null, FlowState>()));
      if (!byCount.has(count)) byCount.set(count, state);
    }
  }
}

let walk: Walk | null = null;
const theWalk = (): Walk =>
  (walk ??= new Walk([...startStates().flatMap((start) => SCREEN_IDS.map((screen) => transition(start, { type: 'LINK_OPENED', screen }))), ...startStates()]));

const showcases = new Map<string, Showcase>();

/**
 * The numbers each counted text can be shown with, as the flow allows: tries left after a
 * wrong PIN are 1 to PIN_TRIES − 1 (at 0 the PIN is locked instead). Knowing them answers
 * "never in this language" at once, where proving it would walk all 27,000 states; the
 * showcase test walks them all and holds this table to what it finds.
 */
export const COUNTS: Readonly<Record<string, readonly number[]>> = {
  'device.pin-wrong.body': Array.from({ length: PIN_TRIES - 1 }, (_, index) => index + 1),
};

/** Every number each counted text is shown with, over every state: slow, for the test that checks COUNTS. */
export function countsShown(): Map<string, number[]> {
  const found = theWalk();
  while (found.step());
  const counts = new Map<string, number[]>();
  for (const [key, byCount] of found.shown) {
    const numbers = [...byCount.keys()].filter((count) => count !== null).sort((a, b) => a - b);
    if (numbers.length > 0) counts.set(key, numbers);
  }
  return counts;
}

/**
 * A state that shows `key` (a device key, with or without a plural suffix) as it reads in
 * `language`: for `…_one`, a state whose number selects "one" in that language.
 */
export function showcaseFor(key: string, language: string): Showcase {
  const memo = `${language}\u0000${key}`;
  const remembered = showcases.get(memo);
  if (remembered) return remembered;
  const base = pluralBase(key);
  const category = base === key ? null : key.slice(base.length + 1);
  const rules = pluralRules(language);
  const fits = (count: number | null): boolean => category === null || (count !== null && rules.select(count) === category);
  const known = COUNTS[base];
  if (category !== null && known !== undefined && !known.some(fits)) {
    const result: Showcase = { kind: 'unreachable', counts: known };
    showcases.set(memo, result);
    return result;
  }
  const found = theWalk();
  let result: Showcase | null = null;
  for (;;) {
    for (const [count, state] of found.shown.get(base) ?? []) {
      if (fits(count)) {
        result = { kind: 'shown', state, count };
        break;
      }
    }
    if (result || !found.step()) break;
  }
  if (!result) {
    const counts = [...(found.shown.get(base)?.keys() ?? [])].filter((count) => count !== null).sort((a, b) => a - b);
    result = counts.length > 0 ? { kind: 'unreachable', counts } : { kind: 'unknown' };
  }
  showcases.set(memo, result);
  return result;
}

const stateFinds = new Map<string, FlowState | null>();

/** The first state (in the same order) whose screen, as described, passes `test`; memoized by `id`. */
export function findState(id: string, test: (view: ScreenView, state: FlowState) => boolean): FlowState | null {
  const memo = `state\u0000${id}`;
  const known = stateFinds.get(memo);
  if (known !== undefined) return known;
  const found = theWalk();
  let index = 0;
  let result: FlowState | null = null;
  for (;;) {
    for (; index < found.states.length; index += 1) {
      const view = found.views[index];
      const state = found.states[index];
      if (view && state && test(view, state)) {
        result = state;
        break;
      }
    }
    if (result || !found.step()) break;
  }
  stateFinds.set(memo, result);
  return result;
}
