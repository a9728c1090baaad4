import { useEffect, useRef, type ReactNode } from 'react';
import { useFlowStore, selectFlow, selectSend } from '../store/flow-store.ts';
import { describeScreen } from '../screens/registry.ts';
import { TerminalFace } from './terminal-face.tsx';

/** The live card reader: the visitor's simulation, drawn, with focus kept where the visitor needs it. */
export function Terminal({ keypadNote }: { readonly keypadNote?: ReactNode }) {
  const flow = useFlowStore(selectFlow);
  const send = useFlowStore(selectSend);
  const glass = useRef<HTMLDivElement>(null);
  const interacted = useRef(false);

  useEffect(() => {
    const mark = () => {
      interacted.current = true;
    };
    document.addEventListener('pointerdown', mark, { once: true });
    document.addEventListener('keydown', mark, { once: true });
    return () => {
      document.removeEventListener('pointerdown', mark);
      document.removeEventListener('keydown', mark);
    };
  }, []);

  // A pressed button (on the device or a simulator control) may disappear with its screen.
  // Where focus was lost that way, or was inside the screen, move it to the new screen's title
  // so keyboard and screen-reader users hear what the terminal now says. Screens reached before
  // any interaction (the first load, a deep link) leave focus where the page starts.
  useEffect(() => {
    if (!interacted.current) return;
    const active = document.activeElement;
    const lost = active === null || active === document.body || glass.current?.contains(active) === true;
    if (lost) glass.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [flow.screen]);

  return <TerminalFace flow={flow} view={describeScreen(flow)} send={send} glassRef={glass} keypadNote={keypadNote} />;
}
