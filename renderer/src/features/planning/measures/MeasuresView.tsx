// Every measure, by name, with its goal and how it is counted; each opens its page.
import { useEffect } from 'react';
import { Button, PageHeader, Table } from '../../../ui';
import { hashForMeasure } from '../planning-view';
import { useMeasuresStore } from './store';

const typeLabels = { proportion: 'Proportion', rate: 'Rate', count: 'Count', continuous: 'Continuous' } as const;

export function MeasuresView() {
  const measures = useMeasuresStore((s) => s.measures);
  const load = useMeasuresStore((s) => s.loadMeasures);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <section className="planning-page">
      <PageHeader
        title="Measures"
        description="What each measure counts, how often and which way is better. Open one to enter its values and read its charts."
        actions={<Button variant="primary" onClick={() => (window.location.hash = hashForMeasure(null))}>New measure</Button>}
      />
      {measures.length === 0 ? (
        <p className="empty-note">No measures yet.</p>
      ) : (
        <Table label="Measures">
          <thead>
            <tr><th scope="col">Measure</th><th scope="col">Goal</th><th scope="col">Type</th><th scope="col">Frequency</th><th scope="col">Owner</th></tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id}>
                <td><a href={hashForMeasure(m.id)}>{m.name}</a></td>
                <td>{m.goalTitle ?? <span className="muted">No goal</span>}</td>
                <td>{typeLabels[m.type]}</td>
                <td>{m.frequency[0]!.toUpperCase() + m.frequency.slice(1)}</td>
                <td>{m.ownerName ?? <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
