import { useUiStore, type Notice } from '../store/ui-store.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { EchoText } from './echo-text.tsx';

/** Polite messages about links, languages, storage and new versions: shown, announced, and dismissible. */
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
          <span className="notice-buttons">
            {notice.action ? (
              <button type="button" className="help-button small" onClick={notice.action.run}>
                {t(notice.action.key)}
              </button>
            ) : null}
            <button type="button" className="help-button small" onClick={() => onDismiss(notice.id)}>
              {t('ui.notice.dismiss')}
            </button>
          </span>
        </p>
      ))}
    </div>
  );
}

export interface NoticeTextProps {
  readonly notice: Notice;
}

/** The message, with what a link brought (a screen or language name) set apart. */
function NoticeText({ notice }: NoticeTextProps) {
  const { t } = useVisitorT();
  const { value } = notice;
  return <span>{value === undefined ? t(notice.key) : <EchoText message={(slot) => t(notice.key, { value: slot })} value={value} />}</span>;
}
