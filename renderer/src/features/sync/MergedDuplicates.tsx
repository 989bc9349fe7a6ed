// Settings → Sync: records two laptops created under one unique key (an NPI, a committee name…), each merged into the
// one created first; what each held, the differing values marked (those are also in Conflicts, to restore).
import { useEffect, useState } from 'react';
import { Button } from '../../ui';
import { entityLabel, fieldLabel, valueText, when } from './labels';
import { useMergedDuplicatesStore, type MergedDuplicate } from './merged-duplicates-store';

const shown = 5;

export function MergedDuplicates({ lastSyncAt }: { lastSyncAt: string | null }) {
  const { duplicates, load } = useMergedDuplicatesStore();
  const [all, setAll] = useState(false);
  useEffect(() => void load(), [load, lastSyncAt]);
  if (!duplicates?.length) return null;
  const list = all ? duplicates : duplicates.slice(0, shown);
  return (
    <section aria-label="Duplicates merged">
      <h3 className="sync__subtitle">Duplicates merged</h3>
      <p className="settings__note">
        The same record added on two laptops (one NPI, one committee name…) is kept as one, under the one added first. Where the two differed, the later value
        shows and the other is in Conflicts, to restore.
      </p>
      <ul className="duplicates">
        {list.map((d) => <MergedDuplicateItem key={`${d.entity}/${d.mergedId}`} duplicate={d} />)}
      </ul>
      {duplicates.length > shown && (
        <Button variant="ghost" onClick={() => setAll(!all)}>{all ? 'Show fewer' : `Show all ${duplicates.length}`}</Button>
      )}
    </section>
  );
}

function MergedDuplicateItem({ duplicate: d }: { duplicate: MergedDuplicate }) {
  const differing = d.held.filter((h) => h.survivor !== h.merged);
  return (
    <li className="duplicate">
      <details>
        <summary>
          {entityLabel(d.entity)}: <strong>{d.survivorLabel}</strong>{d.survivorPresent ? '' : ' (since deleted)'}{' '}
          <span className="sync__muted">
            {differing.length ? `${differing.length} value${differing.length === 1 ? '' : 's'} differed` : 'identical'} · merged {when(d.mergedAt)}
          </span>
        </summary>
        <table className="duplicate__held">
          <thead>
            <tr><th scope="col">Field</th><th scope="col">Added first</th><th scope="col">Added again</th></tr>
          </thead>
          <tbody>
            {d.held.map((h) => (
              <tr key={h.field} className={h.survivor !== h.merged ? 'duplicate__differs' : undefined}>
                <th scope="row">{fieldLabel(d.entity, h.field)}</th>
                <td>{valueText(h.survivor)}</td>
                <td>{valueText(h.merged)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </li>
  );
}
