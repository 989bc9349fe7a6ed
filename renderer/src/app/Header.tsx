// The top bar: which organisation this database belongs to.
import { HospitalIcon } from '../ui';
import { useAppStore } from './app-store';

export function Header() {
  const organisationName = useAppStore((state) => state.info?.organisationName);
  return (
    <header className="header">
      <HospitalIcon className="header__icon" />
      <span data-testid="organisation-name" className="header__name">{organisationName ?? ''}</span>
      <span className="header__place">Stored on this computer · works offline</span>
    </header>
  );
}
