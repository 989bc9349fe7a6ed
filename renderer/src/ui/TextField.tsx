// A labelled text input with a hint and an error message that names what is wrong.
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { AlertIcon } from './icons';
import './Field.css';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Hides the label visually when the context already names the field (a search box); screen readers still hear it. */
  hideLabel?: boolean;
}

export function TextField({ label, hint, error, hideLabel = false, className, ...rest }: TextFieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>{label}</label>
      <input id={id} className="field__control" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          <AlertIcon />
          {error}
        </p>
      )}
      {hint && <p id={`${id}-hint`} className="field__hint">{hint}</p>}
    </div>
  );
}
