// The app's button: three variants, and a busy state that keeps the label readable while work runs.
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import './Button.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'ghost';
  size?: 'medium' | 'large';
  /** Shows a spinner and blocks further clicks; the label should then say what is happening. */
  busy?: boolean;
  icon?: ReactNode;
}

export function Button({ variant = 'secondary', size = 'medium', busy = false, icon, className, children, disabled, type = 'button', ...rest }: ButtonProps) {
  const classes = ['button', `button--${variant}`, size === 'large' ? 'button--large' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {busy ? <span className="button__spinner" aria-hidden="true" /> : icon}
      {children}
    </button>
  );
}
