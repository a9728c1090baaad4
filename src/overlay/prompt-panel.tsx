import { useFlow } from '../store/use-flow.ts';
import { describeScreen } from '../screens/registry.ts';
import { provenanceOf } from '../i18n/provenance.ts';
import { useDeviceT } from '../i18n/use-fixed-t.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { keysOf } from '../screens/screen-view.ts';
import { useChipLanguages } from './chip-languages.ts';
import { stripRuby } from '../i18n/ruby.ts';
import { SpeakButton } from './speak-button.tsx';
import { JapaneseText, TranslatedText, useTranslate } from './translated-text.tsx';

/**
 * Every prompt of the current screen: the Japanese (with its reading aid), each chosen language,
 * and its source; each line with a speaker button that reads it aloud in its own language.
 */
export function PromptPanel() {
  const { flow } = useFlow();
  const deviceT = useDeviceT();
  const { t, language, dir } = useVisitorT();
  const translate = useTranslate();
  const languages = useChipLanguages();
  const view = describeScreen(flow);
  // The same list the device draws from: the panel cannot miss a prompt the screen shows.
  const prompts = keysOf(view);
  return (
    <section className="panel prompt-panel" aria-labelledby="prompt-heading" lang={language} dir={dir}>
      <h2 id="prompt-heading">{t('ui.panel.heading')}</h2>
      <p className="panel-where">{t('ui.panel.where', { name: t(`ui.screens.${flow.screen}`) })}</p>
      <ol className="prompt-list">
        {prompts.map(({ key, values }) => {
          const provenance = provenanceOf(key);
          const japanese = deviceT(key, values ?? {});
          return (
            <li key={key} className="prompt" data-key={key}>
              <div className="prompt-row">
                <div className="prompt-text">
                  <JapaneseText k={key} values={values} as="p" className="prompt-ja" romajiClassName="prompt-romaji" />
                </div>
                <SpeakButton text={japanese} lang="ja" />
              </div>
              {languages.map((code) => {
                const translation = translate(key, code, values ?? {});
                return translation.text === japanese ? null : (
                  <div key={code} className="prompt-row">
                    <p className="prompt-tr prompt-text" lang={translation.lang} dir={translation.dir}>
                      <TranslatedText translation={translation} />
                    </p>
                    <SpeakButton text={stripRuby(translation.text)} lang={translation.lang} />
                  </div>
                );
              })}
              <p className={`prompt-source ${provenance.status}`}>
                {provenance.status === 'confirmed' ? (
                  <>
                    {t('ui.provenance.confirmed')}
                    {' · '}
                    <a href={provenance.source} target="_blank" rel="noreferrer noopener">
                      {t('ui.provenance.source')}
                    </a>
                  </>
                ) : (
                  <>≈ {t('ui.provenance.approximate')}</>
                )}
              </p>
            </li>
          );
        })}
      </ol>
      <p className="panel-legend">{t('ui.provenance.legend')}</p>
    </section>
  );
}
