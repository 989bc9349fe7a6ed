// The redline as a document: headings, bullets, text and tables as the policy reads, each change marked in place and
// named for screen readers, so colour is never the only signal.
import type { ReactNode } from 'react';
import type { RedlineSegment } from '../../../../../shared/domain/redline';
import { redlineBlocks, type RedlineBlock, type RedlineRun } from '../../../../../shared/domain/redline-blocks';

export function RedlineDocument({ segments }: { segments: readonly RedlineSegment[] }) {
  if (segments.length === 0) return <p className="policies__muted">Both versions are empty.</p>;
  return <>{redlineBlocks(segments).map((block, i) => <Block key={i} block={block} />)}</>;
}

function Block({ block }: { block: RedlineBlock }) {
  switch (block.kind) {
    case 'blank':
      return <div className="redline__blank" />;
    case 'heading': {
      const Heading = (['h2', 'h3', 'h4'] as const)[block.level - 1]!;
      return <Heading className={`redline__heading redline__heading--${block.level}`}><Segments segments={block.segments} /></Heading>;
    }
    case 'line':
      return <p className="redline__line"><Segments segments={block.segments} /></p>;
    case 'table':
      return (
        <table className="redline__table">
          {block.header && (
            <thead>
              <tr>{block.header.map((cell, i) => <th key={i} scope="col"><Segments segments={cell} /></th>)}</tr>
            </thead>
          )}
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>{row.map((cell, i) => <td key={i}><Segments segments={cell} /></td>)}</tr>
            ))}
          </tbody>
        </table>
      );
  }
}

function Segments({ segments }: { segments: readonly RedlineRun[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.kind === 'added' ? (
          <ins key={i} className="redline__added" title="Inserted">
            <span className="visually-hidden">[inserted: </span>
            <Styled run={segment} />
            <span className="visually-hidden">]</span>
          </ins>
        ) : segment.kind === 'removed' ? (
          <del key={i} className="redline__removed" title="Deleted">
            <span className="visually-hidden">[deleted: </span>
            <Styled run={segment} />
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <Styled key={i} run={segment} />
        ),
      )}
    </>
  );
}

/** Bold, italics, code and links as the policy page shows them. */
function Styled({ run }: { run: RedlineRun }) {
  let content: ReactNode = run.text;
  if (run.code) content = <code>{content}</code>;
  if (run.emphasis) content = <em>{content}</em>;
  if (run.strong) content = <strong>{content}</strong>;
  if (run.href) content = <a href={run.href}>{content}</a>;
  return <span>{content}</span>;
}
