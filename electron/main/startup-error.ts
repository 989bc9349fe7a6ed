// Tells the director why Chartroom could not open, in a dialog, instead of crashing with a stack trace.
import { dialog } from 'electron';
import { AppError } from '../core/errors';

export function showStartupError(dataDir: string, error: unknown): void {
  console.error('[chartroom] could not start:', error);
  // An AppError's message is written for the director; anything else is unexpected, so only its one-line message is shown.
  const detail =
    error instanceof AppError
      ? error.message
      : `Something unexpected stopped Chartroom from opening (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`;
  dialog.showErrorBox('Chartroom could not start', `${detail}\n\nData folder: ${dataDir}`);
}
