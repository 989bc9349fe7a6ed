// What each appointment category is called: the practitioner page, the roster and the printed slate say the same words.
import type { appointmentCategories } from '../contract/staff';

export const appointmentCategoryLabels: Record<(typeof appointmentCategories)[number], string> = {
  active: 'Active',
  provisional: 'Provisional',
  courtesy: 'Courtesy',
  consulting: 'Consulting',
  ahp: 'Allied health (AHP)',
};
