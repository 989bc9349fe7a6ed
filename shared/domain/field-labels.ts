// A stored field's name as a director reads it in a History panel: "familyName" → "Family name", "npi" → "NPI".

/** Where the plain reading of the camelCase name is wrong or unclear. Keyed by field, or by `entity.field` when a kind differs. */
const labelOverrides: Record<string, string> = {
  npi: 'NPI', dea: 'DEA', deaNumber: 'DEA number', email: 'Email', dueOn: 'Due', ownerStaffId: 'Owner (staff record)', ownerName: 'Owner',
  'actionItem.description': 'Action', 'credential.number': 'Number', hireDate: 'Hire date', dateOfBirth: 'Date of birth',
  cmeCredits: 'CME credits', pdsaCycleId: 'PDSA cycle', url: 'Link', _deleted: 'Record', _mergedInto: 'Merged into',
};

/** Words that are acronyms wherever they appear inside a field name. */
const acronyms = new Set(['npi', 'dea', 'cme', 'pdsa', 'oppe', 'fppe', 'npdb', 'url', 'id', 'ics', 'pdf', 'mec']);

export function fieldLabel(entity: string, field: string): string {
  const override = labelOverrides[`${entity}.${field}`] ?? labelOverrides[field];
  if (override) return override;
  // A link is stored as the other record's id: name the record, not the id.
  const words = field.replace(/Id$/, '').replace(/([A-Z])/g, ' $1').toLowerCase().trim().split(/\s+/);
  const text = words.map((w) => (acronyms.has(w) ? w.toUpperCase() : w)).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
