// The printed redline keeps a policy's structure: Markdown tables print as tables with changes marked in their cells,
// bullets as bullets, and no table rule or pipe is left on the page.
import { describe, expect, it } from 'vitest';
import { redline } from '../../../shared/domain/redline';
import { redlineBodyHtml } from '../../../electron/core/print/packet/redline-html';

const before = `## Responsibilities

| Role | Responsibility |
|---|---|
| Department chair | Makes sure the department follows the policy |
| Every member of staff | Reads and signs the policy |

- MS.06.01.03`;

const after = `## Responsibilities

| Role | Responsibility |
|---|---|
| Department chair | Makes sure the department follows the policy and reports quarterly |
| Every member of staff | Reads and signs the policy |

- MS.06.01.03
- MS.06.01.05`;

describe('the printed redline', () => {
  const html = redlineBodyHtml(redline(before, after).segments, 3, 4);

  it('prints a Markdown table as a table, header first, with the inserted words inside their cell', () => {
    expect(html).toContain('<table class="redline-table">');
    expect(html).toContain('<tr><th>Role</th><th>Responsibility</th></tr>');
    expect(html).toMatch(/<td>Makes sure the department follows the policy ?<ins class="added"> ?and reports quarterly ?<\/ins><\/td>/);
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).not.toMatch(/\|/);
    expect(html).not.toContain('---');
  });

  it('prints bullets as bullets, an added one marked as added', () => {
    expect(html).toContain('<p class="line">• MS.06.01.03</p>');
    expect(html).toMatch(/<ins class="added">• MS\.06\.01\.05<\/ins>|• <ins class="added">MS\.06\.01\.05<\/ins>/);
  });
});

describe('the printed redline’s inline Markdown', () => {
  const html = redlineBodyHtml(redline('Reappoint every **12 months**; see [the bylaws](https://example.org/bylaws).', 'Reappoint every **24 months**; see [the bylaws](https://example.org/bylaws).').segments, 1, 2);

  it('prints bold as bold, the change inside it, with no asterisks or brackets left on the page', () => {
    expect(html).toContain('<del class="removed"><strong>12</strong></del>');
    expect(html).toContain('<ins class="added"><strong>24</strong></ins>');
    expect(html).toContain('<strong> months</strong>');
    expect(html).not.toContain('**');
    expect(html).toContain('<a href="https://example.org/bylaws">the bylaws</a>');
    expect(html).not.toContain('](');
  });
});
