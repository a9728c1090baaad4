import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import type * as Zustand from 'zustand';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every zustand store, as it is created, registers a way back to its initial state, so no
 * choice made in one test (a second language, a reading aid, a notice) leaks into the next.
 * This is zustand's own testing recipe, done with a module mock so that stores added later are
 * reset too, without a list to keep up to date.
 */
const storeResets = vi.hoisted(() => new Set<() => void>());

vi.mock('zustand', async (importOriginal) => {
  const actual = await importOriginal<typeof Zustand>();
  const createAndRegister = <T>(initializer: Zustand.StateCreator<T>) => {
    const store = actual.create(initializer);
    storeResets.add(() => store.setState(store.getInitialState(), true));
    return store;
  };
  // `create<T>()(initializer)` and `create(initializer)` both, as zustand allows.
  const create = (<T>(initializer?: Zustand.StateCreator<T>) =>
    initializer === undefined ? createAndRegister : createAndRegister(initializer)) as typeof actual.create;
  return { ...actual, create };
});

/**
 * Testing Library drains React's pending work with a zero-delay timer, and advances fake time
 * itself only when it recognises Jest's fake timers by the `jest` global. Vitest's fake timers
 * are the same kind (they carry `setTimeout.clock`); this tells Testing Library how to advance
 * them, so tests that drive the screens' clock with `vi.useFakeTimers()` do not hang.
 */
Object.assign(globalThis, { jest: { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) } });

/**
 * The app fetches its language files from its own origin (`/locales/<code>.json` under test).
 * In jsdom there is no server, so same-origin requests for those files are answered from the
 * project's files, as the dev server would; any other request fails loudly, since the app may
 * make none.
 */
if (typeof window !== 'undefined') {
  Object.assign(globalThis, {
    fetch: async (input: RequestInfo | URL): Promise<Response> => {
      const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
      if (url.origin !== window.location.origin || !url.pathname.startsWith('/locales/')) {
        throw new TypeError(`No request may leave the app's own files in a test: ${url.href}`);
      }
      // Vitest runs from the project's root, where locales/ is.
      const body = await readFile(join(process.cwd(), url.pathname), 'utf8');
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    },
  });
}

afterEach(() => {
  cleanup();
  for (const reset of storeResets) reset();
  if (typeof window !== 'undefined') {
    window.localStorage.clear();
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  }
});
