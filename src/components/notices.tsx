import { useUiStore } from '../store/ui-store.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';

/** Polite messages about links, languages and storage: shown, announced, and dismissible. */
export function Notices() {
  const notices = useUiStore((store) => store.notices);
  const dismiss = useUiStore((store) => store.dismiss);
  const { t } = useVisitorT();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{t(notice.key, { value: notice.value ?? '' })}</span>
          <button type="button" className="help-button small" onClick={() => dismiss(notice.id)}>
            {t('ui.notice.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
