// An empty screen that explains itself: what will live here, for a medical director, and what to do next.
import type { ReactNode } from 'react';
import { CheckIcon } from './icons';
import './EmptyState.css';

export interface PlannedCapability {
  title: string;
  text: string;
}

export interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  description: ReactNode;
  /** What the screen will hold once it has records: the director's words, not ours. */
  capabilities?: readonly PlannedCapability[];
  capabilitiesTitle?: string;
  actions?: ReactNode;
}

export function EmptyState({ icon, title, description, capabilities, capabilitiesTitle = 'What you will keep here', actions }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <div className="empty-state__icon" aria-hidden="true">{icon}</div>
      <h2 className="empty-state__title">{title}</h2>
      <p className="empty-state__description">{description}</p>
      {capabilities && capabilities.length > 0 && (
        <>
          <h3 className="empty-state__list-title">{capabilitiesTitle}</h3>
          <ul className="empty-state__list" data-columns={capabilities.length % 3 === 0 ? 3 : 2}>
            {capabilities.map((capability) => (
              <li key={capability.title} className="empty-state__item">
                <CheckIcon className="empty-state__check" />
                <div>
                  <div className="empty-state__item-title">{capability.title}</div>
                  <div className="empty-state__item-text">{capability.text}</div>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {actions && <div className="empty-state__actions">{actions}</div>}
    </div>
  );
}
