// Choose one person from the staff list by typing part of a name: owners, approvers and attestations all pick this way.
import { useEffect, useId, useRef, useState } from 'react';
import { displayName } from '../../../../shared/domain/names';
import { call } from '../../client';
import { AlertIcon, Button } from '../../ui';
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
  // Choosing (or changing) replaces the control that had focus; focus follows to what now stands in its place, or a
  // keyboard user is dropped back at the top of the page.
  const chosenRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [moveFocus, setMoveFocus] = useState<'chosen' | 'input' | null>(null);
  useEffect(() => {
    // The new control may appear a render later, once the screen's store holds the choice.
    const target = moveFocus === 'chosen' ? chosenRef.current?.querySelector('button') : moveFocus === 'input' ? inputRef.current : null;
    if (!target) return;
    target.focus();
    setMoveFocus(null);
  }, [moveFocus, value]);

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
        <div className="staff-picker__chosen" aria-labelledby={`${id}-label`} ref={chosenRef}>
          <span>
            <strong>{value.name}</strong> <span className="policies__muted">{value.detail}</span>
          </span>
          <Button variant="ghost" onClick={() => {
              onChange(null);
              setMoveFocus('input');
            }}
            aria-label={`Change ${label.toLowerCase()}`}>Change</Button>
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
        ref={inputRef}
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
                  setMoveFocus(keepsEmpty ? 'input' : 'chosen');
                }}
              >
                <span className="staff-picker__name">{person.name}</span>
                <span className="policies__muted">{person.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          <AlertIcon />
          {error}
        </p>
      )}
      {hint && <p className="field__hint">{hint}</p>}
    </div>
  );
}
