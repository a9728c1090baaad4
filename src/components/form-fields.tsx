import { useId } from 'react';

export interface ChoiceProps<T extends string> {
  readonly name: string;
  readonly legend: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
}

/** A radio group: every option visible at once, which suits touch and screen readers alike. */
export function Choice<T extends string>({ name, legend, value, options, onChange }: ChoiceProps<T>) {
  const id = useId();
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice-option">
          <input
            type="radio"
            name={`${name}-${id}`}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export interface ToggleProps {
  readonly label: string;
  readonly checked: boolean;
  /** Shown but not offered: another setting makes it mean nothing now. */
  readonly disabled?: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function Toggle({ label, checked, disabled = false, onChange }: ToggleProps) {
  return (
    <label className="toggle">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
