// A realistic board packet for print tests and the bench: twelve agenda items of every kind, attachments made with
// pdf-lib (short, very long, not a PDF, cut short, password-protected), and the minutes of a meeting.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { redline } from '../../../shared/domain/redline';
import type { MinutesData } from '../../../electron/core/print/packet/minutes-data';
import type { PacketAgendaItem, PacketAttachment, PacketData } from '../../../electron/core/print/packet/packet-data';

/** A PDF of `pages` simple pages, each saying "<label> page n" so a test can find it in the packet. */
export async function simplePdf(pages: number, label = 'Attachment'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (let n = 1; n <= pages; n += 1) {
    const page = doc.addPage([612, 792]);
    page.drawText(`${label} page ${n}`, { x: 72, y: 700, font: bold, size: 16 });
    page.drawText(`This page was attached to the agenda item as a PDF and merged into the packet in place.`, { x: 72, y: 670, font, size: 10 });
  }
  return doc.save();
}

/** A real PDF missing its last third, as an interrupted copy leaves it. */
export async function truncatedPdf(): Promise<Uint8Array> {
  const whole = await simplePdf(2, 'Cut short');
  return whole.slice(0, Math.floor(whole.length * 0.66));
}

/** A PDF whose trailer declares standard encryption, as a password-protected file does. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  doc.context.trailerInfo.Encrypt = doc.context.register(doc.context.obj({ Filter: 'Standard', V: 2, R: 3, Length: 128, P: -3904 }));
  return doc.save({ useObjectStreams: false });
}

const policyBefore = `## 1. Purpose

This policy sets out how the Medical Staff credentials and privileges each practitioner before they treat patients.

## 2. Reappointment

Appointments last no more than three years. Reappointment considers peer recommendations and health status.

## 3. Temporary privileges

Temporary privileges may be granted by the Chief Executive Officer for an important patient-care need.`;

const policyAfter = `## 1. Purpose

This policy sets out how the Medical Staff credentials and privileges each practitioner before they treat or care for patients, including by telemedicine.

## 2. Reappointment

Appointments last no more than two years. Reappointment considers OPPE data, peer recommendations, health status and continuing education.

## 3. Temporary privileges

Temporary privileges may be granted by the Chief Executive Officer on the recommendation of the President of the Medical Staff for an important patient-care need, for no more than 120 days.

## 4. Focused professional practice evaluation

Every newly granted privilege is evaluated under FPPE. The department chair assigns a proctor and the number of cases to be reviewed.`;

function longMarkdown(paragraphs: number, topic: string): string {
  return Array.from(
    { length: paragraphs },
    (_, i) =>
      `${i % 4 === 0 ? `### ${topic}: finding ${i / 4 + 1}\n\n` : ''}The ${topic.toLowerCase()} review considered the events of the quarter, the measures reported by each department and the actions agreed at the last meeting. ` +
      `Where a measure fell short of its target the department chair reported the cause and what has been done; the committee asks for a follow-up at its next meeting.`,
  ).join('\n\n');
}

export interface PacketFixtureOptions {
  /** Pages of the long attachment on item 5. Default 300. */
  longAttachmentPages?: number;
  /** The unreadable attachments (not a PDF, cut short, password-protected). Default true. */
  badAttachments?: boolean;
}

/** The items whose pages must carry the confidentiality mark (0-based, agenda order). */
export const confidentialItemIndexes = [4, 6, 9];

