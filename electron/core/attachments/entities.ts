// Attachments: the record of a stored document; the bytes live in the data folder under their SHA-256.
import { defineEntity } from '../db/entity';

export const attachmentEntity = defineEntity({ name: 'attachment', table: 'attachments', fields: { fileName: 'text', mediaType: 'text', size: 'integer' } });
