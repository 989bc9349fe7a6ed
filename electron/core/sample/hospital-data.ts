// The fictional hospital's vocabulary: departments, roles and names that are plainly invented.
import type { RoleKind } from '../../../shared/contract/organisation';

export const sampleOrganisationName = 'Lantern Bay Regional Medical Center';
export const sampleEmailDomain = 'lanternbay.example';

export const sampleDepartments: readonly { code: string; name: string; specialties: readonly string[] }[] = [
  { code: 'MED', name: 'Internal Medicine', specialties: ['Internal Medicine', 'Hospital Medicine', 'Infectious Disease', 'Nephrology', 'Endocrinology'] },
  { code: 'CARD', name: 'Cardiology', specialties: ['Cardiology', 'Interventional Cardiology', 'Electrophysiology'] },
  { code: 'SURG', name: 'Surgery', specialties: ['General Surgery', 'Vascular Surgery', 'Colorectal Surgery', 'Trauma Surgery'] },
  { code: 'ORTH', name: 'Orthopaedics', specialties: ['Orthopaedic Surgery', 'Sports Medicine', 'Hand Surgery'] },
  { code: 'EM', name: 'Emergency Medicine', specialties: ['Emergency Medicine'] },
  { code: 'PEDS', name: 'Pediatrics', specialties: ['Pediatrics', 'Neonatology', 'Pediatric Critical Care'] },
  { code: 'OBGYN', name: 'Obstetrics & Gynecology', specialties: ['Obstetrics & Gynecology', 'Maternal-Fetal Medicine'] },
  { code: 'ANES', name: 'Anesthesiology', specialties: ['Anesthesiology', 'Pain Medicine'] },
  { code: 'RAD', name: 'Radiology', specialties: ['Diagnostic Radiology', 'Interventional Radiology'] },
  { code: 'PATH', name: 'Pathology', specialties: ['Anatomic Pathology', 'Clinical Pathology'] },
  { code: 'PSY', name: 'Psychiatry', specialties: ['Psychiatry', 'Child & Adolescent Psychiatry'] },
  { code: 'NEURO', name: 'Neurology', specialties: ['Neurology', 'Stroke Neurology'] },
  { code: 'ICU', name: 'Critical Care', specialties: ['Critical Care Medicine', 'Pulmonary & Critical Care'] },
  { code: 'ONC', name: 'Oncology', specialties: ['Medical Oncology', 'Hematology', 'Radiation Oncology'] },
  { code: 'PHARM', name: 'Pharmacy', specialties: [] },
  { code: 'QPS', name: 'Quality & Patient Safety', specialties: [] },
  { code: 'ADMIN', name: 'Medical Staff Office', specialties: [] },
];

export interface SampleRole {
  name: string;
  kind: RoleKind;
  degrees: readonly string[];
  /** Share of the staff in this role. */
  weight: number;
  prescriber: boolean;
  /** Which departments people in this role work in; empty means the clinical ones. */
  departments: readonly string[];
}

export const sampleRoles: readonly SampleRole[] = [
  { name: 'Attending Physician', kind: 'physician', degrees: ['MD', 'MD', 'MD', 'DO'], weight: 30, prescriber: true, departments: [] },
  { name: 'Resident Physician', kind: 'physician', degrees: ['MD', 'DO'], weight: 6, prescriber: true, departments: [] },
  { name: 'Nurse Practitioner', kind: 'advanced-practice', degrees: ['NP'], weight: 7, prescriber: true, departments: [] },
  { name: 'Physician Assistant', kind: 'advanced-practice', degrees: ['PA'], weight: 5, prescriber: true, departments: [] },
  { name: 'Nurse Anesthetist', kind: 'advanced-practice', degrees: ['CRNA'], weight: 3, prescriber: true, departments: ['ANES'] },
  { name: 'Registered Nurse', kind: 'nursing', degrees: ['RN', 'RN', 'BSN'], weight: 35, prescriber: false, departments: [] },
  { name: 'Clinical Pharmacist', kind: 'pharmacy', degrees: ['PharmD'], weight: 5, prescriber: false, departments: ['PHARM'] },
  { name: 'Respiratory Therapist', kind: 'allied-health', degrees: ['RRT'], weight: 3, prescriber: false, departments: ['ICU', 'EM', 'PEDS'] },
  { name: 'Quality Analyst', kind: 'administrative', degrees: ['MPH', 'RN'], weight: 2, prescriber: false, departments: ['QPS'] },
  { name: 'Credentialing Specialist', kind: 'administrative', degrees: ['CPMSM', ''], weight: 2, prescriber: false, departments: ['ADMIN'] },
  { name: 'Department Chair', kind: 'physician', degrees: ['MD', 'DO'], weight: 1, prescriber: true, departments: [] },
  { name: 'Chief Medical Officer', kind: 'physician', degrees: ['MD'], weight: 0, prescriber: true, departments: ['ADMIN'] },
];

export const sampleGivenNames: readonly string[] = [
  'Amara', 'Ben', 'Carmen', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonah', 'Kaia', 'Luca', 'Maya', 'Nikhil',
  'Olivia', 'Pavel', 'Quinn', 'Rosa', 'Samir', 'Tessa', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Aditi', 'Bruno',
  'Chloe', 'Dmitri', 'Esther', 'Felix', 'Gabriela', 'Hamza', 'Iris', 'Jamal', 'Keiko', 'Leon', 'Mirela', 'Noah', 'Omar',
  'Priya', 'Rafael', 'Sofia', 'Tomas', 'Valentina', 'William', 'Yara', 'Adaeze', 'Bilal', 'Camille', 'Daniel', 'Emeka',
  'Fatima', 'Gideon', 'Hana', 'Ivan', 'Julia', 'Kwame', 'Lena', 'Marcus', 'Nadia', 'Oscar', 'Paulina', 'Rhea', 'Stefan',
  'Thandiwe', 'Ulrich', 'Vera', 'Wanjiru', 'Yosef', 'Zainab', 'Alice', 'Caleb', 'Diana', 'Ethan', 'Freya', 'Hugo',
];

// Surnames are invented compounds ("Thistlecombe", "Quillmere"): realistic in shape, plainly nobody real.
const surnameHeads = ['Ash', 'Bramble', 'Cinder', 'Dapple', 'Elder', 'Fern', 'Gale', 'Hazel', 'Ivy', 'Juniper', 'Kestrel',
  'Larch', 'Moss', 'Nettle', 'Oak', 'Pebble', 'Quill', 'Rook', 'Sorrel', 'Thistle', 'Umber', 'Vale', 'Willow', 'Yarrow', 'Wren',
  'Marrow', 'Heather', 'Tansy', 'Clover', 'Bracken'];
const surnameTails = ['brook', 'combe', 'dale', 'field', 'ford', 'gate', 'holm', 'hurst', 'ley', 'mere', 'more', 'stead',
  'thorpe', 'ton', 'well', 'wick', 'wood', 'worth', 'by', 'shaw'];
export const sampleFamilyNames: readonly string[] = surnameHeads.flatMap((head) => surnameTails.map((tail) => `${head}${tail}`));
