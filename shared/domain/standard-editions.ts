// Whether a citation still points at a standard in force: an edition that moved or retired the standard makes every
// citation of it stale from that edition's effective date, and announces it before then.

export interface EditionRef {
  name: string;
  effectiveOn: string;
}

export interface StandardChangeFacts {
  change: 'moved' | 'retired';
  edition: EditionRef;
  /** The standards that take over a moved one (several when it was split); none when retired. */
  successorIds: readonly string[];
}

export type CitationStanding =
  | { state: 'current' }
  | { state: 'stale' | 'changing'; change: 'moved' | 'retired'; edition: EditionRef; successorIds: readonly string[] };

/**
 * The first edition (by effective date) that moved or retired the standard decides. Stale once it is in force on
 * `today`; "changing" while it is published but not yet effective, so a director can re-cite ahead of the survey.
 */
export function citationStanding(changes: readonly StandardChangeFacts[], today: string): CitationStanding {
  if (changes.length === 0) return { state: 'current' };
  const first = [...changes].sort((a, b) => a.edition.effectiveOn.localeCompare(b.edition.effectiveOn))[0]!;
  const sameEdition = changes.filter((c) => c.edition.name === first.edition.name && c.edition.effectiveOn === first.edition.effectiveOn);
  const successorIds = [...new Set(sameEdition.flatMap((c) => c.successorIds))];
  return {
    state: first.edition.effectiveOn <= today ? 'stale' : 'changing',
    change: successorIds.length > 0 ? 'moved' : first.change,
    edition: first.edition,
    successorIds,
  };
}

/** "Moved in Accreditation 360 (effective Jan 1, 2026)": the words a citation's warning shows, without colour. */
export function describeStanding(standing: { state: 'current' } | { state: 'stale' | 'changing'; change: 'moved' | 'retired'; edition: EditionRef }, formatDay: (isoDate: string) => string = (d) => d): string | null {
  if (standing.state === 'current') return null;
  const verb = standing.change === 'moved' ? 'Moved' : 'Retired';
  const day = formatDay(standing.edition.effectiveOn);
  const when = standing.state === 'stale' ? `effective ${day}` : `from ${day}`;
  return `${verb} in ${standing.edition.name} (${when})`;
}
