// Completions: one at a time, the names ticked on a sign-in sheet, or an LMS export read row by row.
import type { z } from 'zod';
import { CompletionsInput, type ImportReport } from '../../../shared/contract/training';
import { displayName } from '../../../shared/domain/names';
import { validUntilFor } from '../../../shared/domain/training-due';
import { attachmentStore, decodeBase64 } from '../attachments/attachment-store';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { decodeRoster, parseRoster } from '../staff/roster-text';
import { readDate } from '../staff/roster-values';
import { trainingCompletionEntity } from './entities';

type CompletionsFields = z.output<typeof CompletionsInput>;
type Method = 'entered' | 'sign-in-sheet' | 'lms-import';

/** Header words LMS exports use for each column (compared without case, spaces or punctuation). */
const importHeaders = {
  npi: ['npi', 'npinumber', 'learnernpi', 'usernpi', 'providernpi'],
  email: ['email', 'emailaddress', 'mail', 'useremail', 'learneremail'],
  course: ['course', 'coursetitle', 'coursename', 'title', 'activity', 'module'],
  completedOn: ['completed', 'completedon', 'completiondate', 'datecompleted', 'date'],
  credits: ['credits', 'credithours', 'hours', 'cme', 'ceu'],
} as const;
const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

export function trainingCompletions(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const courseFacts = db.prepare('SELECT id, title, credits, credit_type AS creditType, validity_months AS validityMonths, available_from AS availableFrom FROM training_courses WHERE id = ?');
  const staffFacts = db.prepare("SELECT id, given_name AS givenName, family_name AS familyName, degree, status FROM staff WHERE id = ?");
  const alreadyRecorded = db.prepare('SELECT 1 FROM training_completions WHERE staff_id = ? AND course_id = ? AND completed_on = ?').pluck();
  const byNpi = db.prepare('SELECT id FROM staff WHERE npi = ?').pluck();
  const byEmail = db.prepare('SELECT id FROM staff WHERE lower(email) = lower(?)').pluck();
  const courseByTitle = db.prepare('SELECT id FROM training_courses WHERE lower(title) = lower(?)').pluck();
  const list = db.prepare(`SELECT t.id, t.staff_id AS staffId, s.given_name AS givenName, s.family_name AS familyName, s.degree, t.course_id AS courseId, c.title AS courseTitle,
      t.completed_on AS completedOn, t.credits, t.credit_type AS creditType, t.valid_until AS validUntil, t.certificate_id AS certificateId, t.method
    FROM training_completions t JOIN staff s ON s.id = t.staff_id JOIN training_courses c ON c.id = t.course_id
    WHERE (@staffId IS NULL OR t.staff_id = @staffId) AND (@courseId IS NULL OR t.course_id = @courseId)
    ORDER BY t.completed_on DESC, s.family_name COLLATE NOCASE, t.id LIMIT @limit`);
  type Course = { id: string; title: string; credits: number; creditType: string; validityMonths: number | null; availableFrom: string };

  /** The reasons a completion cannot be recorded, as sentences; empty when it can. */
  function problemsOf(course: Course, completedOn: string, credits: number): { path: string; message: string }[] {
    const problems: { path: string; message: string }[] = [];
    if (completedOn > calendar.today()) problems.push({ path: 'completedOn', message: `A completion is recorded once it happens: ${completedOn} is after today` });
    if (completedOn < course.availableFrom) problems.push({ path: 'completedOn', message: `${course.title} was first offered on ${course.availableFrom}; a completion cannot be earlier` });
    if (credits > course.credits && course.credits > 0) problems.push({ path: 'credits', message: `${course.title} carries ${course.credits} credits; no more can be claimed for it` });
    return problems;
  }

  function write(course: Course, staffId: string, completedOn: string, credits: number, method: Method, certificateId: string | null) {
    store.insert(trainingCompletionEntity, {
      staffId, courseId: course.id, completedOn, credits, creditType: course.creditType, validUntil: validUntilFor(completedOn, course.validityMonths), certificateId, method,
    });
  }

  function courseOf(courseId: string): Course {
    const course = courseFacts.get(courseId) as Course | undefined;
    if (!course) throw notFound('This course');
    return course;
  }

  return {
    list(query: { staffId?: string; courseId?: string; limit: number }) {
      type Row = { givenName: string; familyName: string; degree: string | null } & Record<string, unknown>;
      return (list.all({ staffId: query.staffId ?? null, courseId: query.courseId ?? null, limit: query.limit }) as Row[]).map(({ givenName, familyName, degree, ...r }) => ({
        ...r, staffName: displayName({ givenName, familyName, degree }),
      })) as never[];
    },

    /** One person or a whole sign-in sheet: all recorded in one transaction, or none. */
    record(input: CompletionsFields): { recorded: number } {
      const course = courseOf(input.courseId);
      const credits = input.credits ?? course.credits;
      const problems = problemsOf(course, input.completedOn, credits);
      if (problems.length) throw new AppError('INVALID_INPUT', `${problems[0]!.message}.`, problems);
      if (new Set(input.staffIds).size !== input.staffIds.length) throw new AppError('INVALID_INPUT', 'A name is ticked twice; each person completes once.');
      return store.transaction(() => {
        const certificateId = input.certificate ? attachmentStore(ctx).put(input.certificate.fileName, decodeBase64(input.certificate.dataBase64)) : null;
        for (const staffId of input.staffIds) {
          const person = staffFacts.get(staffId) as { givenName: string; familyName: string; degree: string | null } | undefined;
          if (!person) throw new AppError('INVALID_INPUT', 'Someone ticked is no longer on record (deleted on another laptop?). Reload and tick again.');
          if (alreadyRecorded.get(staffId, course.id, input.completedOn)) throw new AppError('CONFLICT', `${displayName(person)} already has ${course.title} recorded on ${input.completedOn}.`);
          write(course, staffId, input.completedOn, credits, input.method, certificateId);
        }
        return { recorded: input.staffIds.length };
      });
    },

    /**
     * An LMS export: each row matched to a person by NPI, else e-mail, and to a course by title; each row judged by the
     * contract's own schema and the same rules as a typed completion. Without commit nothing is written; with commit
     * the good rows are recorded in one transaction and the report says which rows were refused and why.
     */
    importCsv(dataBase64: string, commit: boolean): ImportReport {
      const { text } = decodeRoster(decodeBase64(dataBase64));
      const parsed = parseRoster(text);
      const column = Object.fromEntries(Object.entries(importHeaders).map(([field, words]) => [field, parsed.headers.findIndex((h) => (words as readonly string[]).includes(squash(h)))])) as Record<keyof typeof importHeaders, number>;
      if (column.npi < 0 && column.email < 0) throw new AppError('INVALID_INPUT', 'The file has no NPI or e-mail column, so no row can be matched to a person. Export it with one of them.');
      if (column.course < 0 || column.completedOn < 0) throw new AppError('INVALID_INPUT', 'The file needs a course column and a completion date column.');
      const rows: ImportReport['rows'] = parsed.problems.map((p) => ({ line: p.line, status: 'refused' as const, staffName: null, courseTitle: null, completedOn: null, message: p.reason }));
      const toWrite: { course: Course; staffId: string; completedOn: string; credits: number }[] = [];
      const seen = new Set<string>();
      for (const { line, cells } of parsed.rows) {
        const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
        const npi = cell(column.npi);
        const email = cell(column.email);
        const courseTitle = cell(column.course) || null;
        const refuse = (message: string, staffName: string | null = null, completedOn: string | null = null) => rows.push({ line, status: 'refused', staffName, courseTitle, completedOn, message });
        const staffId = ((npi && byNpi.get(npi)) || (email && byEmail.get(email)) || null) as string | null;
        if (!staffId) {
          refuse(npi || email ? `No one on staff has ${[npi && `NPI ${npi}`, email && `e-mail ${email}`].filter(Boolean).join(' or ')}` : 'The row has neither an NPI nor an e-mail');
          continue;
        }
        const person = staffFacts.get(staffId) as { givenName: string; familyName: string; degree: string | null };
        const name = displayName(person);
        const courseId = courseTitle ? (courseByTitle.get(courseTitle) as string | undefined) : undefined;
        if (!courseId) {
          refuse(courseTitle ? `No course is titled "${courseTitle}"` : 'The row names no course', name);
          continue;
        }
        const date = readDate(cell(column.completedOn));
        if ('error' in date) {
          refuse(`Completion date: ${date.error}`, name);
          continue;
        }
        const course = courseOf(courseId);
        const creditsText = cell(column.credits);
        // The contract's schema judges the row as it would a completion typed on screen.
        const judged = CompletionsInput.safeParse({ courseId, completedOn: date.value, staffIds: [staffId], credits: creditsText ? Number(creditsText) : undefined, method: 'entered' });
        if (!judged.success) {
          refuse(judged.error.issues.map((i) => (i.path[0] === 'credits' ? `Credits "${creditsText}": ${i.message}` : i.message)).join('; '), name, date.value);
          continue;
        }
        const credits = judged.data.credits ?? course.credits;
        const problems = problemsOf(course, date.value, credits);
        if (problems.length) {
          refuse(problems.map((p) => p.message).join('; '), name, date.value);
          continue;
        }
        const key = `${staffId}|${courseId}|${date.value}`;
        if (seen.has(key) || alreadyRecorded.get(staffId, courseId, date.value)) {
          rows.push({ line, status: 'already-recorded', staffName: name, courseTitle: course.title, completedOn: date.value, message: 'Already recorded: skipped' });
          continue;
        }
        seen.add(key);
        toWrite.push({ course, staffId, completedOn: date.value, credits });
        rows.push({ line, status: commit ? 'recorded' : 'ready', staffName: name, courseTitle: course.title, completedOn: date.value, message: commit ? 'Recorded' : 'Ready to record' });
      }
      if (commit && toWrite.length) store.transaction(() => {
        for (const w of toWrite) write(w.course, w.staffId, w.completedOn, w.credits, 'lms-import', null);
      });
      rows.sort((a, b) => a.line - b.line);
      return { committed: commit, rows, recorded: commit ? toWrite.length : 0, refused: rows.filter((r) => r.status === 'refused').length };
    },
  };
}
