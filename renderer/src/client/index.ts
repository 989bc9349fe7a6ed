// What the rest of the renderer imports from the client.
export { call, prepareClient } from './client';
export { ClientError, readableMessage, type FieldIssue } from './client-error';
