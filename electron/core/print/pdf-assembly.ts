// Puts printed parts together with pdf-lib: merge, stamp a footer and mark on every page, write bookmarks and metadata.
import {
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  StandardFonts,
  beginMarkedContent,
  degrees,
  endMarkedContent,
  rgb,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import { stampedFooterBaseline } from './printer';
import { structureTreeMerger } from './structure-tree';

const pointsPerInch = 72;

/** One PDF from several, pages in order. Parts are usually printed HTML; in a packet some are the director's attachments. */
export async function mergePdfs(parts: Uint8Array[]): Promise<PDFDocument> {
  const merged = await PDFDocument.create();
  const structure = structureTreeMerger(merged);
  for (const part of parts) {
    const source = await PDFDocument.load(part);
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
    structure.add(source, pages);
  }
  structure.finish();
  return merged;
}

export interface PageStamp {
  /** Bottom left, e.g. "CONTROLLED COPY · MS-014 v3 · printed 2026-11-23". */
  left: string;
  /** Bottom right, e.g. "Page 3 of 12". */
  right: string;
  /** Top centre, e.g. "CONFIDENTIAL — peer review". */
  mark?: string;
}

export type StampFor = (pageIndex: number, pageCount: number) => PageStamp;

/** "Page n of N", the right-hand footer every Chartroom PDF carries. */
export const pageOfPages = (pageIndex: number, pageCount: number): string => `Page ${pageIndex + 1} of ${pageCount}`;

const footerSize = 8;
const markSize = 8.5;
const footerGrey = rgb(0.38, 0.4, 0.44);
const ruleGrey = rgb(0.75, 0.77, 0.8);
const markRed = rgb(0.6, 0.1, 0.1);
/** Distance of the footer text and the mark from the side and top edges, in inches. */
const sideInset = 0.8;
const markBaselineFromTop = 0.42;

/** Draws the footer (a hairline, left text, right text) and the optional top mark on every page of the document. */
export async function stampPages(doc: PDFDocument, stampFor: StampFor): Promise<void> {
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages = doc.getPages();
  pages.forEach((page, index) => {
    const stamp = stampFor(index, pages.length);
    const box = visibleBox(page);
    const inset = sideInset * pointsPerInch;
    const baseline = stampedFooterBaseline * pointsPerInch;
    const right = sanitiseForStandardFont(stamp.right, regular);
    const rightWidth = regular.widthOfTextAtSize(right, footerSize);
    // The left text gives way to the right one ("Page n of N" must always be legible) rather than running into it.
    const left = fitToWidth(sanitiseForStandardFont(stamp.left, regular), regular, footerSize, box.width - 2 * inset - rightWidth - 18);

    // Footers and marks repeat on every page: an artifact, which a screen reader skips instead of reading between paragraphs.
    page.pushOperators(beginMarkedContent('Artifact'));

    box.line({ x: inset, y: baseline + footerSize + 3 }, { x: box.width - inset, y: baseline + footerSize + 3 }, 0.5, ruleGrey);
    box.text(left, { x: inset, y: baseline }, regular, footerSize, footerGrey);
    box.text(right, { x: box.width - inset - rightWidth, y: baseline }, regular, footerSize, footerGrey);
    if (stamp.mark) {
      const mark = sanitiseForStandardFont(stamp.mark, bold);
      const markWidth = bold.widthOfTextAtSize(mark, markSize);
      box.text(mark, { x: (box.width - markWidth) / 2, y: box.height - markBaselineFromTop * pointsPerInch }, bold, markSize, markRed);
    }
    page.pushOperators(endMarkedContent());
  });
}

interface Point {
  x: number;
  y: number;
}

/**
 * The page as the reader sees it. An attached PDF may be rotated (/Rotate 90) or have a crop box that does not start
 * at 0,0; drawing in "what the reader sees" coordinates keeps the footer at the bottom, upright, on such pages too.
 */
function visibleBox(page: PDFPage) {
  const crop = page.getCropBox();
  const rotation = ((page.getRotation().angle % 360) + 360) % 360;
  const sideways = rotation === 90 || rotation === 270;
  const width = sideways ? crop.height : crop.width;
  const height = sideways ? crop.width : crop.height;
  const toPage = ({ x, y }: Point): Point => {
    switch (rotation) {
      case 90:
        return { x: crop.x + crop.width - y, y: crop.y + x };
      case 180:
        return { x: crop.x + crop.width - x, y: crop.y + crop.height - y };
      case 270:
        return { x: crop.x + y, y: crop.y + crop.height - x };
      default:
        return { x: crop.x + x, y: crop.y + y };
    }
  };
  return {
    width,
    height,
    text(text: string, at: Point, font: PDFFont, size: number, color: ReturnType<typeof rgb>) {
      if (text === '') return;
      const { x, y } = toPage(at);
      page.drawText(text, { x, y, font, size, color, rotate: degrees(rotation) });
    },
    line(from: Point, to: Point, thickness: number, color: ReturnType<typeof rgb>) {
      page.drawLine({ start: toPage(from), end: toPage(to), thickness, color });
    },
  };
}

/** Characters Helvetica (WinAnsi) lacks, and what to print instead. */
const asciiStandIns: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
};

