// The cases, newest request first: number, when, type, unit, CASES step and where the summary stands.
import { caseStateLabels, consultTypeLabels } from '../../../../shared/domain/ethics-cases';
import { Badge, Table, formatInstant } from '../../ui';
import type { EthicsCaseRow } from './store';

export const summaryBadge = { none: null, draft: <Badge tone="warning">In review</Badge>, 'signed-off': <Badge tone="success">Signed off</Badge> } as const;

export function CaseList({ cases, onOpen }: { cases: EthicsCaseRow[]; onOpen(id: string): void }) {
  return (
    <Table label="Ethics cases">
      <thead>
        <tr><th scope="col">Case</th><th scope="col">Requested</th><th scope="col">Type</th><th scope="col">Unit</th><th scope="col">Step</th><th scope="col">Question</th><th scope="col">Summary</th></tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr key={c.id}>
            <td><button type="button" className="ethics-link" onClick={() => onOpen(c.id)}>{c.caseNumber}</button>{c.urgency !== 'routine' && <> <Badge tone="danger">{c.urgency}</Badge></>}</td>
            <td>{formatInstant(c.requestedAt)}</td>
            <td>{consultTypeLabels[c.type]}</td>
            <td>{c.unitName ?? '—'}</td>
            <td>{caseStateLabels[c.status]}</td>
            <td className="ethics-question-cell"><span className="ethics-question">{c.question}</span></td>
            <td>{summaryBadge[c.summaryStatus] ?? <span className="ethics-muted">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
