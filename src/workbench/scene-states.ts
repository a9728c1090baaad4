/**
 * Which state of the reader a help-layer string is best previewed in: the simulator control
 * it labels is offered there, the side panel shows that screen, the card is in the reader…
 * Found through the flow (`findState`), never re-derived.
 */
import { DEFAULT_SETTINGS, initialState } from '../flow/machine.ts';
import { isScreenId, type FlowState } from '../flow/types.ts';
import { provenanceOf } from '../i18n/provenance.ts';
import { keysOf } from '../screens/screen-view.ts';
import { findState } from '../screens/showcase.ts';
import { pluralRules } from '../i18n/locale-keys.ts';
import type { UiKey } from '../i18n/keys.ts';

const IDLE = initialState();
const IDLE_SLOT = initialState({ ...DEFAULT_SETTINGS, cardEntry: 'slot' });

export function stateFor(key: string): FlowState {
  const [, group, name = ''] = key.split('.');
  const found = (id: string, test: Parameters<typeof findState>[1]) => findState(id, test) ?? IDLE;
  if (group === 'sim') {
    // The bar's heading and "Start over" are on every screen.
    if (name === 'heading' || name === 'SIMULATION_RESET') return IDLE;
    if (name === 'waiting') return found('moves on', (view) => view.movesOnAfterMs !== undefined);
    if (name === 'held') return found('held', (view) => view.held);
    return found(`control ${key}`, (view) => view.simulate.some((control) => control.label === key));
  }
  if (group === 'guide' && isScreenId(name)) return found(`guide ${name}`, (view, state) => state.screen === name && view.guide === key);
  // A sentence for a case (the smartphone path, a card without a photo), or a fact added under one.
  if (group === 'guide' && name !== 'approximate' && name !== 'practising') {
    return found(`guide ${name}`, (view) => view.guide === key || view.notes.includes(key as UiKey));
  }
  if (group === 'guide' && name === 'approximate') return found('approximate', (view) => view.approximate);
  if (group === 'consent') {
    const screen = name === 'howTopic' ? 'consent-topic' : 'consent-all';
    return found(`screen ${screen}`, (_, state) => state.screen === screen);
  }
  if (group === 'screens' && isScreenId(name)) return found(`screen ${name}`, (_, state) => state.screen === name);
  if (group === 'provenance' && (name === 'confirmed' || name === 'source')) {
    return found('confirmed', (view) => keysOf(view).some((part) => provenanceOf(part.key).status === 'confirmed'));
  }
  if (group === 'provenance' && name === 'approximate') {
    return found('approximate', (view) => keysOf(view).some((part) => provenanceOf(part.key).status === 'approximate'));
  }
  if (group === 'device') {
    if (name === 'insertCard') return IDLE_SLOT;
    if (name === 'takeCard') return found('card in', (_, state) => state.session.cardInReader);
    if (name.startsWith('keypad') || name.startsWith('digitsEntered')) return found('keypad', (view) => view.keypad !== undefined);
  }
  return IDLE;
}

/** A number (at least `least`) that reads with this plural form in this language, if any small one does. */
export function countFor(category: string, language: string, least = 0): number | null {
  const rules = pluralRules(language);
  const candidates = [...Array.from({ length: 201 }, (_, n) => n), 1000, 10_000, 1_000_000];
  return candidates.find((n) => n >= least && rules.select(n) === category) ?? null;
}
