// Settings read with their defaults, and written one key at a time through the store.
import { defaultSettings, Settings } from '../../../shared/contract/settings';
import type { CoreContext } from '../context';
import { settingEntity } from './entities';

export function settingsRepository({ db, store }: CoreContext) {
  const all = db.prepare('SELECT id, value FROM settings');
  const exists = db.prepare('SELECT 1 FROM settings WHERE id = ?').pluck();

  function read(): Settings {
    const stored: Record<string, unknown> = {};
    for (const row of all.all() as { id: string; value: string }[]) stored[row.id] = JSON.parse(row.value);
    // A value another version wrote that no longer fits falls back to its default rather than breaking every screen.
    const merged = { ...defaultSettings };
    for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
      const parsed = Settings.shape[key].safeParse(stored[key]);
      if (parsed.success) (merged as Record<string, unknown>)[key] = parsed.data;
    }
    return merged;
  }

  function write(patch: Partial<Settings>): void {
    store.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined) continue;
        if (exists.get(key)) store.update(settingEntity, key, { value });
        else store.insert(settingEntity, { value }, key);
      }
    });
  }

  return { read, write };
}
