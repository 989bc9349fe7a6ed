// Ethics cases: the request, the CASES record, identifiers apart, notes, the de-identified summary and its sign-off.
// Every read and write of a case goes through the vault: nothing of a case leaves this module while it is locked.
import { randomUUID } from 'node:crypto';
import type { EthicsCase, EthicsCasePatch, EthicsCaseRow, PatientIdentifiers, SummaryReview } from '../../../shared/contract/ethics';
import { deidentify, findIdentifiers, flagSuspicious, placeholderFor, type KnownIdentifiers } from '../../../shared/domain/deidentify';
import { consultTypeLabels, narrativeFields, narrativeLabels, transitionProblem, type CaseState, type ConsultType, type NarrativeField } from '../../../shared/domain/ethics-cases';
import { identifiersInNarrative, spellingsOfDay } from '../../../shared/domain/ethics-identifiers';
import type { CoreContext } from '../context';
import { rowToFields, type FieldValue } from '../db/entity';
import { AppError, notFound } from '../errors';
import { ethicsCaseEntity, ethicsNoteEntity } from './entities';
import { ethicsVault } from './vault';

/** Fields sealed under the ethics key: what identifies the patient and what tells their story. */
const sealedFields = [...narrativeFields, 'identifiers', 'communicatedTo', 'requesterName', 'summaryDraft', 'summarySource'] as const;
type SealedField = (typeof sealedFields)[number];

const noIdentifiers: PatientIdentifiers = { patientName: '', mrn: '', dateOfBirth: null, admissionDate: null };

type CaseFields = ReturnType<typeof rowToFields> & Record<string, unknown>;

