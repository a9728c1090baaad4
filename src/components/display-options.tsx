import { LANGUAGES, SOURCE_LANGUAGE, type LanguageInfo } from '../i18n/languages.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { READING_AIDS, useUiStore } from '../store/ui-store.ts';
import { chooseReading, chooseSecond } from '../store/language-commands.ts';
import { Toggle } from './form-fields.tsx';

/** How the visitor reads the reader: a second translation, a reading aid for the Japanese, the chips on or off. */
export function DisplayOptions() {
  const { t, language, dir } = useVisitorT();
  const second = useUiStore((store) => store.second);
  const reading = useUiStore((store) => store.reading);
  const overlay = useUiStore((store) => store.overlay);
  const setOverlay = useUiStore((store) => store.setOverlay);

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
    <section className="panel display-panel" aria-labelledby="display-heading" lang={language} dir={dir}>
      <h2 id="display-heading">{t('ui.more.display')}</h2>
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
    </section>
  );
}