export async function packetFixture(options: PacketFixtureOptions = {}): Promise<PacketData> {
  const longPages = options.longAttachmentPages ?? 300;
  const bad = options.badAttachments ?? true;
  const attach = async (fileName: string, bytes: Promise<Uint8Array> | Uint8Array): Promise<PacketAttachment> => ({ fileName, bytes: await bytes });
  const item = (fields: Partial<PacketAgendaItem> & Pick<PacketAgendaItem, 'number' | 'title' | 'kind'>): PacketAgendaItem => ({
    presenter: null,
    minutesAllotted: null,
    description: null,
    confidential: false,
    linked: null,
    attachments: [],
    ...fields,
  });

  const agenda: PacketAgendaItem[] = [
    item({ number: '1', title: 'Call to order and declaration of quorum', kind: 'procedural', presenter: 'Dr. Amara Okafor, Chair', minutesAllotted: 2 }),
    item({
      number: '2',
      title: 'Approval of the minutes of 10 November 2026',
      kind: 'decision',
      presenter: 'Dr. Amara Okafor, Chair',
      minutesAllotted: 5,
      description: 'The committee is asked to approve the minutes of its last regular meeting as a true record.',
      linked: {
        kind: 'prior-minutes',
        title: 'Minutes of the meeting of 10 November 2026',
        meetingTitle: 'Regular meeting — November 2026',
        heldOn: '2026-11-10',
        items: [
          { title: 'Call to order', minutes: 'The Chair called the meeting to order at 7:32 am. A quorum was present (7 of 9 voting members).' },
          { title: 'Sepsis bundle compliance', minutes: 'Dr. Chen reported **82 %** compliance with the 3-hour bundle, up from 74 %.\n\n- Lactate drawn within 3 h: 91 %\n- Antibiotics within 1 h: 78 %' },
          { title: 'Medication safety', minutes: null },
        ],
        motions: [
          { text: 'To approve the minutes of 13 October 2026 as presented.', result: 'Carried', tally: '7 yes · 0 no · 0 abstain' },
          { text: 'To adopt the revised sepsis order set.', result: 'Carried', tally: '5 yes · 1 no · 1 abstain' },
        ],
      },
    }),
    item({
      number: '3',
      title: 'Action items carried forward',
      kind: 'information',
      presenter: 'Maria Santos, Secretary',
      minutesAllotted: 5,
      linked: {
        kind: 'action-items',
        title: 'Open action items',
        rows: [
          { description: 'Circulate the draft telemedicine privileging criteria to department chairs', owner: 'Dr. Raj Patel', dueOn: '2026-11-30', status: 'Overdue', fromMeeting: 'October 2026' },
          { description: 'Report on OPPE data completeness for hospitalists', owner: 'Dr. Lena Chen', dueOn: '2026-12-08', status: 'Open', fromMeeting: 'November 2026' },
          { description: 'Confirm the new proctoring form with the Medical Staff Office', owner: 'Maria Santos', dueOn: null, status: 'Open', fromMeeting: 'November 2026' },
        ],
      },
    }),
    item({
      number: '4',
      title: 'MS-014 Credentialing and Privileging — version 3 for approval',
      kind: 'decision',
      presenter: 'Dr. Raj Patel, Credentials Chair',
      minutesAllotted: 15,
      description: 'Version 3 shortens the reappointment cycle to two years, limits temporary privileges to 120 days and adds FPPE.\n\nThe Credentials Committee recommends approval.',
      linked: {
        kind: 'policy-version',
        reference: 'MS-014',
        title: 'Credentialing and Privileging of the Medical Staff',
        versionNumber: 3,
        state: 'in-review',
        changeSummary: 'Two-year reappointment; temporary privileges limited to 120 days; FPPE section added.',
        body: policyAfter,
        redline: { fromVersionNumber: 2, segments: redline(policyBefore, policyAfter).segments },
      },
      attachments: [await attach('MS-014 legal review.pdf', simplePdf(3, 'Legal review'))],
    }),
    item({
      number: '5',
      title: 'Credentials report — reappointments',
      kind: 'decision',
      presenter: 'Dr. Raj Patel, Credentials Chair',
      minutesAllotted: 20,
      confidential: true,
      description: 'Peer-review protected. Reappointment files for the practitioners listed, with the Credentials Committee’s recommendations.',
      linked: {
        kind: 'credential-report',
        title: 'Credentials and reappointments due',
        rows: [
          { practitioner: 'Dr. Jana Dvořák', department: 'Anaesthesia', credential: 'State licence', expiresOn: '2026-12-31', status: 'Expiring' },
          { practitioner: 'Dr. Tomás Ruiz', department: 'Emergency Medicine', credential: 'DEA registration', expiresOn: '2026-11-30', status: 'Expired' },
          { practitioner: 'Dr. Priya Nair', department: 'Cardiology', credential: 'Board certification', expiresOn: null, status: 'Current' },
        ],
        reappointments: [
          { practitioner: 'Dr. Jana Dvořák', department: 'Anaesthesia', dueOn: '2027-01-15', state: 'Due' },
          { practitioner: 'Dr. Samuel Osei', department: 'Surgery', dueOn: '2027-02-01', state: 'In review' },
        ],
      },
      attachments: [await attach('Reappointment files.pdf', simplePdf(longPages))],
    }),
    item({
      number: '6',
      title: 'Quality and patient safety dashboard, Q3',
      kind: 'information',
      presenter: 'Dr. Lena Chen, Quality',
      minutesAllotted: 15,
      linked: { kind: 'text', title: 'Quality and patient safety report, Q3 2026', markdown: longMarkdown(14, 'Quality') },
      attachments: bad ? [await attach('QPS dashboard.pdf', new TextEncoder().encode('hello'))] : [],
    }),
    item({
      number: '7',
      title: 'Sentinel event review',
      kind: 'discussion',
      presenter: 'Dr. Lena Chen, Quality',
      minutesAllotted: 20,
      confidential: true,
      description: 'Root cause analysis of a wrong-site procedure. Patient information; executive session.',
      linked: { kind: 'text', title: 'Root cause analysis summary', markdown: longMarkdown(8, 'Root cause') },
      attachments: bad ? [await attach('RCA summary.pdf', truncatedPdf())] : [],
    }),
    item({
      number: '8',
      title: 'Pharmacy and Therapeutics: formulary changes',
      kind: 'decision',
      presenter: 'Dr. Hana Sato, P&T Chair',
      minutesAllotted: 10,
      linked: {
        kind: 'text',
        title: 'Formulary changes recommended by P&T',
        markdown: '| Drug | Change | Reason |\n| --- | --- | --- |\n| Apixaban | Add | Lower bleeding risk than warfarin |\n| Meperidine | Remove | Neurotoxic metabolite |\n| Ceftriaxone 2 g | Restrict | Stewardship |',
      },
      attachments: bad ? [await attach('Formulary (protected).pdf', encryptedPdf())] : [],
    }),
    item({
      number: '9',
      title: 'AS-002 Antimicrobial stewardship — first version',
      kind: 'decision',
      presenter: 'Dr. Hana Sato, P&T Chair',
      minutesAllotted: 10,
      linked: {
        kind: 'policy-version',
        reference: 'AS-002',
        title: 'Antimicrobial Stewardship',
        versionNumber: 1,
        state: 'in-review',
        changeSummary: 'New policy.',
        body: '## 1. Purpose\n\nTo use antimicrobials wisely.\n\n## 2. Restricted agents\n\n- Meropenem\n- Linezolid\n- Daptomycin',
        redline: null,
      },
      attachments: [await attach('Stewardship data 2026.pdf', simplePdf(8, 'Stewardship data'))],
    }),
    item({
      number: '10',
      title: 'Ethics consultation summary',
      kind: 'information',
      presenter: 'Rev. Grace Mbeki, Ethics',
      minutesAllotted: 10,
      confidential: true,
      linked: { kind: 'text', title: 'Ethics consultations, October–November', markdown: longMarkdown(5, 'Ethics') },
    }),
    item({ number: '11', title: 'New business', kind: 'discussion', presenter: null, minutesAllotted: 10, description: 'Items raised by members <with> care & "quotes".' }),
    item({ number: '12', title: 'Adjournment', kind: 'procedural', presenter: 'Dr. Amara Okafor, Chair', minutesAllotted: 1 }),
  ];

  return {
    organisationName: 'Harbour General Hospital',
    committeeName: 'Medical Executive Committee',
    meetingTitle: 'Regular meeting — December 2026',
    meetingType: 'regular',
    when: 'Tuesday 8 December 2026, 7:30 am PST',
    location: 'Board Room, 4th floor, Harbour General',
    members: [
      { name: 'Dr. Amara Okafor', role: 'Chair', voting: true },
      { name: 'Maria Santos', role: 'Secretary', voting: false },
      { name: 'Dr. Raj Patel', role: 'Member', voting: true },
      { name: 'Dr. Lena Chen', role: 'Member', voting: true },
      { name: 'Dr. Hana Sato', role: 'Member', voting: true },
      { name: 'Dr. Jana Dvořák', role: 'Member', voting: true },
      { name: 'Rev. Grace Mbeki', role: 'Ex officio', voting: false },
      { name: 'Dr. Samuel Osei', role: 'Member', voting: true },
    ],
    confidentialityNotice:
      'This packet contains peer review and patient information that is confidential and privileged under state law. Do not copy, forward or leave it unattended; return or shred it after the meeting.',
    agenda,
    preparedOn: '2026-12-01',
  };
}

