import { useEffect } from 'react';
import { timeoutOf } from '../flow/machine.ts';
import { useFlowStore } from '../store/flow-store.ts';

/**
 * Turns a screen's timeout (data in the flow table) into a TIMED_OUT event. The flow says
 * whether this screen moves on by itself now (`timeoutOf`); a linked screen waits.
 */
export function useScreenTimeout(): void {
  const flow = useFlowStore((store) => store.flow);
  const send = useFlowStore((store) => store.send);
  const timeoutMs = timeoutOf(flow);
  useEffect(() => {
    if (timeoutMs === undefined) return undefined;
    const timer = window.setTimeout(() => send({ type: 'TIMED_OUT' }), timeoutMs);
    return () => window.clearTimeout(timer);
  }, [flow.screen, flow.session, timeoutMs, send]);
}
