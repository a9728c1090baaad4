import { useUiStore } from '../store/ui-store.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { scanSearch } from '../store/view-links.ts';

export interface ScanLinkProps {
  /** In the header's navigation (short), or the patient's page (the whole invitation). */
  readonly place: 'nav' | 'page';
}

/**
 * The way to the scan: at the clinic, point the phone at the real reader (or choose a photo of
 * it) and be told which screen it is. A plain click opens it in place (the practice keeps its
 * screen for the way back); a new tab follows the address, the scan's own short one.
 */
export function ScanLink({ place }: ScanLinkProps) {
  const { t, language } = useVisitorT();
  const view = useUiStore((store) => store.view);
  const setView = useUiStore((store) => store.setView);
  const setLanguageList = useUiStore((store) => store.setLanguageList);
  return (
    <a
      className={place === 'nav' ? 'nav-link' : 'scan-link take-along'}
      href={scanSearch(language)}
      aria-current={view === 'scan' ? 'page' : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        setLanguageList('closed');
        setView('scan');
      }}
    >
      {place === 'page' ? (
        <span className="scan-link-icon" aria-hidden="true">
          📷
        </span>
      ) : null}
      {t(place === 'nav' ? 'ui.scan.nav' : 'ui.scan.link')}
    </a>
  );
}
