import { useId } from 'react';
import { LANGUAGES, SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { FILTERS, isFilter, type Filter } from './workbench-model.ts';
// The workbench's English, which the first visit leaves out.
import '../i18n/english-later.ts';

/** The languages a translator can edit: every one but the Japanese source. */
export const EDITABLE = LANGUAGES.filter((language) => language.code !== SOURCE_LANGUAGE);

const FILTER_LABELS = {
  all: 'ui.workbench.filterAll',
  problems: 'ui.workbench.filterProblems',
  untranslated: 'ui.workbench.filterUntranslated',
  edited: 'ui.workbench.filterEdited',
  tooLong: 'ui.workbench.filterTooLong',
} as const satisfies Record<Filter, string>;

export interface WorkbenchControlsProps {
  readonly language: string;
  readonly onLanguage: (language: string) => void;
  readonly filter: Filter;
  readonly onFilter: (filter: Filter) => void;
  readonly search: string;
  readonly onSearch: (search: string) => void;
  readonly done: number;
  readonly total: number;
}

/** The workbench's heading, the language being edited, what is listed, and how far the language is. */
export function WorkbenchControls({ language, onLanguage, filter, onFilter, search, onSearch, done, total }: WorkbenchControlsProps) {
  const { t } = useVisitorT();
  const ids = { heading: useId(), language: useId(), filter: useId(), search: useId() };
  const percent = total === 0 ? 0 : Math.floor((done / total) * 100);
  return (
    <section className="panel workbench-top" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('ui.workbench.heading')}</h2>
      <p className="panel-hint">{t('ui.workbench.intro')}</p>
      <div className="workbench-controls">
        <label className="picker" htmlFor={ids.language}>
          <span>{t('ui.workbench.language')}</span>
          <select id={ids.language} value={language} onChange={(event) => onLanguage(event.target.value)}>
            {EDITABLE.map((info) => (
              <option key={info.code} value={info.code} lang={info.code} dir={info.dir}>
                {info.name}
              </option>
            ))}
          </select>
        </label>
        <label className="picker" htmlFor={ids.filter}>
          <span>{t('ui.workbench.filter')}</span>
          <select id={ids.filter} value={filter} onChange={(event) => onFilter(isFilter(event.target.value) ? event.target.value : 'all')}>
            {FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(FILTER_LABELS[value])}
              </option>
            ))}
          </select>
        </label>
        <label className="picker" htmlFor={ids.search}>
          <span>{t('ui.workbench.search')}</span>
          <input id={ids.search} type="search" value={search} onChange={(event) => onSearch(event.target.value)} />
        </label>
      </div>
      <p className="workbench-progress">{t('ui.workbench.progress', { done, total, percent })}</p>
    </section>
  );
}
