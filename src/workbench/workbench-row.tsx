import { memo, useId, useState, type ReactNode } from 'react';
import { directionOf } from '../i18n/languages.ts';
import type { Problem } from '../i18n/locale-check.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { useEditsStore } from './edits.ts';
import { lengthOf, problemsOf, type Entry } from './workbench-model.ts';
// The workbench's English, which the first visit leaves out.
import '../i18n/english-later.ts';

type VisitorT = ReturnType<typeof useVisitorT>['t'];

/** How a problem reads, in the visitor's language. */
export function describeProblem(t: VisitorT): (problem: Problem) => string {
  return (problem) => {
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
      case 'control':
        return t('ui.workbench.problems.control');
      case 'nesting':
        return t('ui.workbench.problems.nesting');
    }
  };
}

type Band = 'none' | 'fits' | 'near' | 'over';

/** Close to the limit: the last tenth of it, and never fewer than the last five characters. */
function bandOf(length: number, max: number | undefined): Band {
  if (max === undefined) return 'none';
  if (length > max) return 'over';
  return max - length <= Math.max(5, Math.round(max / 10)) ? 'near' : 'fits';
}

export interface WorkbenchRowProps {
  readonly entry: Entry;
  readonly language: string;
  readonly selected: boolean;
  readonly onSelect: (key: string) => void;
  /** "See it on the screen": select the row and bring its preview into view. */
  readonly onShow: (key: string) => void;
  /** The preview, drawn under the selected row on narrow screens. */
  readonly children?: ReactNode;
  /** Text as if being typed (the workbench's preview of its own row); otherwise the entry's value. */
  readonly initialDraft?: string;
}

/**
 * One string of the language: its Japanese, English and note, and the translation, edited in
 * place. What is typed goes to the edits store at once; while a field is being typed in, it
 * shows exactly what was typed (also text the store does not keep: blank, or with a line break).
 */
export const WorkbenchRow = memo(function WorkbenchRow({ entry, language, selected, onSelect, onShow, children, initialDraft }: WorkbenchRowProps) {
  // Not re-rendered by every edit laid into i18next: the row shows the visitor's language.
  const { t } = useVisitorT({ live: false });
  const edit = useEditsStore((store) => store.edit);
  const undo = useEditsStore((store) => store.undo);
  const describe = describeProblem(t);
  const id = useId();
  const [draft, setDraft] = useState<string | null>(initialDraft ?? null);
  const text = draft ?? entry.value;
  const blank = draft !== null && draft.trim() === '';
  const problems = draft === null ? entry.problems : problemsOf(entry, draft, language);
  const max = entry.context?.maxLength;
  const length = lengthOf(text);
  const band = bandOf(length, max);
  const bandText =
    band === 'near' && max !== undefined
      ? t('ui.workbench.countLeft', { count: max - length })
      : band === 'over' && max !== undefined
        ? t('ui.workbench.countOver', { count: length - max })
        : '';
  const problemText = blank
    ? t('ui.workbench.emptyNotKept')
    : problems.length > 0
      ? problems.map(describe).join(' · ')
      : t('ui.workbench.noProblems');

  // Screen readers hear a change of state while typing (near the limit, over it, a placeholder
  // lost or found), not every keystroke: the announcement changes only when the state does.
  const signature = `${band}|${blank ? 'blank' : problems.filter((p) => p.kind !== 'tooLong').map((p) => p.kind).join()}`;
  const [announced, setAnnounced] = useState({ signature, text: '' });
  if (announced.signature !== signature && draft !== null) {
    const spoken = problems.filter((problem) => problem.kind !== 'tooLong').map(describe);
    setAnnounced({ signature, text: [bandText, ...(blank ? [problemText] : spoken)].filter(Boolean).join(' · ') || problemText });
  }

  return (
    <li className={selected ? 'workbench-row selected' : 'workbench-row'} data-key={entry.key}>
      <p className="row-key">
        <span className="row-key-label">{t('ui.workbench.key')}</span> <code>{entry.key}</code>
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
        dir={directionOf(language)}
        value={text}
        rows={Math.min(6, Math.max(2, Math.ceil(text.length / 40)))}
        onFocus={() => onSelect(entry.key)}
        onBlur={() => setDraft(null)}
        onKeyDown={(event) => {
          // A locale string is one line: Enter would only add a character that cannot be kept.
          if (event.key === 'Enter') event.preventDefault();
        }}
        onChange={(event) => {
          setDraft(event.target.value);
          edit(language, entry.key, event.target.value);
        }}
        aria-describedby={max !== undefined ? `${id}-count ${id}-problems` : `${id}-problems`}
      />
      {max !== undefined ? (
        <p id={`${id}-count`} className={band === 'over' ? 'row-count over' : 'row-count'}>
          {t('ui.workbench.count', { length, max })}
          {bandText ? ` · ${bandText}` : null}
        </p>
      ) : null}
      <p id={`${id}-problems`} className={problems.length > 0 || blank ? 'row-problems bad' : 'row-problems'}>
        {problemText}
      </p>
      {/* Present while typing only: one polite voice for the row being edited, not one per row. */}
      {draft !== null ? (
        <span role="status" className="visually-hidden">
          {announced.text}
        </span>
      ) : null}
      <div className="row-actions">
        <button type="button" className="help-button small" onClick={() => onShow(entry.key)}>
          {t('ui.workbench.showOnScreen')}
        </button>
        {entry.edited ? (
          <button type="button" className="help-button small" onClick={() => undo(language, entry.key)}>
            {t('ui.workbench.undo')}
          </button>
        ) : null}
      </div>
      {children}
    </li>
  );
});
