// The long texts directors edit in paragraphs (policy drafts, minutes, ethics notes): where two laptops' edits
// do not overlap, they are merged line by line instead of one replacing the other. Listed here, in one place.

const longTextFields: Readonly<Record<string, readonly string[]>> = {
  policyVersion: ['body', 'changeSummary'],
  agendaItem: ['minutesText', 'description'],
  minutesAmendment: ['text'],
  motion: ['text'],
  evaluation: ['notes'],
  verification: ['notes'],
  // Ethics case narratives are ciphertext (ethics/vault.ts): merging them line by line would break them, so they are not listed.
};

export function isLongText(entity: string, field: string): boolean {
  return longTextFields[entity]?.includes(field) ?? false;
}
