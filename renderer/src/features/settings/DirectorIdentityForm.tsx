// Who uses this laptop: their name and role, asked at first run and changeable in Settings. Every change from then on
// is recorded in their name (History showed the computer's user name before), and decisions they enter for others
// say so.
import { DirectorIdentity } from '../../../../shared/contract/app';
import { useAppStore } from '../../app/app-store';
import { fieldErrorsFromIssues, useDraftForm } from '../../app/draft-form';
import { ClientError, readableMessage } from '../../client';
import { Button, TextField, toastSuccess } from '../../ui';

export function DirectorIdentityForm({ submitLabel = 'Save' }: { submitLabel?: string }) {
  const director = useAppStore((s) => s.info?.director ?? null);
  const form = useDraftForm({ name: director?.name ?? '', role: director?.role ?? '' });
  const dirty = form.draft.name !== (director?.name ?? '') || form.draft.role !== (director?.role ?? '');

  return (
    <form
      className="settings__form director-form"
      aria-label="Who you are"
      noValidate
      onSubmit={(event) => void form.submit(event, {
        check: (draft) => {
          const parsed = DirectorIdentity.safeParse(draft);
          return parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
        },
        save: async (draft) => {
          try {
            await useAppStore.getState().setDirector(draft);
            toastSuccess('Saved', `Changes are now recorded as ${draft.name.trim()} (${draft.role.trim()}).`);
            return { ok: true };
          } catch (error) {
            const fieldErrors = error instanceof ClientError ? Object.fromEntries(error.issues.flatMap((i) => (i.path ? [[i.path, i.message]] : []))) : {};
            return { ok: false, fieldErrors, message: readableMessage(error) };
          }
        },
      })}
    >
      <TextField label="Your name" name="name" value={form.draft.name} onChange={form.edit('name')} error={form.errors['name']} autoComplete="name" placeholder="Dr Maya Chen" />
      <TextField label="Your role" name="role" value={form.draft.role} onChange={form.edit('role')} error={form.errors['role']} autoComplete="organization-title" placeholder="Chief Medical Officer" />
      {form.message && <p className="field__error" role="alert">{form.message}</p>}
      <div className="settings__actions">
        <Button type="submit" variant="primary" busy={form.saving} disabled={!dirty}>{submitLabel}</Button>
      </div>
    </form>
  );
}
