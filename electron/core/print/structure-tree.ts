// Keeps a merged PDF tagged for screen readers. pdf-lib copies pages but not the document's structure tree (which lives
// in the catalog, not on the pages), so each printed part's tree is copied here, its page and annotation references
// pointed at the copied pages, and its parent-tree keys shifted past those of the parts before it.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNull, PDFNumber, PDFRawStream, PDFRef, type PDFObject, type PDFPage } from 'pdf-lib';

const name = (n: string) => PDFName.of(n);

export interface StructureTreeMerger {
  /** Call after the source's pages were copied into the target, with the copies in the same order as the originals. */
  add(source: PDFDocument, copies: PDFPage[]): void;
  /** Writes the merged tree into the target's catalog; a target none of whose parts was tagged is left untagged. */
  finish(): void;
  /** How many added parts carried no structure (a scanned attachment): their pages reach a screen reader untagged. */
  readonly untaggedParts: number;
}

export function structureTreeMerger(target: PDFDocument): StructureTreeMerger {
  const context = target.context;
  const rootRef = context.nextRef();
  const topElements: PDFObject[] = [];
  const parentTreeNums: PDFObject[] = [];
  let nextKey = 0;
  let untaggedParts = 0;
  let language: PDFObject | undefined;

  return {
    get untaggedParts() {
      return untaggedParts;
    },
    add(source, copies) {
      const sourceRoot = source.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
      if (!sourceRoot) {
        untaggedParts += 1;
        return;
      }
      language ??= source.catalog.get(name('Lang'));
      const offset = nextKey;
      // Each source object is copied once; pages and their annotations map to the copies pdf-lib already made.
      const copied = new Map<string, PDFRef | null>();
      const sourceRootRef = source.catalog.get(name('StructTreeRoot'));
      if (sourceRootRef instanceof PDFRef) copied.set(sourceRootRef.toString(), rootRef);
      source.getPages().forEach((page, index) => {
        const copy = copies[index];
        if (!copy) return;
        copied.set(page.ref.toString(), copy.ref);
        const from = page.node.Annots()?.asArray() ?? [];
        const to = copy.node.Annots()?.asArray() ?? [];
        from.forEach((annot, n) => {
          const into = to[n];
          if (annot instanceof PDFRef && into instanceof PDFRef) copied.set(annot.toString(), into);
        });
      });

      const copy = (value: PDFObject): PDFObject => {
        if (value instanceof PDFRef) {
          const key = value.toString();
          const known = copied.get(key);
          if (known !== undefined) return known ?? PDFNull;
          const object = source.context.lookup(value);
          // A reference to a page that was not copied (or to the page tree) would drag the whole source document along.
          if (object instanceof PDFDict) {
            const type = object.get(name('Type'));
            if (type === name('Page') || type === name('Pages') || type === name('Catalog')) {
              copied.set(key, null);
              return PDFNull;
            }
          }
          const ref = context.nextRef();
          copied.set(key, ref);
          if (object) context.assign(ref, copy(object));
          return ref;
        }
        if (value instanceof PDFDict) {
          const dict = PDFDict.withContext(context);
          for (const [key, entry] of value.entries()) dict.set(key, copy(entry));
          return dict;
        }
        if (value instanceof PDFArray) {
          const array = PDFArray.withContext(context);
          for (const entry of value.asArray()) array.push(copy(entry));
          return array;
        }
        if (value instanceof PDFRawStream) {
          return PDFRawStream.of(copy(value.dict) as PDFDict, value.contents);
        }
        return value;
      };

      const kids = sourceRoot.get(name('K'));
      if (kids) {
        const top = copy(kids);
        const resolved = top instanceof PDFRef ? context.lookup(top) : top;
        if (resolved instanceof PDFArray && !(top instanceof PDFRef)) topElements.push(...resolved.asArray());
        else topElements.push(top);
      }

      let highest = -1;
      for (const [key, value] of parentTreeEntries(source, sourceRoot.lookupMaybe(name('ParentTree'), PDFDict))) {
        parentTreeNums.push(PDFNumber.of(key + offset), copy(value));
        highest = Math.max(highest, key);
      }
      const declaredNext = sourceRoot.lookupMaybe(name('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0;
      nextKey = offset + Math.max(declaredNext, highest + 1);

      // The copied pages and their annotations still carry the source's keys: shift them to the merged numbering.
      for (const page of copies) {
        const own = page.node.lookupMaybe(name('StructParents'), PDFNumber);
        if (own) page.node.set(name('StructParents'), PDFNumber.of(own.asNumber() + offset));
        for (const annot of page.node.Annots()?.asArray() ?? []) {
          const dict = annot instanceof PDFRef ? context.lookupMaybe(annot, PDFDict) : annot instanceof PDFDict ? annot : undefined;
          const key = dict?.lookupMaybe(name('StructParent'), PDFNumber);
          if (dict && key) dict.set(name('StructParent'), PDFNumber.of(key.asNumber() + offset));
        }
      }
    },
    finish() {
      if (topElements.length === 0) return;
      // One Document at the top (a reader expects a single root element), each printed part a Part within it.
      const documentRef = context.nextRef();
      for (const top of topElements) {
        const element = top instanceof PDFRef ? context.lookupMaybe(top, PDFDict) : top instanceof PDFDict ? top : undefined;
        if (!element) continue;
        element.set(name('P'), documentRef);
        if (element.get(name('S')) === name('Document')) element.set(name('S'), name('Part'));
      }
      context.assign(documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: context.obj(topElements), ...(language ? { Lang: language } : {}) }));
      context.assign(
        rootRef,
        context.obj({
          Type: 'StructTreeRoot',
          K: documentRef,
          ParentTree: context.obj({ Nums: context.obj(parentTreeNums) }),
          ParentTreeNextKey: nextKey,
        }),
      );
      target.catalog.set(name('StructTreeRoot'), rootRef);
      target.catalog.set(name('MarkInfo'), context.obj({ Marked: true }));
      if (language) target.catalog.set(name('Lang'), language);
    },
  };
}

/** A number tree's entries in key order, whether it keeps them in /Nums or spreads them over /Kids. */
function parentTreeEntries(source: PDFDocument, node: PDFDict | undefined): [number, PDFObject][] {
  if (!node) return [];
  const entries: [number, PDFObject][] = [];
  const nums = node.lookupMaybe(name('Nums'), PDFArray)?.asArray() ?? [];
  for (let i = 0; i + 1 < nums.length; i += 2) {
    const key = nums[i] instanceof PDFRef ? source.context.lookup(nums[i] as PDFRef) : nums[i];
    if (key instanceof PDFNumber) entries.push([key.asNumber(), nums[i + 1] as PDFObject]);
  }
  for (const kid of node.lookupMaybe(name('Kids'), PDFArray)?.asArray() ?? []) {
    entries.push(...parentTreeEntries(source, source.context.lookupMaybe(kid, PDFDict)));
  }
  return entries;
}
