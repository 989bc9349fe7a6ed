// Turning a roster file's bytes into rows: the encoding found (UTF-8 with or without BOM, or Windows-1252), and CSV parsed with line numbers.
import Papa from 'papaparse';
import { AppError } from '../errors';

export interface RosterText {
  encoding: 'utf-8' | 'windows-1252';
  text: string;
}

export function decodeRoster(bytes: Buffer): RosterText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new AppError('INVALID_INPUT', 'This file is saved as UTF-16. Save it as "CSV UTF-8" and import it again.');
  }
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not valid UTF-8: Excel on Windows saves "CSV" in Windows-1252, where é is one byte.
    return { encoding: 'windows-1252', text: new TextDecoder('windows-1252').decode(bytes) };
  }
}

export interface ParsedRoster {
  delimiter: string;
  headers: string[];
  rows: { line: number; cells: string[] }[];
  problems: { line: number; reason: string }[];
}

/** Parses CSV keeping each row's line number in the file, so a problem can be found in a spreadsheet. */
export function parseRoster(text: string): ParsedRoster {
  if (text.includes('\u0000')) throw new AppError('INVALID_INPUT', 'This is not a text file (it holds binary data). Export the roster as CSV.');
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const rows: ParsedRoster['rows'] = [];
  const problems: ParsedRoster['problems'] = [];
  let headers: string[] | null = null;
  let rowStart = 0;
  let delimiter = ',';
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step(result) {
      // Papa's cursor is where the row ends; the row began where the previous one ended (blank lines skipped).
      let start = rowStart;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
      rowStart = result.meta.cursor;
      delimiter = result.meta.delimiter;
      const line = lineAt(start);
      for (const error of result.errors) problems.push({ line, reason: describeCsvError(error) });
      if (result.errors.length) return;
      const cells = result.data.map((c) => c.trim());
      if (!headers) headers = cells;
      else if (cells.slice(headers.length).some(Boolean)) {
        // More values than columns: every value after the stray comma would be read into the wrong field.
        problems.push({ line, reason: `The row has ${cells.length} values but the header has ${headers.length} columns (a comma inside a value that is not in quotes?)` });
      } else rows.push({ line, cells });
    },
  });
  if (!headers) throw new AppError('INVALID_INPUT', 'The file is empty: a roster needs a header row and at least one practitioner.');
  return { delimiter, headers, rows, problems };
}

function describeCsvError(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'A quoted value is never closed (a " is missing)';
    case 'InvalidQuotes':
      return 'A value has a stray " in it';
    case 'UndetectableDelimiter':
      return 'The columns could not be told apart (use commas)';
    default:
      return error.message;
  }
}
