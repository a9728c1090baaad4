import { create } from 'zustand';
import { initialState, transition } from '../flow/machine.ts';
import type { FlowEvent, FlowState } from '../flow/types.ts';

export interface FlowStore {
  readonly flow: FlowState;
  readonly send: (event: FlowEvent) => void;
}

/** Hosts the pure flow; `send` is the only writer. */
export const useFlowStore = create<FlowStore>()((set) => ({
  flow: initialState(),
  send: (event) => set((store) => ({ flow: transition(store.flow, event) })),
}));

export const selectFlow = (store: FlowStore): FlowState => store.flow;
export const selectSend = (store: FlowStore): FlowStore['send'] => store.send;
export const selectSettings = (store: FlowStore): FlowState['settings'] => store.flow.settings;
export const selectScenario = (store: FlowStore): FlowState['scenario'] => store.flow.scenario;
