// The editor's one-line account of where the text is: "Saved · Autosaved 2 s ago", or what went wrong.
import { secondsAgo } from '../format';
import { useEditorStore } from './store';
import { useNow } from './use-now';

const saveWords = { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…', failed: 'Not saved' } as const;

export function EditorStatus() {
  const saveState = useEditorStore((s) => s.saveState);
  const saveError = useEditorStore((s) => s.saveError);
  const autosavedAt = useEditorStore((s) => s.autosavedAt);
  const autosaving = useEditorStore((s) => s.autosaving);
  const autosaveError = useEditorStore((s) => s.autosaveError);
  const now = useNow();
  const autosave = autosaveError ? 'Autosave failed' : autosaving ? 'Autosaving…' : autosavedAt ? `Autosaved ${secondsAgo(autosavedAt, now)}` : null;
  return (
    <p className="editor__status" data-testid="editor-status" data-state={saveState}>
      <span className="editor__status-dot" aria-hidden="true" />
      {/* Only the save state is announced: the ticking autosave age would be read out every second. */}
      <span role="status">
        {saveWords[saveState]}
        {saveState === 'failed' && saveError ? `: ${saveError}` : ''}
      </span>
      {autosave && <span className="editor__status-autosave"> · {autosave}</span>}
    </p>
  );
}
