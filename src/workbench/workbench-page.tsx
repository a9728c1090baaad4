import { useEffect, useId, useMemo, useState } from 'react';
import { i18n, baseStrings, loadLanguage } from '../i18n/i18n.ts';
import { LANGUAGES, SOURCE_LANGUAGE, directionOf } from '../i18n/languages.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { flatten, pluralCategories, readLocaleFile, unflatten, type FlatStrings, type Problem } from '../i18n/locale-check.ts';
import { initialState, seedForScreen } from '../flow/machine.ts';
import { describeScreen } from '../screens/registry.ts';
import { DeviceScreen } from '../device/device-screen.tsx';
import { ChipLanguagesContext } from '../overlay/chip-languages.ts';
import { browserStorage } from '../storage/safe-storage.ts';
import { useEditsStore, withEdit, writeEdits, type Edits } from './edits.ts';
import { buildEntries, keysFor, SOURCE, type Entry } from './workbench-model.ts';

type Filter = 'all' | 'problems' | 'edited';
type Pending = { readonly file: string; readonly strings: Map<string, string> };
type ImportError = { readonly file: string; readonly reason: string };

const EDITABLE = LANGUAGES.filter((language) => language.code !== SOURCE_LANGUAGE);
const EMPTY: Edits = {};

/**
 * The translators' workbench: every key of one language with its Japanese source, English,
 * context and length limit; inline edits checked as they are typed and shown at once on a
 * preview of the screen; edits kept in the browser, exported as a ready-to-commit file.
 */
