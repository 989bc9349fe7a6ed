// A synthetic corpus of ethics narratives with Safe Harbor identifiers planted in varied forms, and the measure of
// the de-identifier against it. Deterministic (seeded): the test and the bench read the same figures.
import { SeededRandom } from '../../electron/core/sample/random';
import { findIdentifiers, flagSuspicious, type IdentifierKind } from '../../shared/domain/deidentify';

export interface Planted {
  kind: IdentifierKind;
  start: number;
  end: number;
  text: string;
}

export interface CorpusDocument {
  text: string;
  planted: Planted[];
  staffNames: string[];
  patientName: string;
}

const firstNames = [
  'Abigail', 'Adebayo', 'Aiko', 'Alejandro', 'Anneliese', 'Bartholomew', 'Beatriz', 'Caoimhe', 'Cedric', 'Dagny', 'Demetrius', 'Esperanza',
  'Fitzgerald', 'Gwendolyn', 'Hyun-woo', 'Ingrid', 'Jacinta', 'Kwame', 'Leopold', 'Marisol', 'Nkechi', 'Octavia', 'Percival', 'Quintana',
  'Rosalind', 'Siobhan', 'Thaddeus', 'Ulrike', 'Valentina', 'Wilhelmina', 'Xiomara', 'Yusuf', 'Zenobia', 'Harold', 'Dorothy', 'Eugene',
  'Mildred', 'Chester', 'Agnes', 'Lucius', 'Priya', 'Tomasz', 'Oluwaseun', 'Mei-Ling', "D'Andre", 'José', 'Zoë', 'Björn',
];
const lastNames = [
  'Abernathy', 'Baptiste', 'Castellanos', 'Delacroix', 'Eriksen', 'Fairweather', 'Gallagher', 'Hollingsworth', 'Ishikawa', 'Jablonski',
  'Kowalczyk', 'Lindqvist', 'MacAllister', 'Nakamura', "O'Donnell", 'Pemberton', 'Quigley', 'Rasmussen', 'Szymanski', 'Thistlewood',
  'Umberto', 'Vasquez-Ortiz', 'Whitcombe', 'Xanthopoulos', 'Yamamoto', 'Zielinski', 'Okonkwo', 'Featherstone', 'Brandywine', 'Calloway',
  'Dunleavy', 'Esterhazy', 'McGillicuddy', 'Van der Berg', 'Nguyen', 'Adeyemi', 'Haverford', 'Kirkpatrick', 'Lockwood', 'Marchetti',
];
const streets = ['Maple', 'Juniper Hollow', 'Old Mill', 'Chestnut', 'Harbor View', 'Saint Agnes', 'Wexford', 'Cobblestone', 'Larkspur', 'Ridgecrest'];
const streetTypes = ['Street', 'St.', 'Avenue', 'Ave', 'Road', 'Rd.', 'Lane', 'Drive', 'Court', 'Boulevard', 'Way', 'Terrace', 'Place'];
const cities = ['Millbrook', 'Fairhaven', 'Cedar Rapids', 'Port Townsend', 'Ashby', 'Glenwood', 'Marlow', 'Brightwater', 'Kettleby', 'Oak Hollow'];
const states = ['OR', 'WA', 'CA', 'NY', 'Texas', 'Ohio', 'MN', 'Vermont', 'GA', 'AZ'];
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const relations = ['daughter', 'son', 'wife', 'husband', 'niece', 'brother', 'sister', 'neighbor', 'friend', 'surrogate'];
const roles = ['attending', 'resident', 'nurse', 'chaplain', 'social worker', 'hospitalist'];

