// The top bar: which organisation this database belongs to, and the box that searches everything.
import { HospitalIcon } from '../ui';
import { PaletteLauncher } from '../features/search/CommandPalette';
import { useAppStore } from './app-store';

export function Header() {
  const organisationName = useAppStore((state) => state.info?.organisationName);
  return (
    <header className="header">
      <HospitalIcon className="header__icon" />
      <span data-testid="organisation-name" className="header__name">{organisationName ?? ''}</span>
      <PaletteLauncher />
      <span className="header__place">Stored on this computer · works offline</span>
    </header>
  );
}
