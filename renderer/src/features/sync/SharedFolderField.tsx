// The shared folder's path: typed in a browser (the bridge), picked with the native dialog in the desktop app, where
// main syncs only with a folder picked there.
import { Button, TextField } from '../../ui';

export function SharedFolderField({ value, onChange, hint, name, disabled }: { value: string; onChange: (folder: string) => void; hint: string; name: string; disabled?: boolean }) {
  const host = window.chartroomHost;
  if (!host) return <TextField label="Shared folder" name={name} value={value} onChange={(e) => onChange(e.target.value)} hint={hint} disabled={disabled} />;
  const choose = async () => {
    const folder = await host.chooseFolder();
    if (folder) onChange(folder);
  };
  return (
    <div className="shared-folder-field">
      <TextField label="Shared folder" name={name} value={value} readOnly placeholder="No folder chosen yet" hint="Choose it in your computer's own folder window." disabled={disabled} />
      <Button onClick={() => void choose()} disabled={disabled}>Choose folder…</Button>
    </div>
  );
}
