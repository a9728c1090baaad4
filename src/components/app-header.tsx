import { findLanguage } from '../i18n/languages.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { useUiStore } from '../store/ui-store.ts';
import { SheetLink } from './sheet-link.tsx';
import { ScanLink } from './scan-link.tsx';

/**
 * Title, the way to change language (the big list, each language in its own script), and the
 * pages: practice, the translators' workbench, and the sheet to print. Small on a phone, so the reader comes
 * first; display options (second language, reading aid, chips) live in the simulator's "More".
 */
export function AppHeader() {
  const { t, language } = useVisitorT();
  const view = useUiStore((store) => store.view);
  const list = useUiStore((store) => store.languageList);
  const setView = useUiStore((store) => store.setView);
  const setLanguageList = useUiStore((store) => store.setLanguageList);
  const info = findLanguage(language);

  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('ui.app.name')}</h1>
        <p className="tagline">{t('ui.app.tagline')}</p>
      </div>
      <button
        type="button"
        className="help-button language-button"
        aria-expanded={list !== 'closed'}
        onClick={() => setLanguageList(list === 'closed' ? 'open' : 'closed')}
      >
        <span className="language-icon" aria-hidden="true">
          文A
        </span>
        <span>{t('ui.lang.change', { name: info?.name ?? language })}</span>
      </button>
      <nav aria-label={t('ui.nav.label')} className="nav">
        {(['simulator', 'workbench'] as const).map((target) => (
          <button
            key={target}
            type="button"
            className="nav-link"
            aria-current={view === target && list === 'closed' ? 'page' : undefined}
            onClick={() => {
              setLanguageList('closed');
              setView(target);
            }}
          >
            {t(`ui.nav.${target}`)}
          </button>
        ))}
        <SheetLink className="nav-link" />
        <ScanLink place="nav" />
        {/* Reception staff show a patient the screen they are stuck on, translated. */}
        <button
          type="button"
          className="nav-link"
          aria-current={view === 'counter' && list === 'closed' ? 'page' : undefined}
          onClick={() => {
            setLanguageList('closed');
            useUiStore.getState().setCounterShown(false);
            setView('counter');
          }}
        >
          {t('ui.counter.nav')}
        </button>
      </nav>
    </header>
  );
}
