import { useCallback, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { unflatten } from '../i18n/locale-check.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { openLanguage, useEditsStore, type Edits } from './edits.ts';
import { FilePanel } from './file-panel.tsx';
import { download } from '../components/download.ts';
import { ImportButton, ImportPanel, useImport } from './import-panel.tsx';
import { usePlaceName } from './place-name.ts';
import { WorkbenchPreview } from './preview.tsx';
import { useWideScreen } from './use-wide-screen.ts';
import { EDITABLE, WorkbenchControls } from './workbench-controls.tsx';
import { WorkbenchRow } from './workbench-row.tsx';
import { buildEntries, exportedFile, groupByPlace, matches, placeId, type Filter, type Group } from './workbench-model.ts';
// This page's English, which the first visit leaves out.
import '../i18n/english-later.ts';

const EMPTY: Edits = {};

/** The language the workbench opens on: the one the visitor reads, unless that is the Japanese source. */
export const startingLanguage = (visitor: string): string => (EDITABLE.some((info) => info.code === visitor) ? visitor : 'en');

/**
 * The translators' workbench: every key of one language with its Japanese source, English,
 * context and length limit, grouped by where it appears; inline edits checked as they are typed
 * and shown at once on a preview of their place; edits kept in the browser, exported as a
 * ready-to-commit file. Edits go through the edits store, the one writer of edits.
 */
export function WorkbenchPage() {
  const { language: visitor } = useVisitorT();
  const [language, setLanguage] = useState(() => startingLanguage(visitor));
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  // The row whose "See it on the screen" was pressed last, and a count of presses: each moves focus to the preview.
  const [shown, setShown] = useState<{ readonly key: string; readonly times: number } | null>(null);
  const file = useEditsStore((store) => store.files[language]);
  const edits = useEditsStore((store) => store.byLanguage[language] ?? EMPTY);
  const storageWorks = useEditsStore((store) => store.storageWorks);
  const importUndo = useEditsStore((store) => store.importUndo[language] ?? null);
  const discardAll = useEditsStore((store) => store.discardAll);
  const undoImport = useEditsStore((store) => store.undoImport);
  const importer = useImport(language);
  const wide = useWideScreen();

  useEffect(() => {
    void openLanguage(language);
  }, [language]);

  const entries = useMemo(() => (file ? buildEntries(language, file, edits) : []), [file, edits, language]);
  const groups = useMemo(() => groupByPlace(entries.filter((entry) => matches(entry, filter, search))), [entries, filter, search]);
  const selectedEntry = entries.find((entry) => entry.key === selected) ?? null;
  const translated = entries.filter((entry) => entry.value.trim() !== '').length;

  const select = useCallback((key: string) => {
    setSelected(key);
    setShown(null);
  }, []);
  const show = useCallback((key: string) => {
    setSelected(key);
    setShown((last) => ({ key, times: (last?.times ?? 0) + 1 }));
  }, []);

  const exportFile = (): string | null => {
    if (!file) return null;
    const name = `${language}.json`;
    download(name, `${JSON.stringify(unflatten(exportedFile(language, file, edits)), null, 2)}\n`);
    return name;
  };

  const preview = (
    <WorkbenchPreview entry={selectedEntry} language={language} focusRequest={shown !== null && shown.key === selected ? shown.times : 0} />
  );

  return (
    <div className="workbench">
      <WorkbenchControls
        language={language}
        onLanguage={setLanguage}
        filter={filter}
        onFilter={setFilter}
        search={search}
        onSearch={setSearch}
        done={translated}
        total={entries.length}
      />
      <div className="panel workbench-files">
        <FilePanel
          key={language}
          editCount={Object.keys(edits).length}
          storageWorks={storageWorks}
          onExport={exportFile}
          onDiscard={() => discardAll(language)}
          importButton={<ImportButton onFile={(chosen) => void importer.choose(chosen)} />}
        />
        <ImportPanel
          language={language}
          state={importer.state}
          entries={entries}
          undo={importUndo}
          onConfirm={importer.confirm}
          onApply={importer.apply}
          onCancel={importer.cancel}
          onUndoImport={() => undoImport(language)}
        />
      </div>
      {file ? (
        <div className="workbench-body">
          <div className="workbench-groups">
            {groups.map((group) => (
              <RowGroup key={placeId(group.place)} group={group} language={language} selected={selected} onSelect={select} onShow={show}>
                {wide ? null : preview}
              </RowGroup>
            ))}
          </div>
          {wide ? <aside className="workbench-aside">{preview}</aside> : null}
        </div>
      ) : (
        <p className="panel-hint">…</p>
      )}
    </div>
  );
}

interface RowGroupProps {
  readonly group: Group;
  readonly language: string;
  readonly selected: string | null;
  readonly onSelect: (key: string) => void;
  readonly onShow: (key: string) => void;
  /** The preview, drawn under the selected row (on narrow screens). */
  readonly children: ReactNode;
}

/** The strings of one place (a screen of the reader, a panel of the help layer), under its name. */
function RowGroup({ group, language, selected, onSelect, onShow, children }: RowGroupProps) {
  const placeName = usePlaceName();
  const headingId = useId();
  return (
    <section className="workbench-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="workbench-group-heading">
        {placeName(group.place)}
      </h3>
      <ol className="workbench-list">
        {group.entries.map((entry) => (
          <WorkbenchRow key={entry.key} entry={entry} language={language} selected={entry.key === selected} onSelect={onSelect} onShow={onShow}>
            {entry.key === selected ? children : null}
          </WorkbenchRow>
        ))}
      </ol>
    </section>
  );
}
