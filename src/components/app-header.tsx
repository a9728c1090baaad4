import { LANGUAGES } from '../i18n/languages.ts';
import { useVisitorT } from '../i18n/use-fixed-t.ts';
import { useUiStore } from '../store/ui-store.ts';
import { chooseLanguage } from '../app/use-app-wiring.ts';
import { Toggle } from './form-fields.tsx';

/** Title, the translation language (names in their own script, status said plainly), overlay switch. */
export function AppHeader() {
  const { t, language } = useVisitorT();
  const overlay = useUiStore((store) => store.overlay);
  const setOverlay = useUiStore((store) => store.setOverlay);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('ui.app.name')}</h1>
        <p className="tagline">{t('ui.app.tagline')}</p>
      </div>
      <div className="header-controls">
        <label className="language-picker">
          <span>{t('ui.lang.label')}</span>
          <select value={language} onChange={(event) => void chooseLanguage(event.target.value)}>
            {LANGUAGES.map((info) => (
              <option key={info.code} value={info.code} lang={info.code} dir={info.dir}>
                {t('ui.lang.option', { name: info.name, status: t(`ui.lang.status.${info.status}`) })}
              </option>
            ))}
          </select>
        </label>
        <Toggle label={t('ui.overlay.toggle')} checked={overlay} onChange={setOverlay} />
      </div>
    </header>
  );
}
