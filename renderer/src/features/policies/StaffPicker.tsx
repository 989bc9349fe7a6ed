// Choose one person from the staff list by typing part of a name: owners, approvers and attestations all pick this way.
import { useEffect, useId, useState } from 'react';
import { displayName } from '../../../../shared/domain/names';
import { call } from '../../client';
import { Button } from '../../ui';
import { useDebounced } from './use-debounced';

export interface PickedPerson {
  id: string;
  name: string;
  detail: string;
}

export interface StaffPickerProps {
  label: string;
  value: PickedPerson | null;
  onChange(person: PickedPerson | null): void;
  /** People who cannot be chosen here (the author, approvers already listed), shown but not offered. */
  excludeIds?: readonly string[];
  error?: string | undefined;
  hint?: string;
  /** Clears the box after each choice, for adding several people in turn. */
  keepsEmpty?: boolean;
}

export function StaffPicker({ label, value, onChange, excludeIds = [], error, hint, keepsEmpty = false }: StaffPickerProps) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed.trim(), 200);
  const [matches, setMatches] = useState<PickedPerson[]>([]);

  useEffect(() => {
    if (!search) {
      setMatches([]);
      return;
    }
    let current = true;
    call('staff.list', { search, limit: 8 })
      .then((page) => {
        if (current) setMatches(page.rows.map((r) => ({ id: r.id, name: displayName(r), detail: [r.roleName, r.departmentName].filter(Boolean).join(' · ') })));
      })
      .catch(() => current && setMatches([]));
    return () => {
      current = false;
    };
  }, [search]);

  if (value && !keepsEmpty) {
    return (
      <div className="field">
        <span className="field__label" id={`${id}-label`}>{label}</span>
        <div className="staff-picker__chosen" aria-labelledby={`${id}-label`}>
          <span>
            <strong>{value.name}</strong> <span className="policies__muted">{value.detail}</span>
          </span>
          <Button variant="ghost" onClick={() => onChange(null)} aria-label={`Change ${label.toLowerCase()}`}>Change</Button>
        </div>
        {hint && <p className="field__hint">{hint}</p>}
      </div>
    );
  }

  const offered = matches.filter((m) => !excludeIds.includes(m.id));
  return (
    <div className="field staff-picker">
      <label htmlFor={id} className="field__label">{label}</label>
      <input
        id={id}
        type="search"
        className="field__control"
        placeholder="Type part of a name"
        value={typed}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setTyped(event.target.value)}
      />
      {search && (
        <ul className="staff-picker__matches" aria-label={`People matching ${search}`}>
          {offered.length === 0 && <li className="staff-picker__none">No one on the staff list matches “{search}”.</li>}
          {offered.map((person) => (
            <li key={person.id}>
              <button
                type="button"
                className="staff-picker__match"
                onClick={() => {
                  onChange(person);
                  setTyped('');
                }}
              >
                <span className="staff-picker__name">{person.name}</span>
                <span className="policies__muted">{person.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p id={`${id}-error`} className="field__error" role="alert">{error}</p>}
      {hint && <p className="field__hint">{hint}</p>}
    </div>
  );
}
