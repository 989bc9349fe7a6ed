// The document kept with a decision or signature, opened by its name.
import { call } from '../../../client';
import { FileIcon, toastError } from '../../../ui';
import { saveBase64File } from '../../../app/files';

export function EvidenceLink({ evidence }: { evidence: { id: string; fileName: string } }) {
  async function open() {
    try {
      const file = await call('attachments.read', { id: evidence.id });
      await saveBase64File({ fileName: file.fileName, mediaType: file.mediaType, content: file.dataBase64 });
    } catch (error) {
      toastError('The evidence could not be opened', error);
    }
  }
  return (
    <span className="attachment">
      <FileIcon />
      <button type="button" className="timeline__link-button" onClick={() => void open()} aria-label={`Open the evidence: ${evidence.fileName}`}>{evidence.fileName}</button>
    </span>
  );
}
