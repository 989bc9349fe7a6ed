// A modal dialog on the native <dialog>: focus is trapped and Escape closes it, as the platform does; the title names it;
// on closing, focus goes back to what opened it.
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { CloseIcon } from './icons';
import './Dialog.css';

export interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** The buttons along the bottom; the primary one last, as the platform places it. */
  footer?: ReactNode;
  wide?: boolean;
}

export function Dialog({ title, onClose, children, footer, wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useLayoutEffect(() => {
    const dialog = ref.current;
    // Taken before the dialog takes focus. The platform restores it only when an attached dialog closes, and ours is
    // removed by React when its screen says so, which leaves focus on the page's body.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={['dialog', wide ? 'dialog--wide' : ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog__header">
        <h2 id={titleId} className="dialog__title">{title}</h2>
        <button type="button" className="dialog__close" onClick={onClose} aria-label="Close">
          <CloseIcon />
        </button>
      </header>
      <div className="dialog__body">{children}</div>
      {footer && <footer className="dialog__footer">{footer}</footer>}
    </dialog>
  );
}
