import { LANGUAGES, SOURCE_LANGUAGE, type LanguageInfo } from '../i18n/languages.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { READING_AIDS, useUiStore } from '../store/ui-store.ts';
import { chooseLanguage, chooseReading, chooseSecond } from '../store/language-commands.ts';
import { Toggle } from './form-fields.tsx';
import { SheetLink } from './sheet-link.tsx';

/**
 * Title, navigation, and how the visitor reads: their language (names in their own script,
 * status said plainly), an optional second language, a reading aid for the Japanese, and the
 * switch for the chips laid over the device.
 */
export function AppHeader() {
  const { t, language } = useVisitorT();
  const second = useUiStore((store) => store.second);
  const reading = useUiStore((store) => store.reading);
  const overlay = useUiStore((store) => store.overlay);
  const view = useUiStore((store) => store.view);
  const setOverlay = useUiStore((store) => store.setOverlay);
  const setView = useUiStore((store) => store.setView);

  // Each language in its own script, with its status (and completeness, when not whole).
  const languageOption = (info: LanguageInfo) => {
    const status = t(`ui.lang.status.${info.status}`);
    const complete = info.completeness < 100 ? `, ${t('ui.lang.complete', { percent: info.completeness })}` : '';
    return (
      <option key={info.code} value={info.code} lang={info.code} dir={info.dir}>
        {t('ui.lang.option', { name: info.name, status: status + complete })}
      </option>
    );
  };

  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('ui.app.name')}</h1>
        <p className="tagline">{t('ui.app.tagline')}</p>
        <nav aria-label={t('ui.nav.label')} className="nav">
          {(['simulator', 'workbench'] as const).map((target) => (
            <button
              key={target}
              type="button"
              className="nav-link"
              aria-current={view === target ? 'page' : undefined}
              onClick={() => setView(target)}
            >
              {t(`ui.nav.${target}`)}
            </button>
          ))}
          <SheetLink className="nav-link" />
        </nav>
      </div>
      <div className="header-controls">
        <label className="picker">
          <span>{t('ui.lang.label')}</span>
          <select value={language} onChange={(event) => void chooseLanguage(event.target.value)}>
            {LANGUAGES.map(languageOption)}
          </select>
        </label>
        <label className="picker">
          <span>{t('ui.lang.second')}</span>
          <select value={second ?? ''} onChange={(event) => void chooseSecond(event.target.value || null)}>
            <option value="">{t('ui.lang.none')}</option>
            {LANGUAGES.filter((info) => info.code !== SOURCE_LANGUAGE && info.code !== language).map(languageOption)}
          </select>
        </label>
        <label className="picker">
          <span>{t('ui.reading.label')}</span>
          <select value={reading} onChange={(event) => void chooseReading(READING_AIDS.find((aid) => aid === event.target.value) ?? 'none')}>
            {READING_AIDS.map((aid) => (
              <option key={aid} value={aid}>
                {t(`ui.reading.${aid}`)}
              </option>
            ))}
          </select>
        </label>
        <Toggle label={t('ui.overlay.toggle')} checked={overlay} onChange={setOverlay} />
      </div>
    </header>
  );
}
