// The sample hospital's exclusion screening and NPDB queries: dates of birth for the medical staff, NPDB queries at
// appointment and every 2 years (a few late, a few never made), and last month's LEIE screening with its queue: two
// possible matches to decide, one cleared and one confirmed exclusion.
import { createHash } from 'node:crypto';
import { addDays, addYears } from '../../../shared/domain/calendar-day';
import { exclusionMatchEntity, exclusionScreeningEntity, npdbQueryEntity } from '../screening/entities';
import { leieListName } from '../screening/exclusion-import';
import { staffEntity } from '../staff/entities';
import type { SampleStep } from './hospital';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export const screeningStep: SampleStep = (ctx, plan) => {
  const { store, db } = ctx;
  const { random } = plan;
  const today = isoDay(plan.today);
  const nameOf = db.prepare('SELECT given_name AS givenName, family_name AS familyName, npi FROM staff WHERE id = ?');
  const appointed = plan.staff.filter((s) => s.appointmentStart && s.status !== 'inactive');

  const birthOf = new Map<string, string>();
  for (const member of appointed) {
    const born = `${random.int(1952, 1993)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    birthOf.set(member.id, born);
    store.update(staffEntity, member.id, { dateOfBirth: born });
  }

  // Queried a few days before appointment, then renewed every 2 years; some renewals are late and three newest were never queried.
  const newest = [...appointed].sort((a, b) => (b.appointmentStart! < a.appointmentStart! ? -1 : 1)).slice(0, 3);
  for (const member of appointed) {
    if (newest.includes(member)) continue;
    let queriedOn = addDays(member.appointmentStart!, -random.int(5, 30));
    store.insert(npdbQueryEntity, { staffId: member.id, queriedOn, kind: 'initial', result: random.chance(0.06) ? 'report' : 'no-report', note: null }, random.uuid());
    while (addYears(queriedOn, 2) <= today && random.chance(0.9)) {
      queriedOn = addDays(addYears(queriedOn, 2), -random.int(0, 20));
      store.insert(npdbQueryEntity, { staffId: member.id, queriedOn, kind: 'renewal', result: 'no-report', note: null }, random.uuid());
    }
  }

  // Last month's LEIE: everyone active was screened, except the three newest appointees, whose records came in after it.
  const screenedOn = addDays(today, -12);
  const active = plan.staff.filter((s) => s.status !== 'inactive');
  const screened = active.filter((s) => !newest.includes(s));
  const screeningId = store.insert(exclusionScreeningEntity, {
    listKind: 'leie', listName: leieListName, fileName: 'UPDATED.csv', fileSha256: createHash('sha256').update(`sample LEIE ${screenedOn}`).digest('hex'),
    screenedOn, rowCount: 81_532, staffScreened: screened.length, matchCount: 4, nearMisses: 2,
  }, random.uuid());
  for (const member of screened) store.update(staffEntity, member.id, { lastScreenedOn: screenedOn });

  const withNpi = appointed.filter((s) => !newest.includes(s) && (nameOf.get(s.id) as { npi: string | null }).npi);
  const [byNpi, confirmed, nameOnly, cleared] = [withNpi[3], withNpi[11], withNpi[19], withNpi[27]].filter(Boolean) as typeof withNpi;
  const listed = (id: string) => nameOf.get(id) as { givenName: string; familyName: string; npi: string };
  const match = (staffId: string, fields: Record<string, string | null>) =>
    store.insert(exclusionMatchEntity, {
      staffId, screeningId, listedKey: `sample|${staffId}`, listedAddress: '4100 W Cedar St, Portland, OR 97229', listedSpecialty: 'IND- LIC HC SERV PRO, PHYSICIAN (MD)',
      exclType: '1128b4', exclDate: '2023-06-20', ...fields,
    }, random.uuid());
  const upper = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`.toUpperCase();
  if (byNpi) match(byNpi.id, { basis: 'npi', listedName: upper(listed(byNpi.id)), listedNpi: listed(byNpi.id).npi, listedDob: null, status: 'possible' });
  if (nameOnly) match(nameOnly.id, { basis: 'name-only', listedName: upper(listed(nameOnly.id)), listedNpi: null, listedDob: null, status: 'possible' });
  if (confirmed) {
    match(confirmed.id, {
      basis: 'name-dob', listedName: upper(listed(confirmed.id)), listedNpi: null, listedDob: birthOf.get(confirmed.id) ?? null, status: 'confirmed',
      decidedBy: 'Medical Staff Office', decidedOn: addDays(screenedOn, 2), note: 'Verified on exclusions.oig.hhs.gov; privileges held pending the MEC.',
    });
  }
  if (cleared) {
    match(cleared.id, {
      basis: 'name-only', listedName: upper(listed(cleared.id)), listedNpi: null, listedDob: null, status: 'cleared',
      decidedBy: 'Medical Staff Office', decidedOn: addDays(screenedOn, 1), note: 'The listed nurse aide in Ohio is another person: SSN and licence history differ.',
    });
  }
};
