// A labelled multi-line text box with the same hint and error treatment as TextField.
import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { AlertIcon } from './icons';
import './Field.css';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

export function TextAreaField({ label, hint, error, className, rows = 3, ...rest }: TextAreaFieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">{label}</label>
      <textarea id={id} rows={rows} className="field__control field__control--multiline" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
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
