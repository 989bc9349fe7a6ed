// The de-identifier: removes the 18 HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) and staff names from a
// narrative, and flags what still looks like one. Pure code: the app, the CLI and the corpus test run this same file.

export const identifierKinds = [
  'name', 'staff-name', 'address', 'place', 'zip', 'date', 'age', 'phone', 'fax', 'email', 'ssn', 'mrn', 'health-plan',
  'account', 'licence', 'vehicle', 'device', 'url', 'ip', 'biometric', 'number',
] as const;
export type IdentifierKind = (typeof identifierKinds)[number];

export interface RemovedSpan {
  kind: IdentifierKind;
  /** Offsets in the text given to deidentify (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  text: string;
}

export interface Deidentified {
  text: string;
  spans: RemovedSpan[];
}

/** What the de-identifier knows beyond patterns: the staff table's names and the case's own identifier fields. */
export interface KnownIdentifiers {
  staffNames?: readonly string[];
  /** Patient and family names written in the case's own fields. */
  personNames?: readonly string[];
  /** Record numbers and other values from the case's own fields, removed wherever they appear verbatim. */
  values?: readonly string[];
}

interface Found {
  kind: IdentifierKind;
  start: number;
  end: number;
}

const months = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const ordinal = '(?:st|nd|rd|th)?';
const states =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC';
const stateNames =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
const streetTypes =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Trail|Trl|Square|Sq|Loop|Row|Crescent|Close|Alley|Pike|Route';
const cap = "[A-Z][a-zA-Z'\\u00C0-\\u017F-]+";
/** A name word, with the particles surnames carry ("Van der Berg", "de la Cruz"). */
const nameWord = `(?:(?:[Vv]an|[Vv]on|der|den|[Dd]e|la|[Dd]a|del|di|du|le|bin|al|ten)\\s+){0,2}${cap}`;
const titles = 'Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Nurse|Sister|Father|Rev|Reverend|Pastor|Rabbi|Imam|Judge|Attorney|Officer|Capt|Captain|Sgt';
/** Words that introduce a person, in either case at their first letter ("her daughter", "Daughter"). */
const relationWords =
  'patient|pt|daughter|son|wife|husband|mother|mom|father|dad|sister|brother|niece|nephew|aunt|uncle|cousin|grandson|granddaughter|grandmother|grandfather|partner|spouse|friend|neighbo(?:u)?r|surrogate|proxy|guardian|caregiver|chaplain|social worker|attending|resident|intern|fellow|hospitalist|intensivist|nurse|named|called|known as|signed by|per|with|by|from|to|and';
const anyFirstCase = (alternatives: string) =>
  alternatives.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const relations = anyFirstCase(relationWords);
const kin = anyFirstCase(relationWords.split('|').filter((w) => !['named', 'called', 'known as', 'signed by', 'per', 'with', 'by', 'from', 'to', 'and'].includes(w)).join('|'));

/** Each detector: a pattern and the kind it finds; `group` picks the part of the match that is the identifier. */
interface Detector {
  kind: IdentifierKind | ((match: RegExpExecArray, text: string) => IdentifierKind | null);
  pattern: RegExp;
  group?: number;
}

const labelledNumber = (labels: string, kind: IdentifierKind): Detector => ({
  kind,
  pattern: new RegExp(`\\b(?:${labels})\\b\\s*(?:number|no\\.?|num|#|id|nbr)?\\s*(?:is|was|of)?\\s*[:#=]?\\s*((?=[()A-Z0-9./-]{4,})(?=[()A-Z0-9./-]*\\d)(?:\\(\\d{2}\\))?[A-Z0-9](?:[A-Z0-9./-]*[A-Z0-9])?)`, 'gi'),
  group: 1,
});

const detectors: Detector[] = [
  { kind: 'email', pattern: /\b[\w.%+-]+@[\w-]+(?:\.[\w-]+)+\b/g },
  { kind: 'email', pattern: /\b[\w.%+-]+\s*(?:\[at\]|\(at\))\s*[\w-]+\s*(?:\[dot\]|\(dot\)|\.)\s*\w+\b/gi },
  { kind: 'url', pattern: /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"')]+[^\s<>"').,;:!?]/gi },
  { kind: 'url', pattern: /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|us|info|health|care|co\.uk)(?:\/[^\s<>"')]*[^\s<>"').,;:!?])?/gi },
  { kind: 'ip', pattern: /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g },
  { kind: 'ip', pattern: /\b(?:[0-9a-f]{1,4}:){2,7}(?::?[0-9a-f]{1,4})+\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4})?\b/gi },
  { kind: 'ssn', pattern: /\b\d{3}-\d{2}-\d{4}\b|\b\d{3} \d{2} \d{4}\b/g },
  labelledNumber('SSN|social security|social', 'ssn'),
  labelledNumber('MRN|medical record|med rec|record|chart|hospital|patient|unit|case|encounter|visit|FIN|CSN|HAR', 'mrn'),
  labelledNumber('member|policy|health plan|plan|insurance|insurer|subscriber|beneficiary|group|Medicare|Medicaid|HICN|MBI', 'health-plan'),
  labelledNumber('account|acct|billing|invoice|claim|bank', 'account'),
  labelledNumber("licen[cs]e|driver'?s licen[cs]e|DL|DEA|NPI|certificate|cert|permit|passport|badge|employee", 'licence'),
  labelledNumber('VIN|plate|licen[cs]e plate|tag|vehicle|registration', 'vehicle'),
  labelledNumber('serial|device|pacemaker|implant|UDI|model|lot|IMEI|MAC|defibrillator|ICD|pump', 'device'),
  labelledNumber('fingerprint|retina|iris|voiceprint|biometric|DNA', 'biometric'),
  {
    kind: (m, text) => (/\bfax\b[^\n\d]{0,12}$/i.test(text.slice(Math.max(0, m.index - 16), m.index)) ? 'fax' : 'phone'),
    pattern: /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?|\b\d{10}\b(?=[^\d]|$)/gi,
  },
  // Dates: numeric, ISO, with month names either side, and month with year alone (finer than the year).
  { kind: 'date', pattern: /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/g },
  { kind: 'date', pattern: /\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b/g },
  { kind: 'date', pattern: /\b(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\b(?!\/)/g },
  { kind: 'date', pattern: new RegExp(`\\b(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?(?:${months})\\.?\\s+\\d{1,2}${ordinal}(?:,?\\s+(?:\\d{4}|'\\d{2}))?\\b`, 'gi') },
  { kind: 'date', pattern: new RegExp(`\\b(?:the\\s+)?\\d{1,2}${ordinal}\\s+(?:of\\s+)?(?:${months})\\.?(?:,?\\s+\\d{4})?\\b`, 'gi') },
  { kind: 'date', pattern: new RegExp(`\\b(?:${months})\\.?,?\\s+(?:of\\s+)?(?:\\d{4}|'\\d{2})\\b`, 'gi') },
  { kind: 'date', pattern: /\b\d{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*-\d{2,4}\b/gi },
  { kind: 'date', pattern: /\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b/g },
  // Ages over 89: the number goes (Safe Harbor folds them into "90 or older").
  { kind: 'age', pattern: /\b(?:9\d|1[01]\d)(?:\s*|-)(?:(?:years?|yrs?|yo)\b(?:[\s-]*old\b)?|y\.\s?o\.?)/gi },
  { kind: 'age', pattern: /\b(?:aged?|age of|nonagenarian|centenarian)\s*:?\s*(?:9\d|1[01]\d)\b/gi },
  { kind: 'age', pattern: /\b(?:9\d|1[01]\d)(?:st|nd|rd|th)\s+birthday\b/gi },
  { kind: 'age', pattern: /\b(?:ninety|one hundred)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?[\s-]years?[\s-]old\b/gi },
  // Places below the state: street addresses, PO boxes, apartments, counties, towns before a state.
  {
    kind: 'address',
    pattern: new RegExp(`\\b\\d{1,6}[A-Z]?\\s+(?:[NSEW]\\.?\\s+)?(?:${cap}\\s+){1,3}(?:${streetTypes})\\b(?:(?<=\\b(?:St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Cir|Hwy|Pkwy|Trl|Sq))\\.)?(?:,?\\s*(?:Apt|Apartment|Suite|Ste|Unit|#|Fl|Floor|Rm)\\.?\\s*#?\\s*[\\w-]+)?`, 'g'),
  },
  { kind: 'address', pattern: /\b(?:P\.?\s?O\.?\s?Box|Post Office Box)\s+\d+\b/gi },
  { kind: 'address', pattern: /\b(?:Apt|Apartment|Suite|Ste|Unit)\.?\s*#?\s*\d+[A-Z]?\b/g },
  { kind: 'place', pattern: new RegExp(`\\b(?:${cap}\\s+){0,2}(?:County|Parish|Borough|Township|Village|Heights|Springs|Falls|Valley|Beach|Harbor|Harbour)\\b`, 'g') },
  { kind: 'place', pattern: new RegExp(`\\b((?:${cap}\\s+){0,2}${cap}),\\s*(?:${states}|${stateNames})\\b`, 'g'), group: 1 },
  { kind: 'place', pattern: new RegExp(`\\b(?:lives?|living|resides?|residing|moved|born|grew up|from|town of|city of|village of|near|hometown(?: of)?|outside)\\s+(?:in\\s+|to\\s+)?((?:${cap}\\s+){0,2}${cap})\\b`, 'g'), group: 1 },
  { kind: 'zip', pattern: new RegExp(`(?:\\b(?:${states})\\s+|\\bzip(?:\\s*code)?\\s*:?\\s*|\\bpostal code\\s*:?\\s*)(\\d{5}(?:-\\d{4})?)\\b`, 'gi'), group: 1 },
  { kind: 'zip', pattern: /\b\d{5}-\d{4}\b/g },
  // Names: after a title, an initial, or a word that introduces a person; and "Last, First".
  { kind: 'name', pattern: new RegExp(`\\b(?:${titles})\\.?\\s+((?:[A-Z]\\.\\s*)*${cap}(?:\\s+(?:[A-Z]\\.\\s*)?${nameWord}){0,2})`, 'g'), group: 1 },
  { kind: 'name', pattern: new RegExp(`\\b(?:[A-Z]\\.\\s?){1,2}${cap}\\b`, 'g') },
  { kind: 'name', pattern: new RegExp(`\\b${cap}\\s+[A-Z]\\.\\s+${cap}\\b`, 'g') },
  { kind: 'name', pattern: new RegExp(`(?:\\b(?:${relations}),?\\s+)((?:${cap})(?:\\s+(?:[A-Z]\\.\\s*)?${nameWord}){0,2})`, 'g'), group: 1 },
  { kind: 'name', pattern: new RegExp(`\\b(${nameWord},\\s+${cap})(?![\\w'-])(?!,?\\s+(?:${states}|${stateNames})\\b)`, 'g'), group: 1 },
  { kind: 'name', pattern: new RegExp(`\\b(${cap}(?:\\s+${cap})?)\\s*\\((?:${relations}|age|DOB|MRN|the patient|patient's [a-z]+)[^)]*\\)`, 'g'), group: 1 },
  { kind: 'name', pattern: new RegExp(`\\b(${cap}(?:\\s+${cap})?),?\\s+(?:said|says|stated|states|asked|reported|agreed|declined|refused|wants|wanted|called|visited|told|explained|feels|felt|believes|insisted|requested|signed)\\b`, 'g'), group: 1 },
  { kind: 'name', pattern: new RegExp(`\\b${cap}'s\\s+(?:${kin})\\b`, 'g') },
  // Any remaining number of five or more digits, or digits mixed with letters: some unique identifying number.
  { kind: 'number', pattern: /\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]+)*\d[A-Z0-9-]*\b|\b\d{5,}\b|\b\d+(?:-\d+){2,}\b/g },
];

/** Words a capitalised-word rule would otherwise take for a name: clinical and narrative vocabulary. */
const notNames = new Set(
  ('The This That These Those A An And But Or If When While After Before During Since Until On In At To From By For With Without Of As Per Via ' +
    'He She They We I It His Her Their Our Its Him Them You Your My Mine Who Whom Whose What Which Where Why How ' +
    'Patient Family Team Committee Ethics Consult Consultation Hospital Unit ICU MICU SICU NICU PICU CCU ED ER OR ' +
    'Medical Surgical Nursing Palliative Care Service Services Department Clinic Center Centre Health System ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow Morning Evening Night ' +
    'DNR DNAR POLST MOLST CPR ECMO ICD LVAD PEG TPN COVID HIV CT MRI EEG EKG ECG Code Full Comfort Hospice ' +
    'Recommendation Recommendations Question Options Option Stakeholders Follow Summary Note Notes Plan Goals ' +
    'Dr Mr Mrs Ms Nurse Attorney Judge State Federal Court Law Act Policy Advance Directive Power Durable ' +
    'Catholic Jewish Muslim Christian Buddhist Hindu Protestant Orthodox Witness Witnesses Jehovah Spanish English ' +
    'Mandarin Cantonese Vietnamese Arabic Russian Korean Tagalog Portuguese French Interpreter God Bible Quran ' +
    'Yes No None Not Also Then There Here Both Each Every All Some Any Most Many Several Overall However Although ' +
    'Because Given Despite Per Regarding Re Safe Harbor HIPAA Medicare Medicaid Social Security Street Avenue Road')
    .split(/\s+/),
);

function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => !/^[A-Z]\.$/.test(w));
  return words.length > 0 && words.some((w) => !notNames.has(w.replace(/'s$/, ''))) && !notNames.has(words[0]!.replace(/'s$/, ''));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A known name matches whole, and each of its parts of three or more letters matches alone (a surname said alone). */
function knownNameDetectors(names: readonly string[], kind: IdentifierKind): Detector[] {
  const parts = new Set<string>();
  for (const name of names) {
    const clean = name.trim();
    if (!clean) continue;
    parts.add(clean);
    for (const part of clean.split(/[\s,]+/)) if (part.replace(/\./g, '').length >= 3 && /\p{L}/u.test(part) && !notNames.has(part)) parts.add(part);
  }
  if (parts.size === 0) return [];
  const alternatives = [...parts].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return [{ kind, pattern: new RegExp(`(?<![\\w-])(?:${alternatives})(?:'s)?(?![\\w-])`, 'gi') }];
}

function knownValueDetectors(values: readonly string[]): Detector[] {
  const clean = values.map((v) => v.trim()).filter((v) => v.length >= 3);
  if (clean.length === 0) return [];
  return [{ kind: 'number', pattern: new RegExp(`(?<![\\w-])(?:${clean.map(escapeRegExp).join('|')})(?![\\w-])`, 'gi') }];
}

function findAll(text: string, list: readonly Detector[]): Found[] {
  const found: Found[] = [];
  for (const d of list) {
    d.pattern.lastIndex = 0;
    for (let m = d.pattern.exec(text); m; m = d.pattern.exec(text)) {
      if (m[0].length === 0) {
        d.pattern.lastIndex++;
        continue;
      }
      const part = d.group ? m[d.group] : m[0];
      if (!part) continue;
      const start = d.group ? m.index + m[0].lastIndexOf(part) : m.index;
      const kind = typeof d.kind === 'function' ? d.kind(m, text) : d.kind;
      if (!kind) continue;
      if (kind === 'name' && d.group !== undefined && (!looksLikeName(part) || !/[a-z]/.test(part))) continue;
      if (kind === 'place' && (!looksLikeName(part) || !/[a-z]/.test(part))) continue;
      found.push({ kind, start, end: start + part.length });
    }
  }
  return found;
}

/** Overlapping finds become one span: the earliest start, the furthest end, the kind of the longest find. */
function mergeSpans(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: (Found & { longest: number })[] = [];
  for (const f of sorted) {
    const last = out.at(-1);
    if (last && f.start < last.end) {
      // The longest find names the kind; a labelled find ("MRN …") beats the catch-all number of the same length.
      if (f.end - f.start > last.longest || (f.end - f.start === last.longest && last.kind === 'number')) {
        last.kind = f.kind;
        last.longest = f.end - f.start;
      }
      last.end = Math.max(last.end, f.end);
    } else out.push({ ...f, longest: f.end - f.start });
  }
  return out.map(({ kind, start, end }) => ({ kind, start, end }));
}

const placeholder: Record<IdentifierKind, string> = {
  name: '[NAME]', 'staff-name': '[STAFF]', address: '[ADDRESS]', place: '[PLACE]', zip: '[ZIP]', date: '[DATE]', age: '[AGE 90+]',
  phone: '[PHONE]', fax: '[FAX]', email: '[EMAIL]', ssn: '[SSN]', mrn: '[RECORD NO]', 'health-plan': '[PLAN NO]', account: '[ACCOUNT NO]',
  licence: '[LICENCE NO]', vehicle: '[VEHICLE NO]', device: '[DEVICE NO]', url: '[URL]', ip: '[IP ADDRESS]', biometric: '[BIOMETRIC ID]',
  number: '[ID NO]',
};

export function placeholderFor(kind: IdentifierKind): string {
  return placeholder[kind];
}

/** Finds every identifier in the text, as merged spans in order. */
export function findIdentifiers(text: string, known: KnownIdentifiers = {}): RemovedSpan[] {
  const list = [
    ...knownNameDetectors(known.staffNames ?? [], 'staff-name'),
    ...knownNameDetectors(known.personNames ?? [], 'name'),
    ...knownValueDetectors(known.values ?? []),
    ...detectors,
  ];
  return mergeSpans(findAll(text, list)).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

/** The text with each identifier replaced by a bracketed placeholder naming its kind, and the spans removed. */
export function deidentify(text: string, known: KnownIdentifiers = {}): Deidentified {
  const spans = findIdentifiers(text, known);
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + placeholder[s.kind];
    at = s.end;
  }
  return { text: out + text.slice(at), spans };
}

export interface FlaggedSpan {
  start: number;
  end: number;
  reason: string;
}

const placeholderPattern = /\[(?:NAME|STAFF|ADDRESS|PLACE|ZIP|DATE|AGE 90\+|PHONE|FAX|EMAIL|SSN|RECORD NO|PLAN NO|ACCOUNT NO|LICENCE NO|VEHICLE NO|DEVICE NO|URL|IP ADDRESS|BIOMETRIC ID|ID NO)\]/g;

/**
 * What a reviewer should look at twice in a summary: a wider net than removal (it may take ordinary words), so what
 * the de-identifier missed is still highlighted: capitalised words inside a sentence, any digits, month names, @ and
 * web-like text, and anything the de-identifier itself would remove.
 */
export function flagSuspicious(text: string, known: KnownIdentifiers = {}): FlaggedSpan[] {
  const spans: Found[] = [];
  const masked = text.replace(placeholderPattern, (m) => ' '.repeat(m.length));
  for (const s of findIdentifiers(masked, known)) spans.push({ kind: s.kind, start: s.start, end: s.end });
  const rules: { pattern: RegExp; reason: string }[] = [
    // A year alone is allowed by Safe Harbor; any other digits are worth a second look.
    { pattern: /(?<!\d)(?!(?:19|20)\d{2}(?!\d))\d+(?:[^\s\d]*\d+)*/g, reason: 'digits' },
    { pattern: new RegExp(`\\b(?:${months})\\b`, 'g'), reason: 'month' },
    { pattern: /\S*(?:@|:\/\/|www\.)\S*/g, reason: 'address' },
    // A capital inside a sentence (not its first word, nor the first after a label's colon) is often a name.
    { pattern: /(?<!(?:^|[.!?:]\s*|\n\s*|["“(]))\b[A-Z][a-zA-Z'\u00C0-\u017F-]+/g, reason: 'capitalised word' },
    { pattern: /\b[A-Z]\.\s?(?=[A-Z])/g, reason: 'initial' },
  ];
  for (const r of rules) {
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(masked); m; m = r.pattern.exec(masked)) {
      if (r.reason === 'capitalised word' && notNames.has(m[0].replace(/'s$/, ''))) continue;
      spans.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    }
  }
  return mergeSpans(spans).map((s) => ({ start: s.start, end: s.end, reason: 'looks like an identifier' }));
}
