import { useUiStore, type Notice } from '../store/ui-store.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';

/** Stands in for the echoed value while the message is translated; never in a locale string. */
const SLOT = '\u0000';

/** Polite messages about links, languages and storage: shown, announced, and dismissible. */
export function Notices() {
  const notices = useUiStore((store) => store.notices);
  const dismiss = useUiStore((store) => store.dismiss);
  return <NoticeList notices={notices} onDismiss={dismiss} />;
}

export interface NoticeListProps {
  readonly notices: readonly Notice[];
  readonly onDismiss: (id: string) => void;
}

/** The messages themselves, as the workbench also previews them. */
export function NoticeList({ notices, onDismiss }: NoticeListProps) {
  const { t } = useVisitorT();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <NoticeText notice={notice} />
          <button type="button" className="help-button small" onClick={() => onDismiss(notice.id)}>
            {t('ui.notice.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}

export interface NoticeTextProps {
  readonly notice: Notice;
}

/**
 * The message, with what the visitor brought (a screen or language name from a link) set
 * apart in <bdi>: whatever direction marks it carries, it cannot turn the sentence around it.
 */
function NoticeText({ notice }: NoticeTextProps) {
  const { t } = useVisitorT();
  if (notice.value === undefined) return <span>{t(notice.key)}</span>;
  const [before = '', ...rest] = t(notice.key, { value: SLOT }).split(SLOT);
  return (
    <span>
      {before}
      <bdi>{notice.value}</bdi>
      {rest.join(notice.value)}
    </span>
  );
}
