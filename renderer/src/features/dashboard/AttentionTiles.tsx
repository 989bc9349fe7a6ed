// The tiles of "what needs you": each a figure, its state in words, and a link to the list behind it.
import { Badge } from '../../ui';
import { attentionTiles } from './attention-tiles';
import type { Attention } from './store';

export function AttentionTiles({ attention }: { attention: Attention }) {
  return (
    <ul className="attention" aria-label="Needs attention">
      {attentionTiles(attention).map((tile) => {
        const body = (
          <>
            <span className="attention__title">{tile.title}</span>
            <span className="attention__figure tabular">{tile.figure.toLocaleString('en-US')}</span>
            <Badge tone={tile.tone}>{tile.state}</Badge>
            <span className="attention__detail">{tile.detail}</span>
          </>
        );
        return (
          <li key={tile.key} className={`attention__tile attention__tile--${tile.tone}`} data-testid={`attention-${tile.key}`}>
            <a className="attention__body" href={tile.href}>{body}</a>
          </li>
        );
      })}
    </ul>
  );
}
