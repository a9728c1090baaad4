import { useEffect, useRef, useState } from 'react';

/** How long the warning counts down before the reset: WCAG 2.2.1 asks for at least 20 seconds. */
export const WARNING_SECONDS = 20;

/** What counts as the patient still being there. */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'scroll'] as const;

export interface IdleCountdown {
  /** Seconds left on the warning while it shows, else null. */
  readonly secondsLeft: number | null;
  /** Puts the warning away and starts the idle time again. */
  readonly keepGoing: () => void;
}

/**
 * The hand-over view's idle time: after `idleSeconds` without a touch, a key or a scroll, a
 * warning counts down from `WARNING_SECONDS`; at zero, `onExpire` (back to a clean start for the
 * next patient). Any activity before the warning starts the idle time again; once the warning
 * shows, only its button does, so the countdown is a deliberate choice to read.
 */
export function useIdleCountdown({ active, idleSeconds, onExpire }: { active: boolean; idleSeconds: number; onExpire: () => void }): IdleCountdown {
  /** When the warning came up (ms), or null while waiting. */
  const [warnedAt, setWarnedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);
  const warning = warnedAt !== null;

  // Waiting for the patient: every sign of them starts the idle time again.
  useEffect(() => {
    if (!active || warning) return undefined;
    let timer = 0;
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        setWarnedAt(Date.now());
        setNow(Date.now());
      }, idleSeconds * 1000);
    };
    restart();
    for (const type of ACTIVITY) window.addEventListener(type, restart, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, restart, { capture: true });
    };
  }, [active, warning, idleSeconds]);

  // The warning: the reset is set for its end at once; the count shown follows the clock.
  useEffect(() => {
    if (!active || !warning) return undefined;
    const end = window.setTimeout(() => {
      setWarnedAt(null);
      expire.current();
    }, WARNING_SECONDS * 1000);
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => {
      window.clearTimeout(end);
      window.clearInterval(tick);
    };
  }, [active, warning]);

  const secondsLeft = warnedAt === null ? null : Math.max(1, WARNING_SECONDS - Math.floor((now - warnedAt) / 1000));
  return { secondsLeft: active ? secondsLeft : null, keepGoing: () => setWarnedAt(null) };
}
