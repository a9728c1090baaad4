import { useEffect, useState, type ComponentType } from 'react';
import { ChunkBoundary, ChunkFailed } from './chunk-boundary.tsx';

export interface LazyPartProps {
  /** Fetches the part's chunk; a module-level function, so each part is fetched once per page. */
  readonly load: () => Promise<ComponentType>;
  /** Leaves the part when it could not be fetched or drawn. */
  readonly onLeave: () => void;
}

const loaded = new WeakMap<LazyPartProps['load'], ComponentType>();

/**
 * A part of the page that is its own chunk, drawn as soon as it has arrived. Unlike React.lazy
 * with Suspense, showing it waits on nothing but the fetch (no fallback timer that a paused
 * test clock would hold), and a part fetched once is drawn at once the next time.
 */
export function LazyPart({ load, onLeave }: LazyPartProps) {
  const [Part, setPart] = useState<ComponentType | null>(() => loaded.get(load) ?? null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Part) return undefined;
    let live = true;
    load().then(
      (component) => {
        loaded.set(load, component);
        if (live) setPart(() => component);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [load, Part]);
  if (failed) return <ChunkFailed onLeave={onLeave} />;
  if (!Part) return <p className="panel-hint">…</p>;
  return (
    <ChunkBoundary onLeave={onLeave}>
      <Part />
    </ChunkBoundary>
  );
}
