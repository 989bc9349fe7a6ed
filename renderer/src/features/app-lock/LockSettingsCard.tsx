// Settings → Lock: the lock passphrase (set once, changed with the current one), the idle minutes, and "Lock now".
import { LockSettingsInput } from '../../../../shared/contract/app-lock';
import { fieldErrorsFromIssues, useDraftForm } from '../../app/draft-form';
import { Button, Card, TextField, toastSuccess } from '../../ui';
import { useLockStore, type LockStatus } from './lock-store';
import { lockShortcutLabel } from './use-app-lock';
import './app-lock.css';

export function LockSettingsCard() {
  const status = useLockStore((state) => state.status);
  return (
    <Card title="Lock">
      <p className="settings__note">
        {status?.hasPassphrase
          ? <>Chartroom locks after {status.idleMinutes} minutes without use, or at once with Lock now ({lockShortcutLabel}). While locked it shows nothing and answers nothing until the lock passphrase is typed.</>
          : <>Set a lock passphrase and Chartroom locks itself after the idle minutes, or whenever you choose. It is kept on this laptop only; it cannot be recovered.</>}
      </p>
      {/* Keyed by whether a passphrase exists, so the form starts again once it is set. */}
      {status && <LockForm key={String(status.hasPassphrase)} status={status} />}
    </Card>
  );
}

function LockForm({ status }: { status: LockStatus }) {
  const { configure, lockNow } = useLockStore.getState();
  const form = useDraftForm({ currentPassphrase: '', passphrase: '', confirm: '', idleMinutes: String(status.idleMinutes) });
  const { draft } = form;
  const changing = draft.passphrase !== '';

  return (
    <form
      className="settings__form lock-form"
      aria-label="Lock"
      noValidate
      onSubmit={(event) => void form.submit(event, {
        check: (d) => {
          const input = inputOf(d, status);
          const parsed = LockSettingsInput.safeParse(input);
          const errors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
          if ((!status.hasPassphrase || changing) && d.passphrase !== d.confirm) errors['confirm'] ??= 'The two passphrases differ: type the same one twice';
          if (!status.hasPassphrase && !d.passphrase) errors['passphrase'] ??= 'Choose a lock passphrase';
          return errors;
        },
        save: async (d) => {
          const result = await configure(inputOf(d, status));
          if (result.ok) toastSuccess('Saved', status.hasPassphrase ? 'The lock settings are saved.' : 'Chartroom now locks itself when left alone.');
          return result;
        },
      })}
    >
      {status.hasPassphrase && (
        <TextField label="Current lock passphrase" name="currentPassphrase" type="password" autoComplete="current-password" value={draft.currentPassphrase} onChange={form.edit('currentPassphrase')} error={form.errors['currentPassphrase']} hint="Needed only to change the passphrase." />
      )}
      <TextField label={status.hasPassphrase ? 'New lock passphrase' : 'Lock passphrase'} name="passphrase" type="password" autoComplete="new-password" value={draft.passphrase} onChange={form.edit('passphrase')} error={form.errors['passphrase']} hint="At least 10 characters; a few words are easier to remember than symbols." />
      <TextField label="Type it again" name="confirm" type="password" autoComplete="new-password" value={draft.confirm} onChange={form.edit('confirm')} error={form.errors['confirm']} />
      <TextField label="Lock after idle minutes" name="idleMinutes" type="number" min={1} max={480} value={draft.idleMinutes} onChange={form.edit('idleMinutes')} error={form.errors['idleMinutes']} />
      {form.message && <p className="field__error" role="alert">{form.message}</p>}
      <div className="settings__actions">
        <Button type="submit" variant="primary" busy={form.saving}>{status.hasPassphrase ? 'Save' : 'Turn on the lock'}</Button>
        {status.hasPassphrase && <Button onClick={() => void lockNow()}>Lock now</Button>}
      </div>
    </form>
  );
}

/** Only what changed is sent: the idle minutes alone, or a new passphrase with the current one. */
function inputOf(d: { currentPassphrase: string; passphrase: string; idleMinutes: string }, status: LockStatus) {
  const idleMinutes = Number(d.idleMinutes);
  return {
    ...(d.passphrase ? { passphrase: d.passphrase } : {}),
    ...(d.passphrase && status.hasPassphrase ? { currentPassphrase: d.currentPassphrase } : {}),
    ...(d.idleMinutes.trim() === '' || idleMinutes !== status.idleMinutes ? { idleMinutes: d.idleMinutes.trim() === '' ? Number.NaN : idleMinutes } : {}),
  };
}
