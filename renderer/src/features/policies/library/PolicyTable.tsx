// The library's table: reference, title, department, owner, the version in force, the review due and read-and-sign compliance.
import { Badge, Table } from '../../../ui';
import { complianceText, formatDay } from '../format';
import { reviewStatusDisplay, versionStateLabel, versionStateTone } from '../labels';
import { goTo, hashForPolicy } from '../policies-view';
import type { PolicyRow } from './store';

export function PolicyTable({ rows }: { rows: readonly PolicyRow[] }) {
  return (
    <Table label="Policies">
      <colgroup>
        <col style={{ width: '10%' }} />
        <col style={{ width: '23%' }} />
        <col style={{ width: '14%' }} />
        <col style={{ width: '14%' }} />
        <col style={{ width: '12%' }} />
        <col style={{ width: '14%' }} />
        <col style={{ width: '13%' }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Reference</th>
          <th scope="col">Title</th>
          <th scope="col">Department</th>
          <th scope="col">Owner</th>
          <th scope="col">In force</th>
          <th scope="col">Review</th>
          <th scope="col">Read &amp; sign</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <PolicyTableRow key={row.id} row={row} />
        ))}
      </tbody>
    </Table>
  );
}

function PolicyTableRow({ row }: { row: PolicyRow }) {
  const review = reviewStatusDisplay(row.review);
  const compliance = complianceText(row.attestation);
  const complete = row.attestation.assigned > 0 && row.attestation.attested === row.attestation.assigned;
  return (
    <tr className="library__row" data-testid="policy-row" onClick={(event) => {
      // The title is the link for the keyboard; a click anywhere else on the row goes to the same place.
      if (!(event.target as HTMLElement).closest('a')) goTo(hashForPolicy(row.id));
    }}>
      <td className="library__reference">{row.reference}</td>
      <td>
        <a className="table__primary library__title" href={hashForPolicy(row.id)}>{row.title}</a>
        <div className="table__secondary library__category">{row.category}</div>
      </td>
      <td className="table__secondary">{row.departmentName ?? 'Organisation-wide'}</td>
      <td>{row.ownerName}</td>
      <td>
        {row.retiredOn ? (
          <>
            <Badge tone="neutral">Retired</Badge>
            <div className="table__secondary">since {formatDay(row.retiredOn)}</div>
          </>
        ) : row.activeVersion ? (
          <>
            <span className="table__primary">Version {row.activeVersion.number}</span>
            <div className="table__secondary">
              <span className="visually-hidden">in force since </span>
              {formatDay(row.activeVersion.effectiveOn)}
            </div>
          </>
        ) : (
          <span className="table__secondary">None yet</span>
        )}
        {row.openVersion && (
          <div>
            <Badge tone={versionStateTone[row.openVersion.state]}>
              v{row.openVersion.number} {versionStateLabel(row.openVersion.state).toLowerCase()}
            </Badge>
          </div>
        )}
      </td>
      <td>
        <Badge tone={review.tone}>{review.label}</Badge>
        {row.review.dueOn && (
          <div className="table__secondary library__review-when">
            {formatDay(row.review.dueOn)}
            {review.distance && <div className="library__review-distance" data-state={row.review.state}>{review.distance}</div>}
          </div>
        )}
      </td>
      <td className={['tabular library__compliance', complete ? 'library__complete' : '', row.attestation.assigned === 0 ? 'table__secondary' : ''].join(' ')}>
        {compliance}
        {row.attestation.assigned > 0 && (
          <span className="library__meter" aria-hidden="true">
            <span style={{ width: `${(row.attestation.attested / row.attestation.assigned) * 100}%` }} />
          </span>
        )}
      </td>
    </tr>
  );
}
