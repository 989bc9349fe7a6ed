// Bench figures for suspensions on the large hospital: the lapses with no suspension recorded (what the dashboard tile
// counts) through the handler vs its plain-SQL floor — the lapsed current credentials, the recorded suspensions, and
// the scope rule applied to the rows — and the practitioner's page list of suspensions.
import { openCore } from '../../electron/core/core';
import { expirationsSql } from '../../electron/core/credentials/repository';
import { lapseSuspends } from '../../shared/domain/lapse-scope';
import { figure, medianMs, type Figure } from './measure';

export async function suspensionFigures(hospitalDir: string): Promise<Record<string, Figure>> {
  const core = openCore({ dataDir: hospitalDir });
  try {
    const { db } = core.context;
    const { today } = await core.call('credentials.expirations', {});
    const { practiceStates } = await core.call('settings.get', {});
    const lapsed = db.prepare(expirationsSql);
    const recorded = db.prepare('SELECT su.credential_id FROM suspensions su JOIN credentials c ON c.id = su.credential_id WHERE su.started_on > c.expires_on').pluck();
    const floor = () => {
      const done = new Set(recorded.all() as string[]);
      const rows = lapsed.all({ today, until: today, includeExpired: 1, lapsedOnly: 1, departmentId: null }) as { credentialId: string; type: never; jurisdiction: string | null }[];
      return rows.filter((r) => !done.has(r.credentialId) && lapseSuspends(r, practiceStates));
    };
    const count = (await core.call('suspensions.unrecordedLapses', {})).length;
    const figures: Record<string, Figure> = {};
    figures[`lapses with no suspension recorded (${count})`] = figure(await medianMs(() => core.dispatch('suspensions.unrecordedLapses', {})), await medianMs(floor));
    const [first] = await core.call('suspensions.current', {});
    if (first) {
      const byStaff = db.prepare('SELECT * FROM suspensions WHERE staff_id = ? ORDER BY started_on DESC');
      figures['a practitioner’s suspensions'] = figure(
        await medianMs(() => core.dispatch('suspensions.forStaff', { staffId: first.staffId })),
        await medianMs(() => byStaff.all(first.staffId)),
      );
    }
    return figures;
  } finally {
    core.close();
  }
}
