// The fictional hospital's vocabulary: departments, roles and names that are plainly invented.
import type { RoleKind } from '../../../shared/contract/organisation';

export const sampleOrganisationName = 'Lantern Bay Regional Medical Center';
/** Lantern Bay is on the Pacific coast: its calendar day, due dates and new meetings keep Pacific time. */
export const sampleTimeZone = 'America/Los_Angeles';
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
  /** Longest time in post, in years: residents are recent, attendings may have decades. */
  maxTenureYears: number;
  /** Members of the organised medical staff hold an appointment and privileges. */
  medicalStaff: boolean;
  /** Which departments people in this role work in; empty means the clinical ones. */
  departments: readonly string[];
}

export const sampleRoles: readonly SampleRole[] = [
  { name: 'Attending Physician', kind: 'physician', degrees: ['MD', 'MD', 'MD', 'DO'], weight: 30, prescriber: true, maxTenureYears: 30, medicalStaff: true, departments: [] },
  { name: 'Resident Physician', kind: 'physician', degrees: ['MD', 'DO'], weight: 6, prescriber: true, maxTenureYears: 4, medicalStaff: false, departments: [] },
  { name: 'Nurse Practitioner', kind: 'advanced-practice', degrees: ['NP'], weight: 7, prescriber: true, maxTenureYears: 20, medicalStaff: true, departments: [] },
  { name: 'Physician Assistant', kind: 'advanced-practice', degrees: ['PA'], weight: 5, prescriber: true, maxTenureYears: 20, medicalStaff: true, departments: [] },
  { name: 'Nurse Anesthetist', kind: 'advanced-practice', degrees: ['CRNA'], weight: 3, prescriber: true, maxTenureYears: 25, medicalStaff: true, departments: ['ANES'] },
  { name: 'Registered Nurse', kind: 'nursing', degrees: ['RN', 'RN', 'BSN'], weight: 35, prescriber: false, maxTenureYears: 30, medicalStaff: false, departments: [] },
  { name: 'Clinical Pharmacist', kind: 'pharmacy', degrees: ['PharmD'], weight: 5, prescriber: false, maxTenureYears: 25, medicalStaff: false, departments: ['PHARM'] },
  { name: 'Respiratory Therapist', kind: 'allied-health', degrees: ['RRT'], weight: 3, prescriber: false, maxTenureYears: 25, medicalStaff: false, departments: ['ICU', 'EM', 'PEDS'] },
  { name: 'Quality Analyst', kind: 'administrative', degrees: ['MPH', 'RN'], weight: 2, prescriber: false, maxTenureYears: 15, medicalStaff: false, departments: ['QPS'] },
  { name: 'Credentialing Specialist', kind: 'administrative', degrees: ['CPMSM', ''], weight: 2, prescriber: false, maxTenureYears: 20, medicalStaff: false, departments: ['ADMIN'] },
  { name: 'Department Chair', kind: 'physician', degrees: ['MD', 'DO'], weight: 1, prescriber: true, maxTenureYears: 30, medicalStaff: true, departments: [] },
  { name: 'Chief Medical Officer', kind: 'physician', degrees: ['MD'], weight: 0, prescriber: true, maxTenureYears: 25, medicalStaff: true, departments: ['ADMIN'] },
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

export const sampleStates: readonly string[] = ['WA', 'OR', 'CA', 'ID'];

/** Certifying boards by specialty (the real boards' names: they are institutions, not people). */
export const sampleBoards: Readonly<Record<string, string>> = {
  'Internal Medicine': 'American Board of Internal Medicine', 'Hospital Medicine': 'American Board of Internal Medicine',
  'Infectious Disease': 'American Board of Internal Medicine', Nephrology: 'American Board of Internal Medicine',
  Endocrinology: 'American Board of Internal Medicine', Cardiology: 'American Board of Internal Medicine',
  'Interventional Cardiology': 'American Board of Internal Medicine', Electrophysiology: 'American Board of Internal Medicine',
  'Medical Oncology': 'American Board of Internal Medicine', Hematology: 'American Board of Internal Medicine',
  'Critical Care Medicine': 'American Board of Internal Medicine', 'Pulmonary & Critical Care': 'American Board of Internal Medicine',
  'General Surgery': 'American Board of Surgery', 'Vascular Surgery': 'American Board of Surgery', 'Colorectal Surgery': 'American Board of Colon and Rectal Surgery',
  'Trauma Surgery': 'American Board of Surgery', 'Orthopaedic Surgery': 'American Board of Orthopaedic Surgery', 'Sports Medicine': 'American Board of Orthopaedic Surgery',
  'Hand Surgery': 'American Board of Orthopaedic Surgery', 'Emergency Medicine': 'American Board of Emergency Medicine', Pediatrics: 'American Board of Pediatrics',
  Neonatology: 'American Board of Pediatrics', 'Pediatric Critical Care': 'American Board of Pediatrics', 'Obstetrics & Gynecology': 'American Board of Obstetrics and Gynecology',
  'Maternal-Fetal Medicine': 'American Board of Obstetrics and Gynecology', Anesthesiology: 'American Board of Anesthesiology', 'Pain Medicine': 'American Board of Anesthesiology',
  'Diagnostic Radiology': 'American Board of Radiology', 'Interventional Radiology': 'American Board of Radiology', 'Radiation Oncology': 'American Board of Radiology',
  'Anatomic Pathology': 'American Board of Pathology', 'Clinical Pathology': 'American Board of Pathology', Psychiatry: 'American Board of Psychiatry and Neurology',
  'Child & Adolescent Psychiatry': 'American Board of Psychiatry and Neurology', Neurology: 'American Board of Psychiatry and Neurology', 'Stroke Neurology': 'American Board of Psychiatry and Neurology',
};

export const sampleMalpracticeCarriers: readonly string[] = ['Harbourline Mutual (sample)', 'Cascade Physicians Assurance (sample)', 'Tidewater Medical Liability (sample)'];

export const samplePrivileges: Readonly<Record<string, readonly string[]>> = {
  MED: ['Central venous catheter insertion', 'Paracentesis', 'Thoracentesis', 'Lumbar puncture'],
  CARD: ['Cardiac catheterisation', 'Transoesophageal echocardiography', 'Permanent pacemaker insertion', 'Cardioversion'],
  SURG: ['Laparoscopic cholecystectomy', 'Robotic-assisted surgery', 'Open hernia repair', 'Exploratory laparotomy'],
  ORTH: ['Total knee arthroplasty', 'Total hip arthroplasty', 'Arthroscopy', 'Fracture fixation'],
  EM: ['Procedural sedation', 'Endotracheal intubation', 'Point-of-care ultrasound', 'Tube thoracostomy'],
  PEDS: ['Neonatal resuscitation', 'Pediatric procedural sedation', 'Umbilical line placement'],
  OBGYN: ['Caesarean delivery', 'Operative vaginal delivery', 'Hysteroscopy', 'Laparoscopic hysterectomy'],
  ANES: ['Neuraxial anaesthesia', 'Peripheral nerve blocks', 'Cardiac anaesthesia', 'Difficult airway management'],
  RAD: ['Image-guided biopsy', 'Angiography', 'Moderate sedation'],
  PATH: ['Frozen section interpretation', 'Bone marrow biopsy'],
  PSY: ['Electroconvulsive therapy', 'Involuntary treatment evaluation'],
  NEURO: ['Thrombolysis for acute stroke', 'EEG interpretation', 'EMG and nerve conduction studies'],
  ICU: ['Central venous catheter insertion', 'Bronchoscopy', 'Mechanical ventilation management', 'Arterial line placement'],
  ONC: ['Chemotherapy administration', 'Bone marrow biopsy', 'Intrathecal chemotherapy'],
  ADMIN: ['Admitting privileges'],
};

export const oppeIndicators: readonly string[] = [
  'Mortality index (observed / expected)',
  '30-day readmission rate',
  'Surgical site infection rate',
  'Medical record completion within 30 days',
  'Peer review cases referred',
  'Patient experience (top-box %)',
];
