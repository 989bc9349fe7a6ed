// Minutes, item by item: Markdown beside its preview, saved on its own a moment after typing stops; read-only once locked.
import { useState } from 'react';
import { Badge } from '../../../ui';
import { MinutesEditor } from './MinutesEditor';
import { MinutesPreview } from './MinutesPreview';
import type { Meeting } from './store';

export function MinutesPanel({ meeting }: { meeting: Meeting }) {
  const [selectedId, setSelectedId] = useState(meeting.agenda[0]?.id ?? null);
  const selected = meeting.agenda.find((a) => a.id === selectedId) ?? meeting.agenda[0] ?? null;
  return (
    <section aria-label="Minutes" className="minutes">
      <nav className="minutes__items" aria-label="Agenda items">
        {meeting.agenda.map((item, index) => (
          <button key={item.id} type="button" className="minutes__item" aria-current={item.id === selected?.id ? 'true' : undefined} onClick={() => setSelectedId(item.id)}>
            <span>{index + 1}. {item.title}</span>
            {item.minutesText ? <Badge tone="success">Written</Badge> : <span className="meetings__muted">—</span>}
          </button>
        ))}
      </nav>
      <div className="minutes__body">
        {selected === null ? (
          <p className="meetings__muted">The agenda is empty.</p>
        ) : meeting.locked ? (
          <>
            <h3 className="meetings__subheading">{selected.title}</h3>
            {selected.minutesText ? <MinutesPreview source={selected.minutesText} label={`Minutes of ${selected.title}`} /> : <p className="meetings__muted">No minutes were written for this item.</p>}
          </>
        ) : (
          <MinutesEditor key={selected.id} item={selected} />
        )}
      </div>
    </section>
  );
}
