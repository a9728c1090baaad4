import { useId, type ReactNode, type Ref } from 'react';
import { useVisitorT } from '../store/use-visitor-t.ts';

export interface PreviewFrameProps {
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly children: ReactNode;
}

/** The preview's panel: its heading (which takes focus when the preview is asked for) and what it shows. */
export function PreviewFrame({ headingRef, children }: PreviewFrameProps) {
  const { t } = useVisitorT();
  const headingId = useId();
  return (
    <section className="workbench-preview panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('ui.workbench.preview')}
      </h3>
      {children}
    </section>
  );
}