export function ethicsCases(ctx: CoreContext) {
  const { db, store } = ctx;
  const vault = ethicsVault(ctx);
  const rowOf = db.prepare('SELECT * FROM ethics_cases WHERE id = ?');
  const allRows = db.prepare('SELECT * FROM ethics_cases ORDER BY requested_at DESC, case_number DESC');
  const unitName = db.prepare('SELECT name FROM departments WHERE id = ?').pluck();
  const notesOf = db.prepare('SELECT * FROM ethics_notes WHERE case_id = ? ORDER BY at, id');
  const staffNames = db.prepare("SELECT given_name || ' ' || family_name FROM staff").pluck();
  const staffName = db.prepare("SELECT given_name || ' ' || family_name FROM staff WHERE id = ?").pluck();
  const staffExists = db.prepare('SELECT 1 FROM staff WHERE id = ?').pluck();
  const departmentExists = db.prepare('SELECT 1 FROM departments WHERE id = ?').pluck();
  const numbersOfYear = db.prepare("SELECT case_number FROM ethics_cases WHERE case_number LIKE ?").pluck();

  const context = (id: string, field: string) => `ethicsCase.${field}:${id}`;

  function raw(id: string): CaseFields {
    const row = rowOf.get(id) as Record<string, unknown> | undefined;
    if (!row) throw notFound('This ethics case');
    return rowToFields(ethicsCaseEntity, row) as CaseFields;
  }

  function open(f: CaseFields, field: SealedField): string {
    return vault.decrypt((f[field] as string | null) ?? null, context(f.id, field));
  }

  function identifiersOf(f: CaseFields): PatientIdentifiers {
    const text = open(f, 'identifiers');
    return text ? { ...noIdentifiers, ...(JSON.parse(text) as Partial<PatientIdentifiers>) } : noIdentifiers;
  }

  function summaryStatus(f: CaseFields): EthicsCaseRow['summaryStatus'] {
    if (f.summarySignedAt) return 'signed-off';
    return f.summaryDraft ? 'draft' : 'none';
  }

  function toRow(f: CaseFields): EthicsCaseRow {
    return {
      id: f.id, caseNumber: f.caseNumber as string, status: f.status as CaseState, requestedAt: f.requestedAt as string,
      urgency: f.urgency as EthicsCaseRow['urgency'], type: f.type as ConsultType, unitName: f.unitId ? ((unitName.get(f.unitId) as string | undefined) ?? null) : null,
      question: open(f, 'question'), summaryStatus: summaryStatus(f),
    };
  }

  function get(id: string): EthicsCase {
    vault.requireUnlocked();
    const f = raw(id);
    const consultantIds = (f.consultantIds as string[] | null) ?? [];
    const narrative = Object.fromEntries(narrativeFields.map((n) => [n, open(f, n)])) as Record<NarrativeField, string>;
    return {
      ...toRow(f),
      ...narrative,
      requesterName: open(f, 'requesterName'),
      requesterRole: f.requesterRole as string,
      unitId: (f.unitId as string | null) ?? null,
      identifiers: identifiersOf(f),
      recommendedAt: (f.recommendedAt as string | null) ?? null,
      communicatedTo: open(f, 'communicatedTo'),
      communicatedAt: (f.communicatedAt as string | null) ?? null,
      chartNoteDate: (f.chartNoteDate as string | null) ?? null,
      consultantIds,
      consultantNames: consultantIds.map((s) => (staffName.get(s) as string | undefined) ?? 'A former staff member'),
      timeSpentMinutes: (f.timeSpentMinutes as number | null) ?? 0,
      themes: (f.themes as string[] | null) ?? [],
      policyRecommendation: (f.policyRecommendation as string | null) ?? '',
      updatedAt: f.updatedAt as string,
      notes: (notesOf.all(id) as Record<string, unknown>[]).map((n) => ({
        id: n.id as string, at: n.at as string, author: n.author as string, text: vault.decrypt(n.text as string, `ethicsNote.text:${n.id as string}`),
      })),
    };
  }

  function list(status?: CaseState): EthicsCaseRow[] {
    vault.requireUnlocked();
    return (allRows.all() as Record<string, unknown>[])
      .map((r) => rowToFields(ethicsCaseEntity, r) as CaseFields)
      .filter((f) => !status || f.status === status)
      .map(toRow);
  }

  /** Refuses a narrative that holds the case's own identifiers: they belong in their own fields. */
  function checkNarrative(values: Partial<Record<NarrativeField, string>> & { policyRecommendation?: string }, ids: PatientIdentifiers): void {
    const issues: { path: string; message: string }[] = [];
    for (const [field, text] of Object.entries(values)) {
      if (!text) continue;
      const found = identifiersInNarrative(text, ids);
      if (found.length) {
        const label = field === 'policyRecommendation' ? 'Policy recommendation' : narrativeLabels[field as NarrativeField];
        issues.push({ path: field, message: `${label} holds ${found.join(' and ')}: keep identifiers in their own fields and write the narrative without them` });
      }
    }
    if (issues.length) throw new AppError('INVALID_INPUT', `${issues[0]!.message}.`, issues);
  }

  function nextCaseNumber(requestedAt: string): string {
    const year = requestedAt.slice(0, 4);
    const taken = (numbersOfYear.all(`EC-${year}-%`) as string[]).map((n) => Number(n.slice(8)) || 0);
    return `EC-${year}-${String(Math.max(0, ...taken) + 1).padStart(3, '0')}`;
  }

  function sealed(id: string, values: Partial<Record<SealedField, string | null>>): Record<string, string | null> {
    return Object.fromEntries(Object.entries(values).map(([field, v]) => [field, vault.encrypt(v ?? null, context(id, field))]));
  }

  function checkReferences(patch: { unitId?: string | null; consultantIds?: string[] }): void {
    if (patch.unitId && !departmentExists.get(patch.unitId)) throw new AppError('INVALID_INPUT', 'That unit does not exist.', [{ path: 'unitId', message: 'Choose a unit' }]);
    for (const s of patch.consultantIds ?? []) {
      if (!staffExists.get(s)) throw new AppError('INVALID_INPUT', 'A consultant chosen is not on the staff list.', [{ path: 'consultantIds', message: 'Choose consultants from the staff list' }]);
    }
  }

  function create(input: { requestedAt: string; requesterName: string; requesterRole: string; urgency: string; unitId: string | null; type: string; question: string; identifiers?: Partial<PatientIdentifiers> }, id: string = randomUUID()): EthicsCase {
    vault.requireUnlocked();
    const ids = { ...noIdentifiers, ...input.identifiers };
    checkNarrative({ question: input.question }, ids);
    checkReferences(input);
    store.transaction(() => {
      store.insert(ethicsCaseEntity, {
        caseNumber: nextCaseNumber(input.requestedAt), status: 'clarify', requestedAt: input.requestedAt, requesterRole: input.requesterRole,
        urgency: input.urgency, unitId: input.unitId, type: input.type, consultantIds: [], themes: [], timeSpentMinutes: 0,
        ...sealed(id, { question: input.question, requesterName: input.requesterName, identifiers: JSON.stringify(ids) }),
      }, id);
    });
    return get(id);
  }

  function update(id: string, patch: EthicsCasePatch): EthicsCase {
    vault.requireUnlocked();
    const f = raw(id);
    const ids = patch.identifiers ? { ...identifiersOf(f), ...patch.identifiers } : identifiersOf(f);
    const narrative: Partial<Record<NarrativeField, string>> = {};
    for (const n of narrativeFields) if (patch[n] !== undefined) narrative[n] = patch[n];
    // New identifiers are checked against the narrative already written, as well as new narrative against them.
    const toCheck = patch.identifiers ? { ...Object.fromEntries(narrativeFields.map((n) => [n, open(f, n)])), ...narrative } : narrative;
    checkNarrative({ ...toCheck, ...(patch.policyRecommendation ? { policyRecommendation: patch.policyRecommendation } : {}) }, ids);
    checkReferences(patch);
    if (f.status === 'closed' && patch.recommendation !== undefined && !patch.recommendation.trim()) {
      throw new AppError('INVALID_INPUT', 'A closed case keeps its recommendation.', [{ path: 'recommendation', message: 'A closed case keeps its recommendation' }]);
    }
    const plain: Record<string, FieldValue> = {};
    for (const k of ['requestedAt', 'requesterRole', 'urgency', 'unitId', 'type', 'communicatedAt', 'chartNoteDate', 'consultantIds', 'timeSpentMinutes', 'themes', 'policyRecommendation'] as const) {
      if (patch[k] !== undefined) plain[k] = patch[k];
    }
    const toSeal: Partial<Record<SealedField, string>> = { ...narrative };
    if (patch.identifiers) toSeal.identifiers = JSON.stringify(ids);
    if (patch.requesterName !== undefined) toSeal.requesterName = patch.requesterName;
    if (patch.communicatedTo !== undefined) toSeal.communicatedTo = patch.communicatedTo;
    // Ciphertext differs on every write: only fields whose text changed are sealed again, so the log records real edits.
    for (const k of Object.keys(toSeal) as SealedField[]) if (open(f, k) === toSeal[k]) delete toSeal[k];
    // The moment a recommendation is first written is what the reports measure from the request.
    if (narrative.recommendation?.trim() && !f.recommendedAt) plain.recommendedAt = ctx.now().toISOString();
    store.transaction(() => store.update(ethicsCaseEntity, id, { ...plain, ...sealed(id, toSeal) }));
    return get(id);
  }

  function advance(id: string, to: CaseState): EthicsCase {
    vault.requireUnlocked();
    const f = raw(id);
    const problem = transitionProblem({ status: f.status as CaseState, question: open(f, 'question'), recommendation: open(f, 'recommendation') }, to);
    if (problem) throw new AppError('INVALID_INPUT', `${problem}.`, [{ path: 'status', message: problem }]);
    store.update(ethicsCaseEntity, id, { status: to });
    return get(id);
  }

  function addNote(caseId: string, text: string, id: string = randomUUID()): EthicsCase {
    vault.requireUnlocked();
    const f = raw(caseId);
    checkNarrative({ followUp: text }, identifiersOf(f));
    store.insert(ethicsNoteEntity, { caseId, at: ctx.now().toISOString(), author: store.actor, text: vault.encrypt(text, `ethicsNote.text:${id}`) }, id);
    return get(caseId);
  }

  /** What the de-identifier is told beyond its patterns: every staff name, the requester, the case's own identifiers. */
  function knownFor(f: CaseFields): KnownIdentifiers {
    const ids = identifiersOf(f);
    const days = [ids.dateOfBirth, ids.admissionDate].filter((d): d is string => !!d).flatMap(spellingsOfDay);
    return {
      staffNames: [...(staffNames.all() as string[]), open(f, 'requesterName')],
      personNames: ids.patientName ? [ids.patientName] : [],
      values: [ids.mrn, ...days].filter(Boolean),
    };
  }

  function sourceOf(f: CaseFields): string {
    const parts = [
      // The case number is ours, not the patient's: the summary is titled with it, so it stays out of the text.
      `Ethics consultation: ${consultTypeLabels[f.type as ConsultType]}, ${f.urgency as string} request from the ${(f.requesterRole as string).toLowerCase()} in ${(f.requestedAt as string).slice(0, 4)}.`,
      ...narrativeFields.filter((n) => !n.startsWith('committee')).map((n) => [narrativeLabels[n], open(f, n).trim()] as const).filter(([, t]) => t).map(([label, t]) => `${label}: ${t}`),
    ];
    return parts.join('\n\n');
  }

  function review(id: string): SummaryReview {
    vault.requireUnlocked();
    const f = raw(id);
    const source = open(f, 'summarySource');
    const text = (f.summarySignedText as string | null) ?? open(f, 'summaryDraft');
    const known = knownFor(f);
    return {
      caseId: id, caseNumber: f.caseNumber as string, status: summaryStatus(f), source,
      removed: source ? findIdentifiers(source, known) : [], text, flagged: text ? flagSuspicious(text, known) : [],
      signedOffBy: (f.summarySignedBy as string | null) ?? null, signedOffAt: (f.summarySignedAt as string | null) ?? null,
    };
  }

  const unsigned = { summarySignedText: null, summarySignedBy: null, summarySignedAt: null };

  function draftSummary(id: string): SummaryReview {
    vault.requireUnlocked();
    const f = raw(id);
    if (!open(f, 'question').trim()) throw new AppError('INVALID_INPUT', 'Write the ethical question before making a summary.');
    const source = sourceOf(f);
    const { text } = deidentify(source, knownFor(f));
    store.update(ethicsCaseEntity, id, { ...unsigned, ...sealed(id, { summarySource: source, summaryDraft: text }) });
    return review(id);
  }

  function saveSummary(id: string, text: string): SummaryReview {
    vault.requireUnlocked();
    const f = raw(id);
    if (!f.summaryDraft && !f.summarySignedText) throw new AppError('INVALID_INPUT', 'Make the summary from the case first, then edit it.');
    const current = (f.summarySignedText as string | null) ?? open(f, 'summaryDraft');
    if (current === text) return review(id);
    // An edited summary is no longer the one the reviewer signed: the sign-off is undone in the same write.
    store.update(ethicsCaseEntity, id, { ...unsigned, ...sealed(id, { summaryDraft: text }) });
    return review(id);
  }

  function signOff(id: string): SummaryReview {
    vault.requireUnlocked();
    const f = raw(id);
    if (f.summarySignedAt) return review(id);
    const text = open(f, 'summaryDraft');
    if (!text) throw new AppError('INVALID_INPUT', 'Make the summary from the case first, then review and sign it off.');
    const left = findIdentifiers(text.replace(/\[[A-Z0-9+ ]+\]/g, (m) => ' '.repeat(m.length)), knownFor(f));
    if (left.length) {
      const shown = left.slice(0, 3).map((s) => `"${s.text}" (${placeholderFor(s.kind).slice(1, -1).toLowerCase()})`).join(', ');
      throw new AppError('INVALID_INPUT', `The summary still holds what looks like an identifier: ${shown}. Remove it, then sign off.`, [{ path: 'text', message: 'Remove the highlighted identifiers' }]);
    }
    store.update(ethicsCaseEntity, id, { summarySignedText: text, summarySignedBy: store.actor, summarySignedAt: ctx.now().toISOString() });
    return review(id);
  }

  function signedSummaries() {
    vault.requireUnlocked();
    return (db.prepare('SELECT id, case_number, type, summary_signed_at FROM ethics_cases WHERE summary_signed_at IS NOT NULL ORDER BY summary_signed_at DESC').all() as Record<string, string>[]).map((r) => ({
      caseId: r.id!, caseNumber: r.case_number!, type: r.type as ConsultType, signedOffAt: r.summary_signed_at!,
    }));
  }

  return { list, get, create, update, advance, addNote, draftSummary, review, saveSummary, signOff, signedSummaries };
}

/**
 * What a packet prints for an ethics-summary link, without the ethics key: only the signed-off, de-identified text is
 * stored in the clear, so nothing else of the case can reach a packet.
 */
export function signedSummaryForPacket(ctx: CoreContext, caseId: string): { caseNumber: string; type: ConsultType; text: string | null; signedOffAt: string | null; signedOffBy: string | null } | null {
  const row = ctx.db.prepare('SELECT case_number, type, summary_signed_text, summary_signed_at, summary_signed_by FROM ethics_cases WHERE id = ?').get(caseId) as Record<string, string | null> | undefined;
  if (!row) return null;
  return { caseNumber: row.case_number!, type: row.type as ConsultType, text: row.summary_signed_text ?? null, signedOffAt: row.summary_signed_at ?? null, signedOffBy: row.summary_signed_by ?? null };
}
