// One signal for "the database changed under every screen" (the sample hospital arrived, settings were saved): stores reload on it.
type Listener = () => void | Promise<void>;

const listeners = new Set<Listener>();

export function onDatabaseChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function announceDatabaseChanged(): Promise<void> {
  await Promise.all([...listeners].map((listener) => listener()));
}