export function WorkbenchPage() {
  const { t } = useVisitorT();
  const [language, setLanguage] = useState(EDITABLE.find((l) => l.code === 'vi')?.code ?? 'en');
  const [loaded, setLoaded] = useState<{ readonly language: string; readonly strings: FlatStrings } | null>(null);
  const base = loaded?.language === language ? loaded.strings : null;
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [importError, setImportError] = useState<ImportError | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const edits = useEditsStore((store) => store.byLanguage[language] ?? EMPTY);
  const storageWorks = useEditsStore((store) => store.storageWorks);
  const put = useEditsStore((store) => store.put);
  const ids = { filter: useId(), search: useId(), language: useId(), file: useId() };

  useEffect(() => {
    let current = true;
    void Promise.all([baseStrings(language), loadLanguage(language)]).then(([strings]) => {
      if (current) setLoaded({ language, strings: flatten(strings ?? {}).strings });
    });
    return () => {
      current = false;
    };
  }, [language]);

  const entries = useMemo(() => (base ? buildEntries(language, base, edits) : []), [base, edits, language]);
  const translatedCount = entries.filter((entry) => entry.value.trim() !== '').length;
  const shown = entries.filter((entry) => {
    if (filter === 'problems' && entry.problems.length === 0) return false;
    if (filter === 'edited' && !entry.edited) return false;
    const needle = search.trim().toLowerCase();
    return needle === '' || [entry.key, entry.japanese, entry.english, entry.value].some((text) => text.toLowerCase().includes(needle));
  });
  const selectedEntry = entries.find((entry) => entry.key === selected) ?? null;

  const saveEdits = (next: Edits) => {
    const saved = writeEdits(browserStorage, language, next);
    put(language, next, saved);
  };

  const edit = (entry: Entry, value: string) => {
    saveEdits(withEdit(edits, entry.key, value, entry.base));
    // The simulator and the preview read i18next: the edit shows there at once.
    i18n.addResource(language, 'translation', entry.key, value);
  };

  const undo = (entry: Entry) => edit(entry, entry.base ?? '');

  const discardAll = () => {
    for (const entry of entries) if (entry.edited) i18n.addResource(language, 'translation', entry.key, entry.base ?? '');
    saveEdits({});
    setConfirmDiscard(false);
  };

  const exportFile = () => {
    const strings = keysFor(language).map((key): [string, string] => [key, edits[key] ?? base?.get(key) ?? '']);
    const blob = new Blob([`${JSON.stringify(unflatten(strings), null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${language}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };

  const importFile = async (file: File) => {
    setPending(null);
    setImportError(null);
    const result = readLocaleFile(await file.text(), SOURCE, pluralCategories(language));
    if (result.ok) {
      setPending({ file: file.name, strings: result.strings });
      return;
    }
    const reason =
      result.error === 'json'
        ? t('ui.workbench.errorJson', { detail: result.detail })
        : result.error === 'shape'
          ? t('ui.workbench.errorShape', { path: result.path })
          : t('ui.workbench.errorUnknown', { keys: result.keys.slice(0, 5).join(', ') + (result.keys.length > 5 ? ', …' : '') });
    setImportError({ file: file.name, reason });
  };

  const changes = pending
    ? entries.filter((entry) => pending.strings.has(entry.key) && pending.strings.get(entry.key) !== entry.value)
    : [];

  const applyImport = () => {
    if (!pending) return;
    let next = edits;
    for (const entry of changes) {
      const value = pending.strings.get(entry.key) ?? entry.value;
      next = withEdit(next, entry.key, value, entry.base);
      i18n.addResource(language, 'translation', entry.key, value);
    }
    saveEdits(next);
    setPending(null);
  };

  const editCount = Object.keys(edits).length;
  const percent = entries.length === 0 ? 0 : Math.floor((translatedCount / entries.length) * 100);

  return (
    <div className="workbench">
      <section className="panel" aria-labelledby="workbench-heading">
        <h2 id="workbench-heading">{t('ui.workbench.heading')}</h2>
        <p className="panel-hint">{t('ui.workbench.intro')}</p>
        <div className="workbench-controls">
          <label className="picker" htmlFor={ids.language}>
            <span>{t('ui.workbench.language')}</span>
            <select id={ids.language} value={language} onChange={(event) => setLanguage(event.target.value)}>
              {EDITABLE.map((info) => (
                <option key={info.code} value={info.code} lang={info.code} dir={info.dir}>
                  {info.name}
                </option>
              ))}
            </select>
          </label>
          <label className="picker" htmlFor={ids.filter}>
            <span>{t('ui.workbench.filter')}</span>
            <select id={ids.filter} value={filter} onChange={(event) => setFilter(event.target.value === 'problems' ? 'problems' : event.target.value === 'edited' ? 'edited' : 'all')}>
              <option value="all">{t('ui.workbench.filterAll')}</option>
              <option value="problems">{t('ui.workbench.filterProblems')}</option>
              <option value="edited">{t('ui.workbench.filterEdited')}</option>
            </select>
          </label>
          <label className="picker" htmlFor={ids.search}>
            <span>{t('ui.workbench.search')}</span>
            <input id={ids.search} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </label>
        </div>
        <p className="workbench-progress">
          {t('ui.workbench.progress', { done: translatedCount, total: entries.length, percent })}
        </p>
        <div className="workbench-file" role="group" aria-label={t('ui.workbench.export')}>
          <p role="status" className={storageWorks ? 'panel-hint' : 'notice'}>
            {storageWorks ? t('ui.workbench.saved') : t('ui.workbench.notSaved')} {t('ui.workbench.editCount', { count: editCount })}
          </p>
          <button type="button" className="help-button" onClick={exportFile} disabled={base === null}>
            {t('ui.workbench.export')}
          </button>
          <label className="help-button file-button" htmlFor={ids.file}>
            {t('ui.workbench.import')}
          </label>
          <input
            id={ids.file}
            className="visually-hidden"
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
          {confirmDiscard ? (
            <span className="confirm">
              {t('ui.workbench.discardConfirm', { count: editCount })}{' '}
              <button type="button" className="help-button danger" onClick={discardAll}>
                {t('ui.workbench.discard')}
              </button>{' '}
              <button type="button" className="help-button" onClick={() => setConfirmDiscard(false)}>
                {t('ui.workbench.importCancel')}
              </button>
            </span>
          ) : (
            <button type="button" className="help-button" onClick={() => setConfirmDiscard(true)} disabled={editCount === 0}>
              {t('ui.workbench.discard')}
            </button>
          )}
        </div>
        {importError ? (
          <p role="alert" className="notice error">
            {t('ui.workbench.importError', { file: importError.file, reason: importError.reason })}
          </p>
        ) : null}
        {pending ? (
          <section className="import-preview" aria-labelledby="import-heading">
            <h3 id="import-heading">{t('ui.workbench.importPreview')}</h3>
            <p>{changes.length === 0 ? t('ui.workbench.importNothing') : t('ui.workbench.importSummary', { changed: changes.length, file: pending.file })}</p>
            <ul className="import-changes">
              {changes.slice(0, 50).map((entry) => (
                <li key={entry.key}>
                  <code>{entry.key}</code>: <del lang={language}>{entry.value}</del> → <ins lang={language}>{pending.strings.get(entry.key)}</ins>
                </li>
              ))}
            </ul>
            <button type="button" className="help-button" onClick={applyImport} disabled={changes.length === 0}>
              {t('ui.workbench.importApply')}
            </button>{' '}
            <button type="button" className="help-button" onClick={() => setPending(null)}>
              {t('ui.workbench.importCancel')}
            </button>
          </section>
        ) : null}
      </section>
      <div className="workbench-body">
        <ol className="workbench-list">
          {shown.map((entry) => (
            <WorkbenchRow
              key={entry.key}
              entry={entry}
              language={language}
              selected={entry.key === selected}
              onSelect={() => setSelected(entry.key)}
              onEdit={(value) => edit(entry, value)}
              onUndo={() => undo(entry)}
            />
          ))}
        </ol>
        <aside className="workbench-preview panel" aria-labelledby="preview-heading">
          <h3 id="preview-heading">{t('ui.workbench.preview')}</h3>
          {selectedEntry?.screen ? (
            <ChipLanguagesContext.Provider value={[language]}>
              <div className="terminal preview-terminal" data-screen={selectedEntry.screen}>
                <div className="screen-glass">
                  <DeviceScreen view={describeScreen(seedForScreen(initialState(), selectedEntry.screen))} send={() => undefined} />
                </div>
              </div>
            </ChipLanguagesContext.Provider>
          ) : (
            <p className="panel-hint">{selectedEntry?.context?.note ?? t('ui.workbench.intro')}</p>
          )}
        </aside>
      </div>
    </div>
  );
}

interface WorkbenchRowProps {
  readonly entry: Entry;
  readonly language: string;
  readonly selected: boolean;
  readonly onSelect: () => void;
  readonly onEdit: (value: string) => void;
  readonly onUndo: () => void;
}

function WorkbenchRow({ entry, language, selected, onSelect, onEdit, onUndo }: WorkbenchRowProps) {
  const { t } = useVisitorT();
  const id = useId();
  const direction = directionOf(language);
  const describe = (problem: Problem): string => {
    switch (problem.kind) {
      case 'empty':
        return t('ui.workbench.problems.empty');
      case 'missing':
        return t('ui.workbench.problems.missing', { name: `{{${problem.name}}}` });
      case 'extra':
        return t('ui.workbench.problems.extra', { name: `{{${problem.name}}}` });
      case 'tooLong':
        return t('ui.workbench.problems.tooLong', { length: problem.length, max: problem.max });
      case 'sameAsEnglish':
        return t('ui.workbench.problems.sameAsEnglish');
    }
  };
  return (
    <li className={selected ? 'workbench-row selected' : 'workbench-row'} data-key={entry.key}>
      <p className="row-key">
        <code>{entry.key}</code>
        {entry.edited ? <span className="badge">{t('ui.workbench.edited')}</span> : null}
      </p>
      <dl className="row-facts">
        <dt>{t('ui.workbench.source')}</dt>
        <dd lang="ja">{entry.japanese}</dd>
        <dt>{t('ui.workbench.english')}</dt>
        <dd lang="en">{entry.english}</dd>
        {entry.context ? (
          <>
            <dt>{t('ui.workbench.context')}</dt>
            <dd lang="en">
              {entry.context.note} <em>({t('ui.workbench.maxLength', { max: entry.context.maxLength })})</em>
            </dd>
          </>
        ) : null}
      </dl>
      <label htmlFor={id} className="row-label">
        {t('ui.workbench.translation')} <span className="visually-hidden">{entry.key}</span>
      </label>
      <textarea
        id={id}
        lang={language}
        dir={direction}
        value={entry.value}
        rows={Math.min(6, Math.max(2, Math.ceil(entry.value.length / 50)))}
        onFocus={onSelect}
        onChange={(event) => onEdit(event.target.value)}
        aria-describedby={`${id}-problems`}
      />
      <p id={`${id}-problems`} className={entry.problems.length ? 'row-problems bad' : 'row-problems'} aria-live="polite">
        {entry.problems.length ? entry.problems.map(describe).join(' · ') : t('ui.workbench.noProblems')}
      </p>
      <div className="row-actions">
        {entry.screen ? (
          <button type="button" className="help-button small" onClick={onSelect}>
            {t('ui.workbench.showOnScreen')}
          </button>
        ) : null}
        {entry.edited ? (
          <button type="button" className="help-button small" onClick={onUndo}>
            {t('ui.workbench.undo')}
          </button>
        ) : null}
      </div>
    </li>
  );
}
