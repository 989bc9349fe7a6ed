// Word policies written by other programs import whole: headings, bold, italics, nested lists and tables, read from
// .docx files that pandoc wrote (test/core/fixtures/policies; the .md beside each is its source, for remaking it with
// `pandoc X.md -o X.docx`) and one that LibreOffice Writer wrote (pandoc's IC-014 opened and saved again as .docx:
// `soffice --headless --convert-to odt`, then `--convert-to 'docx:MS Word 2007 XML'`).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTempCore, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'policies');

let core: TempCore;
let owner: string;
beforeEach(async () => {
  core = openTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
  owner = (await smallOrganisation(core)).practitioner.id;
});
afterEach(() => core.dispose());

async function importWord(fileName: string, title = /^\S+ ([^,]+?)(?:, .*)?\.docx$/.exec(fileName)![1]!): Promise<string> {
  const dataBase64 = fs.readFileSync(path.join(fixtures, fileName)).toString('base64');
  const [outcome] = await core.call('policies.import', { files: [{ fileName, dataBase64 }], ownerId: owner });
  const reference = fileName.split(' ')[0];
  expect(outcome).toMatchObject({ outcome: 'imported', reference });
  const policy = await core.call('policies.get', { id: outcome!.policyId! });
  expect(policy.title.toLowerCase()).toBe(title.toLowerCase());
  return (await core.call('policies.version', { id: policy.versions[0]!.id })).body;
}

it.each(['IC-014 Isolation precautions.docx', 'IC-014 Isolation precautions, LibreOffice.docx'])('imports %s with its headings, emphasis, nested lists and its Responsibilities table as a Markdown table', async (fileName) => {
  const body = await importWord(fileName);
  expect(body).toMatch(/^# Isolation precautions$/m);
  expect(body).toMatch(/^## Responsibilities$/m);
  expect(body).toContain('**transmission-based precautions**');
  expect(body).toMatch(/_including agency and locum staff_|\*including agency and locum staff\*/);
  // A numbered step with its own bullets, indented under it.
  expect(body).toMatch(/^1\.\s+Assess the patient on admission\.\n+\s{2,}-\s+Screen for \*\*MRSA\*\*/m);

  // The table arrives as a table: a header row, its rule, then one row per role with both cells.
  const table = body.split('\n').filter((line) => line.trim().startsWith('|'));
  expect(table).toHaveLength(5);
  expect(table[0]).toMatch(/^\|\s*Role\s*\|\s*Responsibility\s*\|$/);
  expect(table[1]).toMatch(/^\|\s*-+\s*\|\s*-+\s*\|$/);
  expect(table[2]).toMatch(/^\|\s*Unit manager\s*\|\s*Makes sure a single room is found within one hour\s*\|$/);
  expect(table[3]).toMatch(/^\|\s*Infection prevention nurse\s*\|\s*Reviews every isolation within (_24 hours_|\*24 hours\*)\s*\|$/);
  // And nothing of it is left as loose paragraphs.
  expect(body).not.toMatch(/^Role$/m);
  expect(body).not.toMatch(/^Unit manager$/m);
});

it('keeps a table whose cells hold a list or two paragraphs a Markdown table, each cell on its one line', async () => {
  const body = await importWord('IC-015 Visitors in isolation.docx');
  const table = body.split('\n').filter((line) => line.trim().startsWith('|'));
  expect(table).toHaveLength(4);
  expect(table[2]).toMatch(/^\|\s*Contact\s*\|\s*• Wears a gown • Wears gloves\s*\|$/);
  expect(table[3]).toMatch(/^\|\s*Droplet\s*\|\s*Wears a surgical mask\. Keeps one metre from the patient\.\s*\|$/);
  expect(body).not.toMatch(/<(table|br|ul|li|div)/);
});
