// Files kept with a policy as they are (a signed PDF, a flowchart): attach one, open one.
import { useRef, useState } from 'react';
import { call } from '../../../client';
import { Button, Card, FileIcon, toastError, toastSuccess, UploadIcon } from '../../../ui';
import { fileToBase64, saveBase64File } from '../../../app/files';
import { usePolicyPageStore, type Policy } from './store';

export function AttachmentsPanel({ policy }: { policy: Policy }) {
  const show = usePolicyPageStore((s) => s.show);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function attach(file: File) {
    setBusy(true);
    try {
      show(await call('policies.attach', { policyId: policy.id, fileName: file.name, dataBase64: await fileToBase64(file) }));
      toastSuccess('Attached', file.name);
    } catch (error) {
      toastError(`${file.name} was not attached`, error);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  async function open(id: string) {
    try {
      const file = await call('attachments.read', { id });
      await saveBase64File({ fileName: file.fileName, mediaType: file.mediaType, content: file.dataBase64 });
    } catch (error) {
      toastError('The attachment could not be opened', error);
    }
  }

  return (
    <Card title="Attachments">
      {policy.attachments.length === 0 ? (
        <p className="policies__muted">None yet. A PDF is kept exactly as it is.</p>
      ) : (
        <ul className="side-list" aria-label="Attachments">
          {policy.attachments.map((a) => (
            <li key={a.id} className="attachment">
              <FileIcon />
              <button type="button" className="timeline__link-button" onClick={() => void open(a.id)}>{a.fileName}</button>
            </li>
          ))}
        </ul>
      )}
      <input ref={input} type="file" accept="application/pdf,.pdf" className="visually-hidden" aria-label="Attach a PDF" onChange={(e) => e.target.files?.[0] && void attach(e.target.files[0])} />
      <Button icon={<UploadIcon />} busy={busy} onClick={() => input.current?.click()}>Attach a PDF</Button>
    </Card>
  );
}
