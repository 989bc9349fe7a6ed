// The policy editor: Markdown on the left, the rendered text on the right, the title and change summary above; every
// change goes to the crash buffer at once and becomes a saved revision on Save, after a pause, or on leaving.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { ArrowLeftIcon, Badge, Button, Card } from '../../../ui';
import { versionStateLabel, versionStateTone } from '../labels';
import { goTo, hashForPolicy, hashForRedline } from '../policies-view';
import { NewVersionDialog } from '../policy/NewVersionDialog';
import { EditorStatus } from './EditorStatus';
import { MarkdownPreview } from './MarkdownPreview';
import { useEditorStore } from './store';
import { SubmitDialog } from './SubmitDialog';

export function EditorView({ policyId, versionId }: { policyId: string; versionId: string }) {
  const open = useEditorStore((s) => s.open);
  const leave = useEditorStore((s) => s.leave);
  const flushAutosave = useEditorStore((s) => s.flushAutosave);
  const version = useEditorStore((s) => (s.versionId === versionId ? s.version : null));
  const loadError = useEditorStore((s) => s.loadError);

  useEffect(() => {
    void open(versionId);
    return leave;
  }, [versionId, open, leave]);

  // A reload, a closed window or a crash-prone exit: the last keystrokes go to the crash buffer before the page goes.
  useEffect(() => {
    const flush = () => flushAutosave();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flushAutosave]);

  return (
    <>
      <a className="policies__back" href={hashForPolicy(policyId)}>
        <ArrowLeftIcon /> Back to the policy
      </a>
      {loadError ? (
        <p className="policies-alert" role="alert">{loadError}</p>
      ) : !version ? (
        <p className="policies__muted">Opening the draft…</p>
      ) : version.state === 'draft' || version.state === 'in-review' ? (
        <DraftEditor policyId={policyId} />
      ) : (
        <ApprovedText policyId={policyId} />
      )}
    </>
  );
}

function DraftEditor({ policyId }: { policyId: string }) {
  const version = useEditorStore((s) => s.version)!;
  const { body, title, changeSummary, recovered, locked, saveState, reference, category } = useEditorStore();
  const { editBody, editTitle, editSummary, save, restoreRecovered, discardRecovered } = useEditorStore();
  const [submitting, setSubmitting] = useState(false);
  const [startingVersion, setStartingVersion] = useState(false);

  function onKeyDown(event: KeyboardEvent) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  }

  return (
    <div className="editor" onKeyDown={onKeyDown}>
      <div className="editor__head">
        <div className="editor__heading">
          {reference && <p className="policy__reference">{reference}</p>}
          <h1 className="editor__title-line">
            Version {version.number} <Badge tone={versionStateTone[version.state]}>{versionStateLabel(version.state)}</Badge>
          </h1>
          <EditorStatus />
        </div>
        <div className="editor__actions">
          {version.number > 1 && <a className="button button--secondary" href={hashForRedline(policyId)}>Compare versions</a>}
          <Button busy={saveState === 'saving'} disabled={!!locked} onClick={() => void save()}>Save</Button>
          {version.state === 'draft' && (
            <Button variant="primary" disabled={!!locked} onClick={() => setSubmitting(true)}>Submit for approval</Button>
          )}
        </div>
      </div>

      {locked && (
        <div className="policies-alert editor__banner" role="alert">
          <span>{locked}</span>
          <Button onClick={() => setStartingVersion(true)}>Start a new draft</Button>
        </div>
      )}
      {recovered !== null && !locked && (
        <div className="editor__banner editor__banner--recover" role="alert" data-testid="restore-banner">
          <span>This draft has text that was typed but never saved, from an editor that was closed or stopped.</span>
          <div className="editor__banner-actions">
            <Button variant="primary" onClick={restoreRecovered}>Restore unsaved changes</Button>
            <Button variant="ghost" onClick={() => void discardRecovered()}>Discard them</Button>
          </div>
        </div>
      )}
      {version.state === 'in-review' && (
        <p className="editor__note" role="note">
          Version {version.number} is in review. Saving an edit restarts the approval chain: every approver is asked again, in order.
        </p>
      )}

      <Card className="editor__fields">
        <div className="editor__field-row">
          <label className="field editor__title-field">
            <span className="field__label">Title</span>
            <input className="field__control" value={title} disabled={!!locked} onChange={(e) => editTitle(e.target.value)} />
          </label>
          <label className="field editor__summary-field">
            <span className="field__label">Change summary</span>
            <input className="field__control" value={changeSummary} disabled={!!locked} placeholder="What changes in this version, and why" onChange={(e) => editSummary(e.target.value)} />
          </label>
        </div>
      </Card>

      <div className="editor__split">
        <section className="editor__pane">
          <header className="editor__pane-head">
            <label htmlFor="policy-markdown">Text (Markdown)</label>
            <span className="policies__muted"># Heading · - list · | table | · **bold**</span>
          </header>
          <textarea
            id="policy-markdown"
            className="editor__textarea"
            value={body}
            readOnly={!!locked}
            spellCheck
            onChange={(e) => editBody(e.target.value)}
          />
        </section>
        <section className="editor__pane">
          <header className="editor__pane-head">
            <span id="policy-preview-label">Preview</span>
            <span className="policies__muted">As it prints</span>
          </header>
          {/* It scrolls on its own, so a keyboard must be able to reach it to scroll it. */}
          <div className="editor__preview" tabIndex={0} role="region" aria-labelledby="policy-preview-label">
            <MarkdownPreview source={body} />
          </div>
        </section>
      </div>

      {submitting && <SubmitDialog version={version} category={category} onClose={() => setSubmitting(false)} onSubmitted={() => goTo(hashForPolicy(policyId))} />}
      {startingVersion && <NewVersionDialog policy={{ id: policyId, reference: version.title }} fromVersion={version} onClose={() => setStartingVersion(false)} />}
    </div>
  );
}

/** An approved version never changes: it is shown as it reads, with the way to revise it. */
function ApprovedText({ policyId }: { policyId: string }) {
  const version = useEditorStore((s) => s.version)!;
  const reference = useEditorStore((s) => s.reference);
  const [startingVersion, setStartingVersion] = useState(false);
  return (
    <>
      <div className="editor__head">
        <div className="editor__heading">
          {reference && <p className="policy__reference">{reference}</p>}
          <h1 className="editor__title-line">
            {version.title} <Badge tone={versionStateTone[version.state]}>{versionStateLabel(version.state)}</Badge>
          </h1>
          <p className="policies__muted">Version {version.number} · {version.changeSummary}</p>
        </div>
        <div className="editor__actions">
          <Button variant="primary" onClick={() => setStartingVersion(true)}>Start a new draft from it</Button>
        </div>
      </div>
      <p className="editor__note" role="note">Version {version.number} is approved and can no longer change. To revise the policy, start a new draft from it.</p>
      <Card>
        <MarkdownPreview source={version.body} label={`Version ${version.number}`} />
      </Card>
      {startingVersion && <NewVersionDialog policy={{ id: policyId, reference: version.title }} fromVersion={version} onClose={() => setStartingVersion(false)} />}
    </>
  );
}
