import { useVisitorT } from '../store/use-visitor-t.ts';
import { useUiStore } from '../store/ui-store.ts';

/** The one named control that unfolds everything a patient need not see first. */
export function MoreToggle({ shownOpen }: { readonly shownOpen?: boolean }) {
  const { t, language, dir } = useVisitorT();
  const stored = useUiStore((store) => store.moreOpen);
  // A preview may draw it as it looks when open.
  const open = shownOpen ?? stored;
  const setOpen = useUiStore((store) => store.setMoreOpen);
  return (
    <button
      type="button"
      className="more-toggle"
      aria-expanded={open}
      aria-controls="more-panels"
      lang={language}
      dir={dir}
      onClick={() => setOpen(!open)}
    >
      <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
      {t(open ? 'ui.more.hide' : 'ui.more.show')}
    </button>
  );
}
