import { useId, type ReactNode } from 'react';

export interface FilePickerProps {
  /** What the button says ("Import a file"). */
  readonly children: ReactNode;
  readonly onFile: (file: File) => void;
  readonly accept?: string;
  /** How the label looks: the help layer's button unless told. */
  readonly className?: string;
  readonly disabled?: boolean;
}

/**
 * A button that opens the file picker: the input is hidden behind its label, which shows where
 * keyboard focus is. The input is emptied after each choice, so the same file can be chosen again.
 */
export function FilePicker({ children, onFile, accept = 'application/json,.json', className = 'help-button', disabled = false }: FilePickerProps) {
  const id = useId();
  return (
    <>
      <input
        id={id}
        className="visually-hidden file-picker"
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <label className={`${className} file-button`} htmlFor={id}>
        {children}
      </label>
    </>
  );
}