/** Sentences with no identifier: clinical numbers, capitalised terms and years that a careless rule would take. */
const fillers = [
  'The team met with the family to clarify the ethical question.',
  'Sodium was 128 and creatinine 2.4 on the morning labs.',
  'She has been on 2 L of oxygen for 3 days with a GCS of 7.',
  'The patient is 84 years old and lives alone.',
  'Blood pressure was 100/60 despite two vasopressors.',
  'A POLST form from 2019 records a wish for comfort measures.',
  'The ICU team and Palliative Care reviewed goals of care.',
  'Options considered were a time-limited trial, continued full treatment, or comfort care.',
  'The surrogate hierarchy under state law was reviewed with the family.',
  'He was admitted in 2024 after a fall, and again this year.',
  'The Catholic chaplain offered the sacrament of the sick.',
  'Capacity was assessed for the specific decision about dialysis.',
  'Quality of life, as the patient described it, means being at home with her dogs.',
  'Code status was discussed; the DNR order was confirmed by the primary team.',
  'The committee reviewed the case against the hospital policy on medical futility.',
  'Interpreter services provided a Spanish interpreter for the meeting.',
  'Mean arterial pressure stayed above 65 on 0.1 mcg/kg/min of norepinephrine.',
];

type Maker = (r: SeededRandom, ctx: { patient: string; staff: string[] }) => { before: string; value: string; after: string };

const pad = (n: number) => String(n).padStart(2, '0');
const digits = (r: SeededRandom, n: number) => Array.from({ length: n }, () => r.int(0, 9)).join('');
const letters = (r: SeededRandom, n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');

function aName(r: SeededRandom): string {
  const first = r.pick(firstNames);
  const last = r.pick(lastNames);
  return r.pick([
    `${first} ${last}`,
    `${first[0]}. ${last}`,
    `${first} ${String.fromCharCode(65 + r.int(0, 25))}. ${last}`,
    `${last}, ${first}`,
    `${first}`,
    `${last}`,
  ]);
}

function aDate(r: SeededRandom): string {
  const y = r.int(1930, 2026);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const mon = monthNames[m - 1]!;
  return r.pick([
    `${m}/${d}/${y}`, `${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${String(y).slice(2)}`, `${y}-${pad(m)}-${pad(d)}`, `${mon} ${d}, ${y}`,
    `${mon.slice(0, 3)}. ${d}, ${y}`, `${d} ${mon} ${y}`, `${d}th of ${mon}`, `${mon} ${d}`, `${mon} ${y}`, `${pad(d)}-${mon.slice(0, 3)}-${y}`,
    `${pad(d)}.${pad(m)}.${y}`, `${m}/${d}`, `${y}${pad(m)}${pad(d)}`, `${mon.slice(0, 3)} ${d}`, `Tuesday, ${mon} ${d}`,
  ]);
}

function aPhone(r: SeededRandom): string {
  const a = r.int(201, 989), b = r.int(200, 999), c = digits(r, 4);
  return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `${a}${b}${c}`, `(${a})${b}-${c} ext. ${r.int(1, 999)}`]);
}

