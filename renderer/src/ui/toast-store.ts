// The toasts on screen: any screen can announce a success or a failure without owning a place to show it.
import { create } from 'zustand';
import { readableMessage } from '../client';

export type ToastTone = 'success' | 'danger' | 'info';

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  message?: string;
}

interface ToastState {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id'>): void;
  dismiss(id: number): void;
}

let nextId = 1;
/** Long enough to read a sentence; failures stay until dismissed, because they may need acting on. */
const successTimeoutMs = 4000;

export const useToastStore = create<ToastState>((set, get) => ({
  toasts: [],
  show(toast) {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-3), { ...toast, id }] });
    if (toast.tone !== 'danger') window.setTimeout(() => get().dismiss(id), successTimeoutMs);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
  },
}));

export function toastSuccess(title: string, message?: string): void {
  useToastStore.getState().show({ tone: 'success', title, ...(message ? { message } : {}) });
}

/** Shows any failure as a sentence: ClientErrors carry the core's own message, anything else a calm fallback. */
export function toastError(title: string, error: unknown): void {
  useToastStore.getState().show({ tone: 'danger', title, message: readableMessage(error) });
}
