// A checkbox with its label beside it and an optional hint below: for yes/no facts such as "FPPE required".
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import './Field.css';

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: ReactNode;
  hint?: ReactNode;
}

export function CheckboxField({ label, hint, className, ...rest }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={['field field--checkbox', className ?? ''].filter(Boolean).join(' ')}>
      <input id={id} type="checkbox" className="field__checkbox" aria-describedby={hint ? `${id}-hint` : undefined} {...rest} />
      <label htmlFor={id} className="field__label">{label}</label>
      {hint && <p id={`${id}-hint`} className="field__hint field__hint--checkbox">{hint}</p>}
    </div>
  );
}
