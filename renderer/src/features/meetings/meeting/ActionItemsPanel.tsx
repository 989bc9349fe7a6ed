// Action items: this meeting's (owner, due, status) and the open ones carried forward from earlier meetings on their own.
import { format } from 'date-fns';
import { Fragment, useState } from 'react';
import { Badge, Button, formatDay, Table, TextField } from '../../../ui';
import { HistoryPanel } from '../../history/HistoryPanel';
import type { FieldErrors } from '../field-errors';
import { actionStatusLabel, optionsOf } from '../labels';
import { useMeetingStore, type ActionItem, type Meeting } from './store';

/** An action item's fields as the form names them, for its history. */
const actionFieldLabels: Record<string, string> = {
  meetingId: 'Meeting', agendaItemId: 'Agenda item', description: 'Action', ownerStaffId: 'Owner (staff record)', ownerName: 'Owner',
  dueOn: 'Due', status: 'Status', _deleted: 'Record',
};
// An action item's agenda link is never edited by hand: it is cleared only when its agenda item is removed.
const actionFieldNotes: Record<string, string> = { agendaItemId: 'its agenda item was removed' };

export function ActionItemsPanel({ meeting }: { meeting: Meeting }) {
  return (
    <section aria-label="Action items" className="meetings__stack">
      <h3 className="meetings__subheading">Carried forward from earlier meetings</h3>
      {meeting.carriedActionItems.length === 0 ? (
        <p className="meetings__muted">No open action items from earlier meetings.</p>
      ) : (
        <ActionTable label="Carried forward" items={meeting.carriedActionItems} showMeeting />
      )}
      <h3 className="meetings__subheading">From this meeting</h3>
      {meeting.actionItems.length === 0 ? <p className="meetings__muted">None yet.</p> : <ActionTable label="This meeting’s action items" items={meeting.actionItems} showMeeting={false} />}
      {!meeting.locked && <AddActionForm meeting={meeting} />}
    </section>
  );
}

function ActionTable({ label, items, showMeeting }: { label: string; items: readonly ActionItem[]; showMeeting: boolean }) {
  const updateAction = useMeetingStore((state) => state.updateAction);
  const history = useMeetingStore((state) => state.actionHistory);
  const toggleHistory = useMeetingStore((state) => state.toggleActionHistory);
  // Today on this computer's calendar (not UTC's, which turns over in the evening west of Greenwich).
  const today = format(new Date(), 'yyyy-MM-dd');
  return (
    <Table label={label}>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col" style={{ width: '20%' }}>Owner</th>
          <th scope="col" style={{ width: '16%' }}>Due</th>
          <th scope="col" style={{ width: '18%' }}>Status</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const overdue = item.dueOn !== null && item.dueOn < today && (item.status === 'open' || item.status === 'in-progress');
          const historyOpen = history?.actionItemId === item.id;
          return (
            <Fragment key={item.id}>
              <tr data-testid="action-item">
                <td>
                  {item.description}
                  {showMeeting && <div className="meetings__muted">From {item.meetingTitle}</div>}
                  <div>
                    <Button variant="ghost" className="meetings__history-toggle" aria-expanded={historyOpen} onClick={() => toggleHistory(item.id)}>
                      {historyOpen ? 'Hide history' : 'History'}
                    </Button>
                  </div>
                </td>
                <td>{item.ownerName}</td>
                <td>
                  {formatDay(item.dueOn)}
                  {overdue && <div><Badge tone="danger">Overdue</Badge></div>}
                </td>
                <td>
                  <select className="field__control meetings__inline-select" aria-label={`Status of ${item.description}`} value={item.status} onChange={(e) => void updateAction(item.id, { status: e.target.value as ActionItem['status'] })}>
                    {optionsOf(actionStatusLabel).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                  </select>
                </td>
              </tr>
              {historyOpen && (
                <tr aria-label={`History of ${item.description}`}>
                  <td colSpan={4}>
                    <HistoryPanel entity="actionItem" id={item.id} name={item.description} version={item.status} labels={actionFieldLabels} notes={actionFieldNotes} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </Table>
  );
}

function AddActionForm({ meeting }: { meeting: Meeting }) {
  const addAction = useMeetingStore((state) => state.addAction);
  const [description, setDescription] = useState('');
  const [ownerName, setOwnerName] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  async function submit() {
    // Members chosen from the list keep their link to the staff record, so their name follows any change there.
    const member = meeting.members.find((m) => m.name === ownerName.trim());
    const result = await addAction({ description, ownerName, ownerStaffId: member?.staffId ?? null, dueOn: dueOn || null });
    if (result.ok) {
      setDescription('');
      setOwnerName('');
      setDueOn('');
      setErrors({});
      return setMessage(null);
    }
    setErrors(result.fieldErrors);
    setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
  }

  return (
    <form className="meetings__action-form" aria-label="Add an action item" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <TextField label="Action" value={description} onChange={(e) => setDescription(e.target.value)} error={errors['description']} placeholder="Audit restraint orders on 4 West" />
      <TextField label="Owner" value={ownerName} onChange={(e) => setOwnerName(e.target.value)} error={errors['ownerName']} list="meeting-members" />
      <datalist id="meeting-members">
        {meeting.members.filter((m) => m.active).map((m) => <option key={m.id} value={m.name} />)}
      </datalist>
      <TextField label="Due" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} error={errors['dueOn']} />
      <Button type="submit" variant="primary">Add action item</Button>
      {message && <p className="meetings__error" role="alert">{message}</p>}
    </form>
  );
}
