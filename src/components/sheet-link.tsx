import { useUiStore } from '../store/ui-store.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { sheetSearch } from '../store/view-links.ts';

export interface SheetLinkProps {
  /** How it looks where it is placed (the header draws it as a navigation link). */
  readonly className?: string;
}

/**
 * A link to the sheet to take to the clinic, in the visitor's language. A plain click opens it
 * in place (the practice keeps its screen for the way back); a new tab or window follows the
 * address, which is the sheet's own short one.
 */
export function SheetLink({ className = 'sheet-link' }: SheetLinkProps) {
  const { t, language } = useVisitorT();
  const view = useUiStore((store) => store.view);
  const setView = useUiStore((store) => store.setView);
  return (
    <a
      className={className}
      href={sheetSearch(language)}
      aria-current={view === 'sheet' ? 'page' : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        setView('sheet');
      }}
    >
      {t('ui.sheet.link')}
    </a>
  );
}
