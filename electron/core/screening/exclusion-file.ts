// An exclusion list file read into the listed people a match needs: the OIG LEIE in its published layout, or another
// list (SAM, a state Medicaid list) with at least surname and given name. A file that cannot be read whole is refused.
import { leieColumns, otherListRequiredColumns, type ListedPerson } from '../../../shared/domain/exclusion-screening';
import { AppError } from '../errors';
import { decodeRoster, type RosterText } from '../staff/roster-text';
import { parseListCsv } from './list-csv';
import { readDate } from '../staff/roster-values';

export interface ListedRecord extends ListedPerson {
  line: number;
  middleName: string | null;
  address: string | null;
  specialty: string | null;
  exclType: string | null;
  exclDate: string | null;
}

export interface ExclusionFile {
  encoding: RosterText['encoding'];
  rows: ListedRecord[];
}

type Column = 'LASTNAME' | 'FIRSTNAME' | 'MIDNAME' | 'NPI' | 'DOB' | 'ADDRESS' | 'CITY' | 'STATE' | 'ZIP' | 'SPECIALTY' | 'GENERAL' | 'EXCLTYPE' | 'EXCLDATE';

/** Header words other lists use for the columns a match reads (compared without case, spaces or punctuation). */
const otherListHeaders: Record<Column, string[]> = {
  LASTNAME: ['lastname', 'last', 'surname', 'familyname'],
  FIRSTNAME: ['firstname', 'first', 'givenname'],
  MIDNAME: ['midname', 'middlename', 'middle'],
  NPI: ['npi', 'npinumber'],
  DOB: ['dob', 'dateofbirth', 'birthdate'],
  ADDRESS: ['address', 'streetaddress', 'address1'],
  CITY: ['city'],
  STATE: ['state', 'stateprovince'],
  ZIP: ['zip', 'zipcode', 'postalcode'],
  SPECIALTY: ['specialty', 'speciality'],
  GENERAL: ['general', 'providertype', 'classification'],
  EXCLTYPE: ['excltype', 'exclusiontype', 'sanctiontype', 'type'],
  EXCLDATE: ['excldate', 'exclusiondate', 'activedate', 'effectivedate', 'sanctiondate'],
};

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

export function readExclusionFile(bytes: Buffer, listKind: 'leie' | 'other'): ExclusionFile {
  const { encoding, text } = decodeRoster(bytes);
  if (text.includes('\u0000')) throw new AppError('INVALID_INPUT', 'This is not a text file (it holds binary data). Download the exclusion list as CSV.');
  const parsed = parseListCsv(text);
  if (parsed.headers.length === 0) throw new AppError('INVALID_INPUT', 'The file is empty: an exclusion list needs its header row and the listed people.');
  const headers = parsed.headers.map(squash);
  const indexOf = columnIndexes(headers, listKind);
  // An extra value, even an empty one, means every value after it sits in the wrong column.
  const problems = [...parsed.problems];
  for (const { line, cells } of parsed.rows) {
    if (cells.length > parsed.headers.length) problems.push({ line, reason: `The row has ${cells.length} values but the header has ${parsed.headers.length} columns (a comma inside a value that is not in quotes?)` });
  }
  problems.sort((a, b) => a.line - b.line);
  if (problems.length) {
    // A row that cannot be read is a listed person who would not be screened: the whole file is refused, not screened in part.
    const first = problems.slice(0, 3).map((p) => `line ${p.line}: ${lowerFirst(p.reason)}`).join('; ');
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    throw new AppError('INVALID_INPUT', `${problems.length} row${problems.length === 1 ? '' : 's'} of the file cannot be read, so nothing was screened: ${first}${more}. Download the file again.`);
  }
  if (parsed.rows.length === 0) throw new AppError('INVALID_INPUT', 'The file has its header row but no listed people: nothing was screened.');
  const cell = (cells: string[], column: Column) => {
    const index = indexOf[column];
    const value = index === undefined ? '' : (cells[index] ?? '').trim();
    return value || null;
  };
  const rows = parsed.rows.map(({ line, cells }): ListedRecord => {
    const npi = cell(cells, 'NPI');
    const place = [cell(cells, 'ADDRESS'), cell(cells, 'CITY'), [cell(cells, 'STATE'), cell(cells, 'ZIP')].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    return {
      line,
      lastName: cell(cells, 'LASTNAME') ?? '',
      firstName: cell(cells, 'FIRSTNAME') ?? '',
      middleName: cell(cells, 'MIDNAME'),
      // The LEIE writes ten zeros where it has no NPI.
      npi: npi && /^\d{10}$/.test(npi) && npi !== '0000000000' ? npi : null,
      dateOfBirth: listedDate(cell(cells, 'DOB')),
      address: place || null,
      specialty: [cell(cells, 'GENERAL'), cell(cells, 'SPECIALTY')].filter(Boolean).join(', ') || null,
      exclType: cell(cells, 'EXCLTYPE'),
      exclDate: listedDate(cell(cells, 'EXCLDATE')),
    };
  });
  return { encoding, rows };
}

/** Where each column a match reads is; a column the list must have and lacks refuses the file, naming it. */
function columnIndexes(headers: string[], listKind: 'leie' | 'other'): Partial<Record<Column, number>> {
  const indexes: Partial<Record<Column, number>> = {};
  if (listKind === 'leie') {
    const missing = leieColumns.filter((c) => !headers.includes(squash(c)));
    if (missing.length) {
      throw new AppError(
        'INVALID_INPUT',
        `This is not the OIG LEIE file as published: it has no ${missing.join(', ')} column${missing.length === 1 ? '' : 's'}. ` +
          'Download UPDATED.csv from oig.hhs.gov again, or import it as another list if it is one. Nothing was screened.',
      );
    }
    for (const column of Object.keys(otherListHeaders) as Column[]) indexes[column] = headers.indexOf(squash(column));
    return indexes;
  }
  for (const [column, synonyms] of Object.entries(otherListHeaders) as [Column, string[]][]) {
    const index = headers.findIndex((h) => synonyms.includes(h));
    if (index >= 0) indexes[column] = index;
  }
  const missing = otherListRequiredColumns.filter((c) => indexes[c] === undefined);
  if (missing.length) {
    const named = missing.map((c) => (c === 'LASTNAME' ? 'last name (LASTNAME)' : 'first name (FIRSTNAME)')).join(' and ');
    throw new AppError('INVALID_INPUT', `The list has no column for the ${named}: a match needs both. Nothing was screened.`);
  }
  return indexes;
}

/** LEIE dates are YYYYMMDD with 00000000 for none; other lists write dates as spreadsheets do. Unreadable is unknown. */
function listedDate(raw: string | null): string | null {
  if (!raw || /^0+$/.test(raw)) return null;
  // The LEIE's own form, read directly: 80,000 rows are not put through every spreadsheet format.
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (compact) {
    const [, y, m, d] = compact.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 ? `${compact[1]}-${compact[2]}-${compact[3]}` : null;
  }
  const read = readDate(raw);
  return 'value' in read ? read.value : null;
}

const lowerFirst = (sentence: string) => sentence.replace(/^[A-Z](?=[a-z ])/, (c) => c.toLowerCase());
