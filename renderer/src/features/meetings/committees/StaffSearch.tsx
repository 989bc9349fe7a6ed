// Find one person on the staff list by typing part of a name: committee members and action-item owners are chosen this way.
import { useEffect, useId, useState } from 'react';
import { displayName } from '../../../../../shared/domain/names';
import { call } from '../../../client';

export interface StaffChoice {
  id: string;
  name: string;
  detail: string;
}

export function StaffSearch({ label, onPick, excludeIds = [] }: { label: string; onPick(person: StaffChoice): void; excludeIds?: readonly string[] }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [matches, setMatches] = useState<StaffChoice[]>([]);

  // A pause before searching: one request per thought, not per keystroke.
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(typed.trim()), 200);
    return () => window.clearTimeout(timer);
  }, [typed]);

  useEffect(() => {
    if (!search) return setMatches([]);
    let current = true;
    call('staff.list', { search, limit: 8 })
      .then((page) => current && setMatches(page.rows.map((r) => ({ id: r.id, name: displayName(r), detail: [r.roleName, r.departmentName].filter(Boolean).join(' · ') }))))
      .catch(() => current && setMatches([]));
    return () => {
      current = false;
    };
  }, [search]);

  const offered = matches.filter((m) => !excludeIds.includes(m.id));
  return (
    <div className="field meetings-staff-search">
      <label htmlFor={id} className="field__label">{label}</label>
      <input id={id} type="search" className="field__control" placeholder="Type part of a name" value={typed} onChange={(e) => setTyped(e.target.value)} />
      {search && (
        <ul className="meetings-staff-search__matches" aria-label={`People matching ${search}`}>
          {offered.length === 0 && <li className="meetings__muted meetings-staff-search__none">No one on the staff list matches “{search}”.</li>}
          {offered.map((person) => (
            <li key={person.id}>
              <button type="button" className="meetings-staff-search__match" onClick={() => (onPick(person), setTyped(''))}>
                <strong>{person.name}</strong> <span className="meetings__muted">{person.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
