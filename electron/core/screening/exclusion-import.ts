// Screening the roster against an exclusion list: every listed person compared with every active practitioner (by
// NPI, and by name with date of birth), the matches queued, the screening recorded, and each practitioner's last
// screening date set, all in one transaction. A file refused leaves nothing written.
import { createHash } from 'node:crypto';
import type { ScreeningReport } from '../../../shared/contract/screening';
import { matchBasis, normalizedGivenName, normalizedName, type MatchBasis, type ScreenedPerson } from '../../../shared/domain/exclusion-screening';
import type { CoreContext } from '../context';
import { organisationCalendar } from '../settings/today';
import { staffEntity } from '../staff/entities';
import { exclusionMatchEntity, exclusionScreeningEntity } from './entities';
import { readExclusionFile, type ListedRecord } from './exclusion-file';
import { screeningRepository } from './repository';

interface RosterPerson extends ScreenedPerson {
  id: string;
}

interface FoundMatch {
  staffId: string;
  basis: MatchBasis;
  listed: ListedRecord;
}

/** The LEIE's name when the director leaves it blank. */
export const leieListName = 'OIG LEIE';

export function exclusionImporter(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const repo = screeningRepository(ctx);
  // Everyone not inactive is screened: on leave still holds an appointment.
  const roster = db.prepare(`SELECT id, npi, given_name AS givenName, family_name AS familyName, date_of_birth AS dateOfBirth FROM staff WHERE status <> 'inactive'`);
  const existing = db.prepare('SELECT id, status FROM exclusion_matches WHERE staff_id = ? AND listed_key = ?');

  return {
    screen(input: { listKind: 'leie' | 'other'; listName: string; fileName: string; bytes: Buffer }): ScreeningReport {
      const file = readExclusionFile(input.bytes, input.listKind);
      const listName = input.listName || (input.listKind === 'leie' ? leieListName : input.fileName);
      const people = roster.all() as RosterPerson[];
      const { matches, nearMisses } = findMatches(people, file.rows);
      const today = calendar.today();

      return store.transaction(() => {
        const screeningId = store.insert(exclusionScreeningEntity, {
          listKind: input.listKind, listName, fileName: input.fileName, fileSha256: createHash('sha256').update(input.bytes).digest('hex'),
          screenedOn: today, rowCount: file.rows.length, staffScreened: people.length, matchCount: matches.length, nearMisses,
        });
        let queued = 0;
        let alreadyDecided = 0;
        for (const { staffId, basis, listed } of matches) {
          const key = listedKey(listName, listed);
          const onFile = existing.get(staffId, key) as { id: string; status: string } | undefined;
          // The same listed entry found again next month keeps its decision; one still possible stays in the queue once.
          if (onFile) {
            if (onFile.status !== 'possible') alreadyDecided++;
            continue;
          }
          store.insert(exclusionMatchEntity, {
            staffId, screeningId, basis, listedKey: key, listedName: listedName(listed), listedNpi: listed.npi, listedDob: listed.dateOfBirth,
            listedAddress: listed.address, listedSpecialty: listed.specialty, exclType: listed.exclType, exclDate: listed.exclDate, status: 'possible',
          });
          queued++;
        }
        for (const person of people) store.update(staffEntity, person.id, { lastScreenedOn: today });
        return { screening: repo.screening(screeningId), encoding: file.encoding, queued, alreadyDecided };
      });
    },
  };
}

/**
 * Every listed person against the roster, through two indexes (NPI; surname + first given name), so 80,000 rows cost
 * 80,000 look-ups, not 80,000 × the roster. Near misses (same name, different date of birth) are counted, not queued.
 */
export function findMatches(people: readonly RosterPerson[], rows: readonly ListedRecord[]): { matches: FoundMatch[]; nearMisses: number } {
  const byNpi = new Map<string, RosterPerson>();
  const byName = new Map<string, RosterPerson[]>();
  for (const person of people) {
    if (person.npi) byNpi.set(person.npi, person);
    const key = `${normalizedName(person.familyName)}|${normalizedGivenName(person.givenName)}`;
    const same = byName.get(key);
    if (same) same.push(person);
    else byName.set(key, [person]);
  }
  const matches: FoundMatch[] = [];
  let nearMisses = 0;
  for (const listed of rows) {
    const candidates = new Set<RosterPerson>();
    const byNumber = listed.npi ? byNpi.get(listed.npi) : undefined;
    if (byNumber) candidates.add(byNumber);
    if (listed.lastName) for (const person of byName.get(`${normalizedName(listed.lastName)}|${normalizedGivenName(listed.firstName)}`) ?? []) candidates.add(person);
    for (const person of candidates) {
      const basis = matchBasis(person, listed);
      if (basis === 'near-miss') nearMisses++;
      else if (basis) matches.push({ staffId: person.id, basis, listed });
    }
  }
  return { matches, nearMisses };
}

/** What identifies a listed entry from one month's file to the next: the list, the name, birth date, NPI and exclusion date. */
function listedKey(listName: string, listed: ListedRecord): string {
  return [normalizedName(listName), normalizedName(listed.lastName), normalizedName(listed.firstName), normalizedName(listed.middleName ?? ''),
    listed.dateOfBirth ?? '', listed.npi ?? '', listed.exclDate ?? ''].join('|');
}

function listedName(listed: ListedRecord): string {
  return [listed.firstName, listed.middleName, listed.lastName].filter(Boolean).join(' ');
}
