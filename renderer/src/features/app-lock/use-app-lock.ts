// The shell's side of the app lock: the window title, the idle timer fed by the keyboard and mouse, the shortcut and
// the menu item. The idle timer counts only the director's input: screens that poll (sync status, the ethics lock)
// call the core every few seconds, so the core's own idle clock, which counts calls, would not run out while they show.
import { useEffect } from 'react';
import { useLockStore } from './lock-store';

const pollMs = 15_000;
const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
export const lockShortcutLabel = 'Ctrl+Shift+L';

/** Whether a key press is the lock shortcut: Ctrl+Shift+L, or ⌘⇧L on a Mac. */
export function isLockShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l';
}

export function useAppLock(): void {
  const status = useLockStore((state) => state.status);
  const locked = !!status?.locked;

  useEffect(() => {
    document.title = locked ? 'Chartroom — locked' : 'Chartroom';
  }, [locked]);

  useEffect(() => {
    const { load, lockNow } = useLockStore.getState();
    void load();
    let lastInput = Date.now();
    const touched = () => (lastInput = Date.now());
    const onKey = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      if (useLockStore.getState().status?.hasPassphrase) void lockNow();
    };
    for (const name of activityEvents) window.addEventListener(name, touched, { passive: true });
    window.addEventListener('keydown', onKey);
    window.chartroomLock?.onLockRequested(() => void lockNow());
    const timer = window.setInterval(() => {
      const current = useLockStore.getState().status;
      if (current?.hasPassphrase && !current.locked && Date.now() - lastInput >= current.idleMinutes * 60_000) void lockNow();
      else void load();
    }, pollMs);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', onKey);
      for (const name of activityEvents) window.removeEventListener(name, touched);
    };
  }, []);
}
