// Exports one version as the core prints it (with its controlled-copy footer) and saves it through the browser.
import { call } from '../../../client';
import { toastError, toastSuccess } from '../../../ui';
import { saveBase64File } from '../../../app/files';

export async function exportVersionPdf(versionId: string): Promise<void> {
  try {
    const file = await call('policies.exportPdf', { versionId });
    await saveBase64File(file);
    toastSuccess('PDF exported', file.fileName);
  } catch (error) {
    toastError('The PDF could not be made', error);
  }
}
