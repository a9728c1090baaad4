import { useEffect, useState } from 'react';

/** Whether the screen is kept awake: held, refused by the browser, or not offered by it at all. */
export type WakeLockState = 'asking' | 'held' | 'refused' | 'unsupported';

/**
 * Keeps the screen awake while `active` (Screen Wake Lock API), asking again when the page comes
 * back into view (the browser lets the lock go when it is hidden). Where the browser refuses or
 * lacks it, the view carries on and says so to staff.
 */
export function useWakeLock(active: boolean): WakeLockState {
  const supported = typeof navigator !== 'undefined' && 'wakeLock' in navigator;
  const [state, setState] = useState<WakeLockState>('asking');
  useEffect(() => {
    if (!active || !supported) return undefined;
    let sentinel: WakeLockSentinel | null = null;
    let gone = false;
    const request = () => {
      if (document.visibilityState !== 'visible' || (sentinel !== null && !sentinel.released)) return;
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (gone) {
            void lock.release();
            return;
          }
          sentinel = lock;
          setState('held');
        },
        () => {
          if (!gone) setState('refused');
        },
      );
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      gone = true;
      document.removeEventListener('visibilitychange', request);
      void sentinel?.release();
    };
  }, [active, supported]);
  return supported ? state : 'unsupported';
}
