import { createContext, useContext } from 'react';
import type { FlowEvent, FlowState } from '../flow/types.ts';
import { selectFlow, selectSend, useFlowStore } from './flow-store.ts';

export interface FlowView {
  readonly flow: FlowState;
  readonly send: (event: FlowEvent) => void;
}

/**
 * Lets a preview (the translators' workbench) draw a help panel for a chosen state of the
 * reader, without touching the visitor's own simulation.
 */
export const FlowOverrideContext = createContext<FlowView | null>(null);

/** The flow a help panel shows: the live simulation, or the state a preview chose. */
export function useFlow(): FlowView {
  const override = useContext(FlowOverrideContext);
  const flow = useFlowStore(selectFlow);
  const send = useFlowStore(selectSend);
  return override ?? { flow, send };
}
