// Importing a folder of existing policies: .docx (mammoth), .md and .txt become draft policies, each file reported.
import { tables } from '@joplin/turndown-plugin-gfm';
import mammoth from 'mammoth';
import TurndownService from 'turndown';
import { z } from 'zod';
import { PolicyReference } from '../../../shared/contract/policies';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { decodeBase64 } from '../attachments/attachment-store';
import { decodeRoster } from '../staff/roster-text';
import { policyLifecycle } from './lifecycle';

export interface ImportFile {
  fileName: string;
  dataBase64: string;
}

export interface ImportOutcome {
  fileName: string;
  outcome: 'imported' | 'skipped';
  policyId: string | null;
  reference: string | null;
  reason: string | null;
}

const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' });
// Word's tables become Markdown tables (which the policy page and the redline show as tables), not loose paragraphs.
turndown.use(tables);

/** A .docx's text as Markdown; Word's styles become headings, lists and tables, its images are left out. */
async function docxToMarkdown(bytes: Buffer): Promise<string> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new AppError('INVALID_INPUT', 'not a Word document (.docx files are zip archives; this one is not)');
  try {
    const { value } = await mammoth.convertToHtml({ buffer: bytes }, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
    return tableCellsOnOneLine(turndown.turndown(flattenListsInCells(value.replace(/<img[^>]*>/g, ''))));
  } catch (error) {
    throw new AppError('INVALID_INPUT', `the Word document could not be read (${(error as Error).message.split('\n')[0]})`);
  }
}

/**
 * A Markdown table cell holds one line, and the GFM rule keeps a table whose cells hold lists as raw HTML (which a
 * policy shows as text): a list in a Word cell becomes "• item" paragraphs instead. mammoth writes these tags bare.
 */
function flattenListsInCells(html: string): string {
  return html.replace(/<(td|th)>([\s\S]*?)<\/\1>/g, (_, tag: string, inner: string) =>
    `<${tag}>${inner.replace(/<\/?(?:ul|ol)>/g, '').replace(/<li>/g, '<p>• ').replace(/<\/li>/g, '</p>')}</${tag}>`,
  );
}

/** Paragraphs within a cell arrive joined by <br>, which a policy would show as text: a space reads the same. */
function tableCellsOnOneLine(markdown: string): string {
  return markdown.replace(/^\|.*\|$/gm, (row) => row.replace(/(?:\s*<br>\s*)+/g, ' '));
}

async function fileToMarkdown(file: ImportFile, bytes: Buffer): Promise<string> {
  const extension = file.fileName.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? '';
  switch (extension) {
    case '.docx':
      return docxToMarkdown(bytes);
    case '.md':
    case '.markdown':
    case '.txt':
      return decodeRoster(bytes).text.replace(/\r\n?/g, '\n');
    case '.pdf':
      throw new AppError('INVALID_INPUT', 'a PDF is attached to a policy as it is: open or create the policy and attach it there');
    case '.doc':
      throw new AppError('INVALID_INPUT', 'old .doc files cannot be read: save it as .docx in Word first');
    default:
      throw new AppError('INVALID_INPUT', `${extension || 'files without an extension'} cannot be imported (use .docx, .md or .txt)`);
  }
}

export function policyImporter(ctx: CoreContext) {
  const lifecycle = policyLifecycle(ctx);
  const referenceTaken = ctx.db.prepare('SELECT 1 FROM policies WHERE reference = ?').pluck();
  const importedReferences = ctx.db.prepare("SELECT reference FROM policies WHERE reference LIKE 'IMP-%'").pluck();

  function nextImportReference(): string {
    const used = new Set(importedReferences.all() as string[]);
    for (let n = 1; ; n++) {
      const candidate = `IMP-${String(n).padStart(3, '0')}`;
      if (!used.has(candidate)) return candidate;
    }
  }

  /** Each file is read and written on its own: one bad file never stops or half-writes the others. */
  return async function importFiles(files: ImportFile[], ownerId: string, category: string): Promise<ImportOutcome[]> {
    const outcomes: ImportOutcome[] = [];
    for (const file of files) {
      try {
        const bytes = decodeBase64(file.dataBase64);
        if (bytes.length === 0) throw new AppError('INVALID_INPUT', 'the file is empty');
        const markdown = (await fileToMarkdown(file, bytes)).trim();
        if (!markdown) throw new AppError('INVALID_INPUT', 'the file has no text');
        const stem = file.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
        const named = /^([A-Za-z]{1,6}-\d{1,4}(?:\.\d{1,3})?)[\s_-]+(.*)$/.exec(stem);
        const parsedReference = named ? PolicyReference.safeParse(named[1]) : null;
        const reference = parsedReference?.success ? parsedReference.data : nextImportReference();
        if (referenceTaken.get(reference)) throw new AppError('CONFLICT', `reference ${reference} is already used by another policy`);
        const heading = /^#{1,3}\s+(.+)$/m.exec(markdown)?.[1]?.trim();
        const title = z.string().trim().min(1).max(200).catch('Untitled policy').parse(heading ?? (named?.[2] ?? stem).replace(/[_-]+/g, ' '));
        const policyId = lifecycle.create({
          reference, title, category, departmentId: null, ownerId, keywords: [], reviewIntervalMonths: 24, reviewWarningDays: 60, attestationDueDays: 30,
          body: markdown, changeSummary: `Imported from ${file.fileName}`,
        });
        outcomes.push({ fileName: file.fileName, outcome: 'imported', policyId, reference, reason: null });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        outcomes.push({ fileName: file.fileName, outcome: 'skipped', policyId: null, reference: null, reason: error.message.replace(/^./, (c) => c.toUpperCase()) });
      }
    }
    return outcomes;
  };
}
