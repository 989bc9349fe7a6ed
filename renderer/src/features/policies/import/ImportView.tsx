// Import existing policies: a set of .docx, .md and .txt files or a whole folder become draft policies, and every file is
// reported as imported (with its reference) or not (with why).
import { useRef, useState } from 'react';
import type { OutputOf } from '../../../../../shared/contract';
import { maxImportFileBytes } from '../../../../../shared/contract/policies';
import { call, readableMessage } from '../../../client';
import { Badge, Button, Card, FileIcon, formatSize, PageHeader, Table, TextField, UploadIcon } from '../../../ui';
import { fileToBase64 } from '../../../app/files';
import { plural } from '../format';
import { hashForPoliciesView, hashForPolicy } from '../policies-view';
import { StaffPicker, type PickedPerson } from '../StaffPicker';

type ImportOutcome = OutputOf<'policies.import'>[number];

/** Files go to the core a few at a time, so one large folder is not one enormous message. */
const batchSize = 10;

/** A file's name as the director recognises it: its path inside a chosen folder, or its own name. */
const shownName = (file: File) => (file.webkitRelativePath && file.webkitRelativePath.length <= 255 ? file.webkitRelativePath : file.name);

export function ImportView() {
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [owner, setOwner] = useState<PickedPerson | null>(null);
  const [category, setCategory] = useState('Imported');
  const [report, setReport] = useState<ImportOutcome[] | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  function choose(list: FileList | null) {
    if (!list) return;
    const added = [...list];
    setFiles((current) => [...current, ...added.filter((f) => !current.some((c) => shownName(c) === shownName(f) && c.size === f.size))]);
    setReport(null);
  }

  async function runImport() {
    if (!owner) {
      setError('Choose who will own the imported policies.');
      return;
    }
    setError(null);
    setProgress(0);
    const outcomes: ImportOutcome[] = [];
    try {
      const tooLarge = files.filter((f) => f.size > maxImportFileBytes);
      for (const f of tooLarge) outcomes.push({ fileName: shownName(f), outcome: 'skipped', policyId: null, reference: null, reason: 'The file is larger than 50 MB' });
      const readable = files.filter((f) => f.size <= maxImportFileBytes);
      for (let i = 0; i < readable.length; i += batchSize) {
        const batch = readable.slice(i, i + batchSize);
        const payload = await Promise.all(batch.map(async (f) => ({ fileName: shownName(f), dataBase64: await fileToBase64(f) })));
        // An empty file cannot cross the contract (the data must not be blank); the core's reason is the same words.
        const empty = payload.filter((p) => !p.dataBase64);
        for (const p of empty) outcomes.push({ fileName: p.fileName, outcome: 'skipped', policyId: null, reference: null, reason: 'The file is empty' });
        const sendable = payload.filter((p) => p.dataBase64);
        if (sendable.length) outcomes.push(...(await call('policies.import', { files: sendable, ownerId: owner.id, category: category.trim() || 'Imported' })));
        setProgress(i + batch.length);
      }
      setReport(outcomes);
      setFiles([]);
    } catch (e) {
      setError(readableMessage(e));
      if (outcomes.length) setReport(outcomes);
    } finally {
      setProgress(null);
    }
  }

  const imported = report?.filter((r) => r.outcome === 'imported') ?? [];
  const skipped = report?.filter((r) => r.outcome === 'skipped') ?? [];

  return (
    <>
      <PageHeader title="Import policies" description="Word (.docx), Markdown (.md) and text (.txt) files become draft policies, ready to review and submit. A file named like “MS-014 Credentialing.docx” keeps its reference." />
      {report && (
        <Card flush title="Import report" className="import__report">
          <p className="import__report-summary" data-testid="import-summary">
            {plural(imported.length, 'file')} imported as drafts{skipped.length ? `; ${plural(skipped.length, 'file')} not imported` : ''}.
          </p>
          <Table label="Import report">
            <thead>
              <tr>
                <th scope="col" style={{ width: '35%' }}>File</th>
                <th scope="col" style={{ width: '18%' }}>Result</th>
                <th scope="col">Policy, or why not</th>
              </tr>
            </thead>
            <tbody>
              {report.map((r, i) => (
                <tr key={i} data-testid="import-outcome">
                  <td className="table__primary">{r.fileName}</td>
                  <td>{r.outcome === 'imported' ? <Badge tone="success">Imported</Badge> : <Badge tone="danger">Not imported</Badge>}</td>
                  <td>
                    {r.outcome === 'imported' && r.policyId ? (
                      <a href={hashForPolicy(r.policyId)}>{r.reference}</a>
                    ) : (
                      r.reason
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p className="import__after">
            <a href={hashForPoliciesView({ section: 'library' })}>See the drafts in the library</a>
            <Button onClick={() => setReport(null)}>Import more files</Button>
          </p>
        </Card>
      )}
      {!report && (
        <div className="import__columns">
          <Card title="1. Choose files">
            <div className="import__pickers">
              <input ref={fileInput} type="file" multiple accept=".docx,.md,.markdown,.txt" className="visually-hidden" aria-label="Choose files" data-testid="import-files" onChange={(e) => { choose(e.target.files); e.target.value = ''; }} />
              <input
                ref={(el) => {
                  folderInput.current = el;
                  // React does not know the folder attribute; set it on the element itself.
                  el?.setAttribute('webkitdirectory', '');
                }}
                type="file"
                multiple
                className="visually-hidden"
                aria-label="Choose a folder"
                data-testid="import-folder"
                onChange={(e) => { choose(e.target.files); e.target.value = ''; }}
              />
              <Button icon={<UploadIcon />} onClick={() => fileInput.current?.click()}>Choose files…</Button>
              <Button icon={<UploadIcon />} onClick={() => folderInput.current?.click()}>Choose a folder…</Button>
            </div>
            {files.length === 0 ? (
              <p className="policies__muted">No files chosen yet. A PDF is not converted: attach it to a policy as it is, from the policy's page.</p>
            ) : (
              <>
                <ul className="import__files" aria-label="Chosen files">
                  {files.map((f) => (
                    <li key={`${shownName(f)}:${f.size}`}>
                      <FileIcon /> <span>{shownName(f)}</span> <span className="policies__muted">{formatSize(f.size)}</span>
                    </li>
                  ))}
                </ul>
                <Button variant="ghost" onClick={() => setFiles([])}>Clear the list</Button>
              </>
            )}
          </Card>
          <Card title="2. Owner and category">
            <div className="policies-form">
              <StaffPicker label="Owner of the imported policies" value={owner} onChange={setOwner} hint="Every imported draft is written in this person's name." />
              <TextField label="Category" value={category} onChange={(e) => setCategory(e.target.value)} />
              {error && <p className="policies-alert" role="alert">{error}</p>}
              <Button variant="primary" disabled={files.length === 0} busy={progress !== null} onClick={() => void runImport()}>
                {progress !== null ? `Importing ${progress} of ${files.length}…` : files.length ? `Import ${plural(files.length, 'file')}` : 'Import'}
              </Button>
            </div>
          </Card>
        </div>
      )}
    </>
  );
}
