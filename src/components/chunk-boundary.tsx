import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useVisitorT } from '../store/use-visitor-t.ts';

export interface ChunkBoundaryProps {
  readonly children: ReactNode;
  /** Leaves the part that failed (e.g. back to the simulator). */
  readonly onLeave: () => void;
}

interface ChunkBoundaryState {
  readonly failed: boolean;
}

/**
 * Around every part of the app that is its own chunk (fetched when first opened): when it cannot
 * be fetched (offline, or a new version has replaced it) or fails to draw, the page keeps its
 * header and says what happened, with a way to try again and a way back, instead of going blank.
 */
export class ChunkBoundary extends Component<ChunkBoundaryProps, ChunkBoundaryState> {
  override state: ChunkBoundaryState = { failed: false };

  static getDerivedStateFromError(): ChunkBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; nothing is sent anywhere.
    console.error('A part of Uketsuke could not be shown', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <ChunkFailed
        onLeave={() => {
          this.setState({ failed: false });
          this.props.onLeave();
        }}
      />
    );
  }
}

export interface ChunkFailedProps {
  readonly onLeave: () => void;
}

/**
 * The message itself (also drawn by the translators' workbench). Trying again reloads the page: a browser remembers a failed module import for the life of the
 * page, and a reload also fetches the newest version's files. Everything the visitor chose is in
 * the address and in storage, so nothing is lost.
 */
export function ChunkFailed({ onLeave }: ChunkFailedProps) {
  const { t, language, dir } = useVisitorT();
  return (
    <section className="panel chunk-failed" role="alert" aria-labelledby="chunk-failed-heading" lang={language} dir={dir}>
      <h2 id="chunk-failed-heading">{t('ui.chunk.heading')}</h2>
      <p>{t('ui.chunk.body')}</p>
      <p className="sim-buttons">
        <button type="button" className="help-button" onClick={() => window.location.reload()}>
          {t('ui.chunk.retry')}
        </button>
        <button type="button" className="help-button" onClick={onLeave}>
          {t('ui.chunk.back')}
        </button>
      </p>
    </section>
  );
}
