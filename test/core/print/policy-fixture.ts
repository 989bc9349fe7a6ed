// A long, realistic policy version for print tests: headings, lists, a table, and raw HTML that must print as text.
import type { PolicyPrintData } from '../../../electron/core/print/policy-document';

const sections = [
  ['Purpose', 'This policy sets out how the Medical Staff credentials and privileges each practitioner before they treat patients, and how privileges are renewed, changed or ended.'],
  ['Scope', 'It applies to every physician, dentist, podiatrist and advanced practice professional who holds or requests clinical privileges at any site of the organisation, including telemedicine providers.'],
  ['Definitions', 'Words used in this policy have the meanings given in the Medical Staff Bylaws unless the context clearly requires otherwise.'],
  ['Initial appointment', 'An applicant submits a complete application. The Medical Staff Office verifies licensure, education, training, board certification, DEA registration and malpractice history from primary sources.'],
  ['Temporary privileges', 'Temporary privileges may be granted by the Chief Executive Officer on the recommendation of the President of the Medical Staff for an important patient-care need.'],
  ['Focused professional practice evaluation', 'Every newly granted privilege is evaluated under FPPE. The department chair assigns a proctor and the number of cases to be reviewed.'],
  ['Ongoing professional practice evaluation', 'Data for OPPE are collected every six months and reviewed by the department chair. Concerns go to the Medical Executive Committee.'],
  ['Reappointment', 'Appointments last no more than two years. Reappointment considers OPPE data, peer recommendations, health status and continuing education.'],
  ['Corrective action', 'Corrective action follows the Fair Hearing Plan. Summary suspension is reserved for an imminent threat to patient safety.'],
  ['Confidentiality', 'Credentials files and peer review documents are confidential and privileged under state law, and are kept in the Medical Staff Office.'],
];

function longBody(): string {
  const parts: string[] = [];
  sections.forEach(([heading, lead], index) => {
    parts.push(`## ${index + 1}. ${heading}`, '', lead ?? '', '');
    for (let paragraph = 1; paragraph <= 3; paragraph += 1) {
      parts.push(
        `${index + 1}.${paragraph} The responsible committee documents its recommendation, the evidence it relied on, and any dissent, in the minutes of the meeting at which it decided. ` +
          `Where a time limit applies, it is counted in calendar days from the day the complete file reaches the committee; the Medical Staff Office tells the practitioner in writing when a file is complete.`,
        '',
      );
    }
    parts.push('### Responsibilities', '', '- The **Medical Staff Office** keeps the file and the verification log.', '- The *department chair* reviews and recommends.', '- The Credentials Committee recommends to the Medical Executive Committee.', '  1. It meets monthly.', '  2. A quorum is a majority of voting members.', '');
    if (index === 3) {
      parts.push(
        '### Verification sources',
        '',
        '| Item | Primary source | Time limit | Kept for |',
        '| --- | --- | --- | --- |',
        ...Array.from({ length: 14 }, (_, row) => `| Item ${row + 1}: ${['State licence', 'DEA registration', 'Board certification', 'Medical school', 'Residency', 'NPDB query'][row % 6]} | ${['State board website', 'DEA Diversion portal', 'ABMS Solutions', 'AMA Physician Profile', 'Program director letter', 'NPDB continuous query'][row % 6]} | ${30 + row} days | 7 years |`),
        '',
      );
    }
  });
  parts.push('## Raw HTML is only text', '', 'A careless paste: <script>alert(1)</script> and <img src=http://x/track.png> and <b>not bold</b>.', '');
  parts.push('See <https://www.jointcommission.org/standards> and the [CMS Conditions of Participation](https://www.ecfr.gov/current/title-42/part-482).', '');
  return parts.join('\n');
}

export function longPolicy(overrides: Partial<PolicyPrintData> = {}): PolicyPrintData {
  return {
    organisationName: 'Harbour General Hospital',
    reference: 'MS-014',
    title: 'Credentialing and Privileging of the Medical Staff',
    versionNumber: 3,
    state: 'active',
    effectiveOn: '2026-07-01',
    ownerName: 'Dr. Amara Okafor, Chief Medical Officer',
    changeSummary: 'Adds telemedicine providers to the scope; FPPE now covers every new privilege, not only core privileges; reappointment period stated as two years → at most two years.',
    approvals: [
      { approverName: 'Credentials Committee', decision: 'approved', decidedAt: '2026-05-12T18:30:00.000Z', comment: 'Approved as amended in the meeting.' },
      { approverName: 'Medical Executive Committee', decision: 'approved', decidedAt: '2026-06-02T17:05:00.000Z', comment: null },
      { approverName: 'Dr. Jiří Dvořák, President of the Medical Staff', decision: 'approved', decidedAt: '2026-06-09T09:00:00.000Z', comment: 'Signed for the Board <with> thanks & "care".' },
    ],
    standards: [
      { code: 'MS.06.01.05', title: 'The decision to grant or deny a privilege is an objective, evidence-based process.' },
      { code: 'MS.08.01.01', title: 'Focused professional practice evaluation.' },
      { code: '42 CFR 482.22', title: 'Condition of participation: Medical staff.' },
    ],
    body: longBody(),
    printedOn: '2026-11-23',
    ...overrides,
  };
}
