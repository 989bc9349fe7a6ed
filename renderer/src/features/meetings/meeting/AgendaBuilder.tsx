// The agenda builder: numbered items with type, presenter, time allotted, executive-session flag, linked record and PDFs;
// reordered by dragging, by Alt+Arrow keys on a focused item, or by its Move up / Move down buttons.
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { Badge, Button, FileIcon, PlusIcon } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import { agendaKindLabel } from '../labels';
import { AgendaItemDialog } from './AgendaItemDialog';
import { useMeetingStore, type AgendaItem, type Meeting } from './store';

export function AgendaBuilder({ meeting }: { meeting: Meeting }) {
  const { moveItem, removeItem } = useMeetingStore();
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The item to keep focused once the core answers a keyboard move, so Alt+Arrow can be pressed again at once.
  const focusAfterMove = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const locked = meeting.locked;
  const agenda = meeting.agenda;
  const totalMinutes = agenda.reduce((sum, item) => sum + (item.minutesAllotted ?? 0), 0);

  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    focusAfterMove.current = null;
    listRef.current?.querySelector<HTMLElement>(`[data-agenda-id="${id}"]`)?.focus();
  }, [agenda]);

  async function move(item: AgendaItem, toIndex: number, byKeyboard: boolean) {
    if (locked || toIndex < 0 || toIndex >= agenda.length || toIndex === agenda.indexOf(item)) return;
    if (byKeyboard) focusAfterMove.current = item.id;
    await moveItem(item.id, toIndex);
    setAnnouncement(`${item.title} moved to position ${toIndex + 1} of ${agenda.length}.`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, item: AgendaItem, index: number) {
    if (!event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      void move(item, index + (event.key === 'ArrowUp' ? -1 : 1), true);
    }
  }

  function onDrop(event: DragEvent<HTMLLIElement>, index: number) {
    event.preventDefault();
    const item = agenda.find((a) => a.id === dragging);
    setDragging(null);
    setDropIndex(null);
    if (item) void move(item, index, false);
  }

  return (
    <section aria-label="Agenda builder">
      <div className="meetings__panel-head">
        <p className="meetings__muted">
          {agenda.length} items · {totalMinutes} minutes allotted.{' '}
          {!locked && 'Drag an item, or focus it and press Alt+↑ or Alt+↓, to change the order.'}
        </p>
        <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing('new')} disabled={locked}>Add item</Button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
      <ol className="agenda" ref={listRef} aria-label="Agenda">
        {agenda.map((item, index) => (
          <li
            key={item.id}
            data-agenda-id={item.id}
            data-testid="agenda-item"
            className={['agenda__item', dragging === item.id ? 'agenda__item--dragging' : '', dropIndex === index && dragging !== item.id ? 'agenda__item--drop' : ''].filter(Boolean).join(' ')}
            tabIndex={0}
            aria-label={`${index + 1}. ${item.title}`}
            aria-describedby={locked ? undefined : 'agenda-reorder-hint'}
            draggable={!locked}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', item.id);
              setDragging(item.id);
            }}
            onDragEnd={() => (setDragging(null), setDropIndex(null))}
            onDragOver={(event) => {
              if (!dragging) return;
              event.preventDefault();
              setDropIndex(index);
            }}
            onDrop={(event) => onDrop(event, index)}
            onKeyDown={(event) => onKeyDown(event, item, index)}
          >
            {!locked && <span className="agenda__grip" aria-hidden="true">⋮⋮</span>}
            <span className="agenda__number">{index + 1}.</span>
            <div className="agenda__main">
              <div className="agenda__title">
                {item.title}
                {item.executiveSession && <Badge tone="warning">Executive session</Badge>}
                {item.consent && <Badge tone="info">Consent agenda</Badge>}
              </div>
              <div className="agenda__meta">
                <span>{agendaKindLabel[item.kind]}</span>
                {item.presenter && <span>Presenter: {item.presenter}</span>}
                {item.minutesAllotted !== null && <span>{item.minutesAllotted} min</span>}
              </div>
              {item.link && <div className="agenda__link">Linked: {item.link.label}</div>}
              {item.attachments.length > 0 && (
                <ul className="agenda__files" aria-label={`Attachments of ${item.title}`}>
                  {item.attachments.map((a) => <li key={a.id}><FileIcon /> {a.fileName}</li>)}
                </ul>
              )}
            </div>
            {!locked && (
              <div className="agenda__actions">
                <Button variant="ghost" aria-label={`Move ${item.title} up`} disabled={index === 0} onClick={() => void move(item, index - 1, false)}>↑</Button>
                <Button variant="ghost" aria-label={`Move ${item.title} down`} disabled={index === agenda.length - 1} onClick={() => void move(item, index + 1, false)}>↓</Button>
                <Button variant="ghost" aria-label={`Edit ${item.title}`} onClick={() => setEditing(item)}>Edit</Button>
                <HistoryButton entity="agendaItem" id={item.id} name={item.title} />
                <Button variant="ghost" aria-label={`Remove ${item.title}`} onClick={() => window.confirm(`Remove “${item.title}” from the agenda?`) && void removeItem(item.id)}>Remove</Button>
              </div>
            )}
          </li>
        ))}
      </ol>
      <p id="agenda-reorder-hint" hidden>Press Alt and the up or down arrow to move this item.</p>
      {editing && <AgendaItemDialog meeting={meeting} item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