/**
 * pdf-lib's standard fonts encode WinAnsi only and throw on anything else; a name like "Dvořák" or an arrow in a
 * title must never stop an export. Unknown characters lose their accents if that helps, else become "?".
 */
export function sanitiseForStandardFont(text: string, font: PDFFont): string {
  const supported = characterSetOf(font);
  let result = '';
  for (const character of text.replace(/[\r\n\t]+/g, ' ')) {
    const code = character.codePointAt(0) ?? 0;
    if (supported.has(code)) {
      result += character;
      continue;
    }
    const standIn = asciiStandIns[character];
    if (standIn !== undefined) {
      result += standIn;
      continue;
    }
    const stripped = character.normalize('NFD').replace(/\p{M}+/gu, '');
    result += [...stripped].every((c) => supported.has(c.codePointAt(0) ?? 0)) && stripped !== '' ? stripped : '?';
  }
  return result;
}

const characterSets = new WeakMap<PDFFont, Set<number>>();

function characterSetOf(font: PDFFont): Set<number> {
  let set = characterSets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    characterSets.set(font, set);
  }
  return set;
}

function fitToWidth(text: string, font: PDFFont, size: number, maxWidth: number): string {
  if (font.widthOfTextAtSize(text, size) <= maxWidth) return text;
  let kept = [...text];
  while (kept.length > 0 && font.widthOfTextAtSize(`${kept.join('')}…`, size) > maxWidth) kept = kept.slice(0, -1);
  return `${kept.join('').trimEnd()}…`;
}

export interface OutlineEntry {
  title: string;
  /** Zero-based index of the page the bookmark opens. */
  pageIndex: number;
  children?: OutlineEntry[];
}

/**
 * Writes real PDF bookmarks (ISO 32000-1 §12.3.3): an /Outlines dictionary whose items are linked with
 * /First /Last /Next /Prev /Parent, each opening its page with /Dest [page /XYZ null null null] (keep the zoom).
 * pdf-lib has no API for this, so the dictionaries are built by hand. Every item is written open.
 */
export function addOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = doc;
  const pageRefs = doc.getPages().map((page) => page.ref);
  const rootRef = context.nextRef();

  /** Writes the items under parentRef and returns the refs of the first and last, and how many items are visible. */
  const writeLevel = (items: OutlineEntry[], parentRef: PDFRef): { first: PDFRef; last: PDFRef; visible: number } => {
    const refs = items.map(() => context.nextRef());
    let visible = 0;
    items.forEach((item, index) => {
      const pageRef = pageRefs[item.pageIndex];
      if (!pageRef) throw new RangeError(`Bookmark "${item.title}" points at page ${item.pageIndex + 1}, but the document has ${pageRefs.length}.`);
      const dict = PDFDict.withContext(context);
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parentRef);
      const previous = refs[index - 1];
      const next = refs[index + 1];
      if (previous) dict.set(PDFName.of('Prev'), previous);
      if (next) dict.set(PDFName.of('Next'), next);
      // XYZ with null left, top and zoom: open the page and leave the reader's zoom alone.
      dict.set(PDFName.of('Dest'), context.obj([pageRef, 'XYZ', null, null, null]));
      visible += 1;
      if (item.children && item.children.length > 0) {
        const ownRef = refs[index] as PDFRef;
        const children = writeLevel(item.children, ownRef);
        dict.set(PDFName.of('First'), children.first);
        dict.set(PDFName.of('Last'), children.last);
        // A positive count means "open": the reader shows the children without a click.
        dict.set(PDFName.of('Count'), PDFNumber.of(children.visible));
        visible += children.visible;
      }
      context.assign(refs[index] as PDFRef, dict);
    });
    return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef, visible };
  };

  const top = writeLevel(entries, rootRef);
  const root = PDFDict.withContext(context);
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), top.first);
  root.set(PDFName.of('Last'), top.last);
  root.set(PDFName.of('Count'), PDFNumber.of(top.visible));
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  // Open with the bookmarks pane showing: a packet is navigated by its agenda.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

export interface PdfMetadata {
  title: string;
  author: string;
  subject?: string;
}

export function setMetadata(doc: PDFDocument, metadata: PdfMetadata, now: Date = new Date()): void {
  // The title, not the file name, in the reader's window bar: "MS-014 Credentialing v3" says what is open.
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setAuthor(metadata.author);
  if (metadata.subject) doc.setSubject(metadata.subject);
  doc.setCreator('Chartroom');
  doc.setProducer('Chartroom (pdf-lib)');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
}
