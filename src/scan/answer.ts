/**
 * What the page says about a reading (of a photo, a camera frame or typed text): sure of one
 * screen, unsure between a few, or no reader screen at all. And each screen as the practice
 * opens it from a link, for its lines, its buttons and its small drawing.
 */
import { initialState, transition } from '../flow/machine.ts';
import type { FlowState, ScreenId } from '../flow/types.ts';
import type { MatchResult } from '../recognize/match.ts';

/**
 * An answer at least this sure names the screen outright. The matcher's confidence is its score
 * lowered when another screen comes close (docs/recognize.md): under this, the patient chooses.
 */
export const SURE = 0.5;
/** How many screens "not sure" offers to choose from. */
export const CHOICES = 3;

export type Outcome =
  | { readonly kind: 'sure'; readonly screen: ScreenId }
  | { readonly kind: 'unsure'; readonly screens: readonly ScreenId[] }
  /** Text, but from no screen of the reader (a ticket machine, a poster); typed: nothing matches. */
  | { readonly kind: 'none' }
  /** No text read at all. */
  | { readonly kind: 'no-text' };

export function outcomeOf(match: MatchResult, linesRead: number): Outcome {
  if (linesRead === 0) return { kind: 'no-text' };
  const { best } = match;
  if (best === null) return { kind: 'none' };
  if (best.confidence >= SURE) return { kind: 'sure', screen: best.screen };
  return { kind: 'unsure', screens: [best, ...match.runnersUp].slice(0, CHOICES).map((candidate) => candidate.screen) };
}

const seeded = new Map<ScreenId, FlowState>();
/** The screen as a link opens it in the practice (`LINK_OPENED`): a plausible visit behind it. */
export function seededFlow(screen: ScreenId): FlowState {
  let flow = seeded.get(screen);
  if (flow === undefined) {
    flow = transition(initialState(), { type: 'LINK_OPENED', screen });
    seeded.set(screen, flow);
  }
  return flow;
}
