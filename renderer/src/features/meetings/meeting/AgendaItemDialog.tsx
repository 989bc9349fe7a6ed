// Add or change an agenda item: title, type, presenter, minutes allotted, executive session or consent agenda, linked
// record and PDFs.
import { useState } from 'react';
import { Button, CheckboxField, FileIcon, SelectField, TextAreaField, TextField } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import type { FieldErrors } from '../field-errors';
import { agendaKindLabel, optionsOf } from '../labels';
import { LinkPicker, pickableLinkKinds, type LinkChoice } from './LinkPicker';
import { useMeetingStore, type AgendaItem, type Meeting } from './store';
import { useKeptText } from '../../../app/kept-text';

type Kind = keyof typeof agendaKindLabel;

export function AgendaItemDialog({ meeting, item, onClose }: { meeting: Meeting; item: AgendaItem | null; onClose(): void }) {
  const { addItem, updateItem, attach, setItemGuests } = useMeetingStore();
  // Once added, the item is edited in place: a failed attachment must not add the item twice on a retry.
  const [itemId, setItemId] = useState(item?.id ?? null);
  const [title, setTitle] = useState(item?.title ?? '');
  const [kind, setKind] = useState<Kind>(item?.kind ?? 'discussion');
  const [presenter, setPresenter] = useState(item?.presenter ?? '');
  const [minutes, setMinutes] = useState(item?.minutesAllotted?.toString() ?? '10');
  const [executiveSession, setExecutiveSession] = useState(item?.executiveSession ?? false);
  const [consent, setConsent] = useState(item?.consent ?? false);
  const [description, setDescription, forgetDescription] = useKeptText(`agenda-notes:${item?.id ?? `new-in-${meeting.id}`}`, item?.description ?? '');
  const [link, setLink] = useState<LinkChoice>(item?.link && (pickableLinkKinds as readonly string[]).includes(item.link.kind) ? { kind: item.link.kind as NonNullable<LinkChoice>['kind'], id: item.link.id } : null);
  const [guests, setGuests] = useState(guestLines(item?.guests ?? []));
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = meeting.agenda.find((a) => a.id === itemId) ?? null;
  const standingLink = item?.link && (item.link.kind === 'prior-minutes' || item.link.kind === 'action-items') ? item.link : null;

  async function submit() {
    if (link?.kind === 'policy-version' && !link.id) return setErrors({ link: 'Choose the policy version the committee will approve.' });
    const minutesAllotted = minutes.trim() === '' ? null : Number(minutes);
    if (minutesAllotted !== null && (!Number.isInteger(minutesAllotted) || minutesAllotted < 0 || minutesAllotted > 600)) return setErrors({ minutesAllotted: 'Give whole minutes, from 0 to 600.' });
    setBusy(true);
    setErrors({});
    setMessage(null);
    const fields = { title, kind, presenter, minutesAllotted, executiveSession, consent, description, ...(standingLink ? {} : { link }) };
    const before = new Set(meeting.agenda.map((a) => a.id));
    const saved = itemId ? await updateItem(itemId, fields) : await addItem(fields);
    if (!saved.ok) {
      setBusy(false);
      setErrors(saved.fieldErrors);
      return setMessage(Object.keys(saved.fieldErrors).length ? null : saved.message);
    }
    const targetId = itemId ?? saved.value.agenda.find((a) => !before.has(a.id))?.id ?? null;
    setItemId(targetId);
    if (targetId && guests.trim() !== guestLines(item?.guests ?? []).trim()) {
      const guestsSaved = await setItemGuests(targetId, parseGuestLines(guests));
      if (!guestsSaved.ok) {
        setBusy(false);
        return setErrors({ guests: guestsSaved.message });
      }
    }
    for (const file of files) {
      const attached = targetId ? await attach(targetId, file) : null;
      if (attached && !attached.ok) {
        setBusy(false);
        setFiles(files.slice(files.indexOf(file)));
        return setErrors({ attachments: attached.message });
      }
    }
    setBusy(false);
    forgetDescription();
    onClose();
  }

  return (
    <Dialog
      wide
      title={itemId ? `Edit “${current?.title ?? title}”` : 'Add an agenda item'}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => void submit()}>{busy ? 'Saving…' : itemId ? 'Save item' : 'Add item'}</Button>
        </>
      }
    >
      <form className="meetings__form" onSubmit={(event) => (event.preventDefault(), void submit())}>
        <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} error={errors['title']} placeholder="Credentials Committee report" />
        <div className="meetings__form-row meetings__form-row--three">
          <SelectField label="Type" value={kind} onChange={(e) => setKind(e.target.value as Kind)} options={optionsOf(agendaKindLabel)} />
          <TextField label="Presenter" value={presenter} onChange={(e) => setPresenter(e.target.value)} error={errors['presenter']} />
          <TextField label="Minutes allotted" type="number" min={0} max={600} value={minutes} onChange={(e) => setMinutes(e.target.value)} error={errors['minutesAllotted']} />
        </div>
        <CheckboxField label="Executive session" checked={executiveSession} onChange={(e) => setExecutiveSession(e.target.checked)} hint="Taken in closed session: an issued packet carries its papers in the confidential supplement, not the general packet." />
        <CheckboxField
          label="On the consent agenda"
          checked={consent}
          onChange={(e) => setConsent(e.target.checked)}
          hint="Routine business approved with the other consent items by one motion. Untick it if a member asks to discuss it."
        />
        <TextAreaField
          label="Guests for this item"
          value={guests}
          onChange={(e) => setGuests(e.target.value)}
          rows={2}
          error={errors['guests']}
          hint="One per line, name then role: “Jo Quarrington — outside counsel”. The confidential supplement lists them with the voting members as who was in the room."
        />
        <TextAreaField label="Notes for the packet" value={description} onChange={(e) => setDescription(e.target.value)} rows={2} error={errors['description']} />
        <LinkPicker value={link} onChange={setLink} error={errors['link'] ?? errors['id']} standing={standingLink} />
        <div className="field">
          <span className="field__label" id="agenda-attachments-label">Attachments (PDF)</span>
          {current && current.attachments.length > 0 && (
            <ul className="agenda__files" aria-label="Attached already">
              {current.attachments.map((a) => <li key={a.id}><FileIcon /> {a.fileName}</li>)}
            </ul>
          )}
          <input
            type="file"
            accept="application/pdf,.pdf"
            multiple
            aria-labelledby="agenda-attachments-label"
            aria-describedby={errors['attachments'] ? 'agenda-attachments-error' : undefined}
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
          {files.length > 0 && <p className="field__hint">To attach: {files.map((f) => f.name).join(', ')}</p>}
          {errors['attachments'] && <p id="agenda-attachments-error" className="field__error" role="alert">{errors['attachments']}</p>}
          <p className="field__hint">Each PDF is merged into the packet in place, after this item.</p>
        </div>
        {message && <p className="meetings__error" role="alert">{message}</p>}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

/** One guest a line, "Name — role" (a dash or a comma before the role). */
function guestLines(guests: readonly { name: string; role: string | null }[]): string {
  return guests.map((g) => (g.role ? `${g.name} — ${g.role}` : g.name)).join('\n');
}

function parseGuestLines(text: string): { name: string; role: string | null }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', ...role] = line.split(/\s+[—–-]\s+|,\s*/);
      return { name: name.trim(), role: role.join(', ').trim() || null };
    });
}
