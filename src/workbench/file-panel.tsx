import { useState, type ReactNode } from 'react';
import { useVisitorT } from '../store/use-visitor-t.ts';
// The workbench's English, which the first visit leaves out.
import '../i18n/english-later.ts';

export interface FilePanelProps {
  readonly editCount: number;
  readonly storageWorks: boolean;
  /** Downloads the language's file; returns its name, or null when there is nothing to export yet. */
  readonly onExport: () => string | null;
  readonly onDiscard: () => void;
  /** The file input of the import panel, placed among these buttons. */
  readonly importButton: ReactNode;
  /** How the panel starts (the workbench's preview of its own texts); otherwise idle. */
  readonly initial?: { readonly confirming?: boolean; readonly exported?: string };
}

/** Export, import and discard, with where the edits are kept and what to do with an exported file. */
export function FilePanel({ editCount, storageWorks, onExport, onDiscard, importButton, initial }: FilePanelProps) {
  const { t } = useVisitorT();
  const [confirming, setConfirming] = useState(initial?.confirming ?? false);
  const [exported, setExported] = useState<string | null>(initial?.exported ?? null);
  return (
    <div className="workbench-file" role="group" aria-label={t('ui.workbench.export')}>
      <p role="status" className={storageWorks ? 'panel-hint' : 'notice'}>
        {storageWorks ? t('ui.workbench.saved') : t('ui.workbench.notSaved')} {t('ui.workbench.editCount', { count: editCount })}
      </p>
      <button type="button" className="help-button" onClick={() => setExported(onExport())}>
        {t('ui.workbench.export')}
      </button>
      {importButton}
      {confirming ? (
        <span className="confirm">
          {t('ui.workbench.discardConfirm', { count: editCount })}{' '}
          <button
            type="button"
            className="help-button danger"
            onClick={() => {
              onDiscard();
              setConfirming(false);
            }}
          >
            {t('ui.workbench.discard')}
          </button>{' '}
          <button type="button" className="help-button" onClick={() => setConfirming(false)}>
            {t('ui.workbench.importCancel')}
          </button>
        </span>
      ) : (
        <button type="button" className="help-button" onClick={() => setConfirming(true)} disabled={editCount === 0}>
          {t('ui.workbench.discard')}
        </button>
      )}
      <p role="status" className="workbench-exported">
        {exported !== null ? t('ui.workbench.exported', { file: exported }) : null}
      </p>
    </div>
  );
}
