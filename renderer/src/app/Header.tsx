// The top bar: which organisation this database belongs to, the box that searches everything, and the lock.
import { useLockStore } from '../features/app-lock/lock-store';
import { lockShortcutLabel } from '../features/app-lock/use-app-lock';
import { PaletteLauncher } from '../features/search/CommandPalette';
import { Button, HospitalIcon, LockIcon } from '../ui';
import { useAppStore } from './app-store';

export function Header() {
  const organisationName = useAppStore((state) => state.info?.organisationName);
  const canLock = useLockStore((state) => !!state.status?.hasPassphrase);
  return (
    <header className="header">
      <HospitalIcon className="header__icon" />
      <span data-testid="organisation-name" className="header__name">{organisationName ?? ''}</span>
      <PaletteLauncher />
      <span className="header__place">Stored on this computer · works offline</span>
      {canLock && (
        <Button variant="ghost" icon={<LockIcon />} title={`Lock Chartroom now (${lockShortcutLabel})`} onClick={() => void useLockStore.getState().lockNow()}>
          Lock
        </Button>
      )}
    </header>
  );
}