const makers: Record<IdentifierKind, Maker> = {
  name: (r) => {
    const v = aName(r);
    return r.pick([
      { before: `The patient's ${r.pick(relations)}, `, value: v, after: ', asked to speak with the team.' },
      { before: `${r.pick(['Mr.', 'Mrs.', 'Ms.', 'Miss'])} `, value: v.replace(/,.*$/, '').split(' ').pop()!, after: ' was present by phone.' },
      { before: 'We spoke with ', value: v, after: ' (the patient\'s friend) at the bedside.' },
      { before: '', value: v, after: ' said the patient never wanted a feeding tube.' },
      { before: `Her ${r.pick(relations)} `, value: v, after: ' holds power of attorney.' },
      { before: 'The family friend, known as ', value: v, after: ', visits daily.' },
    ]);
  },
  'staff-name': (r, ctx) => {
    const v = r.pick(ctx.staff);
    const last = v.split(' ').pop()!;
    return r.pick([
      { before: 'Dr. ', value: v, after: ' led the family meeting.' },
      { before: `The ${r.pick(roles)}, `, value: v, after: ', documented the discussion.' },
      { before: 'Dr. ', value: last, after: ' disagreed with the plan.' },
      { before: 'Recommendation communicated to ', value: v, after: ' on the unit.' },
      { before: '', value: v, after: ' reviewed the chart.' },
    ]);
  },
  address: (r) => {
    const v = r.pick([
      `${r.int(1, 9999)} ${r.pick(streets)} ${r.pick(streetTypes)}`,
      `${r.int(1, 999)} ${r.pick(streets)} ${r.pick(streetTypes)}, Apt ${r.int(1, 40)}${r.pick(['', 'B'])}`,
      `PO Box ${r.int(10, 9999)}`,
      `${r.int(10, 99999)} N. ${r.pick(streets)} ${r.pick(streetTypes)}`,
    ]);
    return r.pick([{ before: 'She lives at ', value: v, after: ' with her cat.' }, { before: 'Home address on file: ', value: v, after: '.' }]);
  },
  place: (r) => {
    const city = r.pick(cities);
    return r.pick([
      { before: 'The family drove in from ', value: city, after: ' this morning.' },
      { before: 'He grew up in ', value: city, after: ' and worked at the mill.' },
      { before: 'They have a cabin near ', value: city, after: `, ${r.pick(states)}.` },
      { before: 'The address is in ', value: city, after: `, ${r.pick(states)}.` },
      { before: 'Transferred from a clinic in ', value: `${r.pick(cities)} County`, after: '.' },
    ]);
  },
  zip: (r) => {
    const v = r.pick([digits(r, 5), `${digits(r, 5)}-${digits(r, 4)}`]);
    return r.pick([
      { before: `Mailing address ends ${r.pick(['OR', 'WA', 'CA'])} `, value: v, after: '.' },
      { before: 'Zip code ', value: v, after: ' is outside the service area.' },
      { before: 'ZIP: ', value: v, after: '.' },
    ]);
  },
  date: (r) => {
    const v = aDate(r);
    return r.pick([
      { before: 'She was admitted on ', value: v, after: ' with sepsis.' },
      { before: 'Date of birth ', value: v, after: '.' },
      { before: 'The family meeting took place ', value: v, after: ' at noon.' },
      { before: 'Her advance directive is dated ', value: v, after: '.' },
    ]);
  },
  age: (r) => {
    const n = r.int(90, 109);
    const v = r.pick([`${n} years old`, `${n}-year-old`, `${n} yo`, `${n} y.o.`, `aged ${n}`, `${n} yrs`, `age ${n}`, `${n}th birthday`]);
    return { before: r.pick(['The patient is ', 'A ', 'Patient, ', 'She celebrated her ']), value: v, after: r.pick([' and frail.', ' woman with dementia.', '.']) };
  },
  phone: (r) => ({ before: r.pick(['Call the daughter at ', 'Home phone: ', 'Reach him on ', 'Cell ']), value: aPhone(r), after: r.pick(['.', ' after 5 pm.', ' if needed.']) }),
  fax: (r) => ({ before: r.pick(['Fax: ', 'Faxed the directive to ', 'fax number ']), value: aPhone(r), after: '.' }),
  email: (r) => {
    const v = r.pick([
      `${r.pick(firstNames).toLowerCase().replace(/[^a-z]/g, '')}.${r.pick(lastNames).toLowerCase().replace(/[^a-z]/g, '')}@${r.pick(['gmail.com', 'example.org', 'mail.co.uk', 'hospital.health'])}`,
      `${letters(r, 1).toLowerCase()}${r.pick(lastNames).toLowerCase().replace(/[^a-z]/g, '')}${r.int(1, 99)}@yahoo.com`,
      `family_${digits(r, 3)}@outlook.com`,
    ]);
    return { before: r.pick(['Email the son at ', 'Contact: ', 'She wrote from ']), value: v, after: r.pick(['.', ' about the meeting.']) };
  },
  ssn: (r) => {
    const v = r.pick([`${digits(r, 3)}-${digits(r, 2)}-${digits(r, 4)}`, `${digits(r, 3)} ${digits(r, 2)} ${digits(r, 4)}`, digits(r, 9)]);
    return { before: r.pick(['SSN ', 'Social Security number: ', 'SSN: ', 'social security no. ']), value: v, after: ' was on the transfer form.' };
  },
  mrn: (r) => {
    const v = r.pick([digits(r, 7), `MR${digits(r, 6)}`, `${digits(r, 3)}-${digits(r, 4)}`, `A${digits(r, 8)}`]);
    return { before: r.pick(['MRN ', 'MRN: ', 'Medical record number ', 'Chart #', 'record no. ']), value: v, after: ' was checked.' };
  },
  'health-plan': (r) => {
    const v = r.pick([`${letters(r, 3)}${digits(r, 9)}`, `${digits(r, 4)}-${digits(r, 4)}-${digits(r, 2)}`, `${digits(r, 1)}${letters(r, 2)}${digits(r, 1)}-${letters(r, 2)}${digits(r, 1)}-${letters(r, 2)}${digits(r, 2)}`]);
    return { before: r.pick(['Member ID ', 'Medicare MBI ', 'Insurance policy number ', 'Health plan ID: ', 'Subscriber ID ']), value: v, after: ' is active.' };
  },
  account: (r) => {
    const v = r.pick([digits(r, 8), `${digits(r, 4)}-${digits(r, 6)}`, `AC${digits(r, 7)}`]);
    return { before: r.pick(['Account number ', 'Acct #', 'Billing account ', 'Claim ']), value: v, after: ' was flagged by finance.' };
  },
  licence: (r) => {
    const v = r.pick([`${letters(r, 1)}${digits(r, 7)}`, `${letters(r, 2)}${digits(r, 7)}`, digits(r, 10), `${letters(r, 1)}${digits(r, 3)}-${digits(r, 4)}`]);
    return { before: r.pick(["Driver's license ", 'Licence no. ', 'DEA ', 'NPI ', 'Certificate number ']), value: v, after: ' was copied to the file.' };
  },
  vehicle: (r) => {
    const v = r.pick([`${letters(r, 3)}-${digits(r, 4)}`, `${digits(r, 1)}${letters(r, 3)}${digits(r, 3)}`, `1HGCM${digits(r, 5)}${letters(r, 1)}${digits(r, 6)}`]);
    return { before: r.pick(['License plate ', 'VIN ', 'Plate: ', 'vehicle registration ']), value: v, after: ' was in the ED lot.' };
  },
  device: (r) => {
    const v = r.pick([`${letters(r, 3)}${digits(r, 6)}`, `${digits(r, 2)}-${digits(r, 5)}-${letters(r, 2)}`, `(01)${digits(r, 14)}`, `SN${digits(r, 8)}`]);
    return { before: r.pick(['Pacemaker serial ', 'ICD serial number ', 'Device ID ', 'LVAD serial: ', 'UDI ']), value: v, after: ' was interrogated.' };
  },
  url: (r) => {
    const slug = r.pick(lastNames).toLowerCase().replace(/[^a-z]/g, '');
    const v = r.pick([`https://www.caringbridge.org/visit/${slug}${r.int(1, 99)}`, `www.gofundme.com/f/help-${slug}`, `http://${slug}-family.net/updates`, `facebook.com/${slug}.${r.int(10, 99)}`]);
    return { before: r.pick(['The family posts updates at ', 'See ', 'A fundraiser at ']), value: v, after: r.pick(['.', ' for details.']) };
  },
  ip: (r) => {
    const v = r.pick([`${r.int(1, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `2001:db8:${r.int(1, 9999).toString(16)}::${r.int(1, 999).toString(16)}`]);
    return { before: r.pick(['The portal message came from IP ', 'Logged in from ', 'Access from ']), value: v, after: '.' };
  },
  biometric: (r) => {
    const v = r.pick([`FP-${digits(r, 6)}`, `${letters(r, 2)}${digits(r, 6)}`, `RET${digits(r, 5)}`]);
    return { before: r.pick(['Fingerprint ID ', 'Biometric template ', 'Retina scan ID ', 'Voiceprint ']), value: v, after: ' unlocks the medication cabinet.' };
  },
  number: (r) => {
    const v = r.pick([`${letters(r, 2)}-${digits(r, 6)}`, digits(r, 8), `${digits(r, 3)}-${digits(r, 3)}-${digits(r, 3)}`, `#${digits(r, 6)}`.slice(1)]);
    return { before: r.pick(['Police report ', 'Court case ', 'Guardianship order ', 'APS referral ']), value: v, after: ' is in the file.' };
  },
};

export const plantedKinds = Object.keys(makers) as IdentifierKind[];

/** `documents` narratives; each plants one identifier of every kind among plain clinical sentences. */
export function ethicsCorpus(documents: number, seed = 14): CorpusDocument[] {
  const r = new SeededRandom(seed);
  const out: CorpusDocument[] = [];
  for (let i = 0; i < documents; i++) {
    const staff = [0, 1, 2].map(() => `${r.pick(firstNames)} ${r.pick(lastNames)}`);
    const patientName = `${r.pick(firstNames)} ${r.pick(lastNames)}`;
    const sentences: ({ kind: IdentifierKind; before: string; value: string; after: string } | string)[] = [];
    for (const kind of plantedKinds) sentences.push({ kind, ...makers[kind](r, { patient: patientName, staff }) });
    for (let f = 0; f < 8; f++) sentences.push(r.pick(fillers));
    for (let k = sentences.length - 1; k > 0; k--) {
      const j = r.int(0, k);
      [sentences[k], sentences[j]] = [sentences[j]!, sentences[k]!];
    }
    let text = '';
    const planted: Planted[] = [];
    for (const s of sentences) {
      if (text) text += r.chance(0.15) ? '\n\n' : ' ';
      if (typeof s === 'string') text += s;
      else {
        const start = text.length + s.before.length;
        text += s.before + s.value + s.after;
        planted.push({ kind: s.kind, start, end: start + s.value.length, text: s.value });
      }
    }
    out.push({ text, planted, staffNames: staff, patientName });
  }
  return out;
}

export interface CorpusMeasure {
  planted: number;
  found: number;
  recall: number;
  precision: number;
  removedSpans: number;
  falseSpans: number;
  byKind: Record<string, { planted: number; found: number }>;
  misses: Planted[];
  /** Misses the review screen's highlighting does not flag either: must be none. */
  unflaggedMisses: Planted[];
  falsePositives: string[];
}

/** A planted identifier counts as removed only when every character of it falls inside removed spans. */
export function measureDeidentifier(corpus: readonly CorpusDocument[]): CorpusMeasure {
  const m: CorpusMeasure = { planted: 0, found: 0, recall: 0, precision: 0, removedSpans: 0, falseSpans: 0, byKind: {}, misses: [], unflaggedMisses: [], falsePositives: [] };
  for (const doc of corpus) {
    const spans = findIdentifiers(doc.text, { staffNames: doc.staffNames, personNames: [doc.patientName] });
    const covered = (start: number, end: number, list: readonly { start: number; end: number }[]) => {
      for (let i = start; i < end; i++) if (!list.some((s) => s.start <= i && i < s.end)) return false;
      return true;
    };
    let flags: { start: number; end: number }[] | null = null;
    for (const p of doc.planted) {
      m.planted++;
      const k = (m.byKind[p.kind] ??= { planted: 0, found: 0 });
      k.planted++;
      if (covered(p.start, p.end, spans)) {
        m.found++;
        k.found++;
      } else {
        m.misses.push(p);
        flags ??= flagSuspicious(doc.text, { staffNames: doc.staffNames, personNames: [doc.patientName] });
        // The reviewer's eye is drawn to any part of it: a highlighted word inside the missed identifier.
        if (!flags.some((f) => f.start < p.end && p.start < f.end)) m.unflaggedMisses.push(p);
      }
    }
    for (const s of spans) {
      m.removedSpans++;
      if (!doc.planted.some((p) => p.start < s.end && s.start < p.end)) {
        m.falseSpans++;
        if (m.falsePositives.length < 40) m.falsePositives.push(doc.text.slice(Math.max(0, s.start - 20), s.end + 10).replace(/\n/g, ' ') + `  ⟵ ${s.kind}: "${s.text}"`);
      }
    }
  }
  m.recall = m.found / m.planted;
  m.precision = (m.removedSpans - m.falseSpans) / m.removedSpans;
  return m;
}
