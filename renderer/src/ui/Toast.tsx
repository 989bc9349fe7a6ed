// Where toasts appear: failures are announced assertively, successes politely.
import { AlertIcon, CheckCircleIcon, CloseIcon, InfoIcon } from './icons';
import { useToastStore, type Toast } from './toast-store';
import './Toast.css';

const iconFor = { success: CheckCircleIcon, danger: AlertIcon, info: InfoIcon } as const;

export function ToastViewport() {
  const toasts = useToastStore((state) => state.toasts);
  const dismiss = useToastStore((state) => state.dismiss);
  return (
    <div className="toast-viewport" aria-live="polite">
      {toasts.map((toast) => (
        <ToastCard key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
      ))}
    </div>
  );
}

function ToastCard({ toast, onDismiss }: { toast: Toast; onDismiss: () => void }) {
  const Icon = iconFor[toast.tone];
  return (
    <div className={`toast toast--${toast.tone}`} role={toast.tone === 'danger' ? 'alert' : 'status'} data-testid="toast">
      <Icon className="toast__icon" />
      <div>
        <div className="toast__title">{toast.title}</div>
        {toast.message && <div className="toast__message">{toast.message}</div>}
      </div>
      <button type="button" className="toast__close" onClick={onDismiss} aria-label="Dismiss">
        <CloseIcon />
      </button>
    </div>
  );
}