export function minutesFixture(approval: MinutesData['approval'] = { status: 'draft' }): MinutesData {
  return {
    organisationName: 'Harbour General Hospital',
    committeeName: 'Medical Executive Committee',
    meetingTitle: 'Regular meeting — December 2026',
    when: 'Tuesday 8 December 2026, 7:30 am PST',
    location: 'Board Room, 4th floor',
    attendance: [
      { name: 'Dr. Amara Okafor', status: 'present', role: 'Chair' },
      { name: 'Maria Santos', status: 'present', role: 'Secretary' },
      { name: 'Dr. Raj Patel', status: 'present', role: 'Member' },
      { name: 'Dr. Lena Chen', status: 'absent', role: 'Member' },
      { name: 'Dr. Hana Sato', status: 'excused', role: 'Member' },
      { name: 'Dr. Peter Wong', status: 'guest', role: 'Guest, Pharmacy' },
    ],
    quorum: 'Quorum present: 5 of 7 voting members (majority required: 4).',
    items: [
      { number: '1', title: 'Call to order', minutes: 'Called to order at 7:31 am.' },
      { number: '4', title: 'MS-014 version 3', minutes: 'Dr. Patel presented the changes. **Discussion** centred on the 120-day limit.' },
      { number: '5', title: 'New business', minutes: null },
    ],
    motions: [
      { item: '4', text: 'To approve MS-014 version 3 as presented.', mover: 'Dr. Raj Patel', seconder: 'Dr. Amara Okafor', tally: '5 yes · 1 no · 1 abstain', result: 'Carried' },
      { item: '9', text: 'To table the formulary changes to January.', mover: 'Dr. Hana Sato', seconder: null, tally: '3 yes · 4 no · 0 abstain', result: 'Failed' },
    ],
    actionItems: [{ description: 'Publish MS-014 v3 to the policy library', owner: 'Maria Santos', dueOn: '2026-12-15', status: 'Open' }],
    approval,
    amendments: approval.status === 'approved' ? [{ text: 'Item 4: the vote recorded as 5–1–1, not 6–1–0.', approvedOn: '2027-01-12' }] : [],
  };
}
