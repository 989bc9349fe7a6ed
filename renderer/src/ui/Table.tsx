// Table pieces: the wrapper and a sortable column header that announces its direction.
import type { ReactNode } from 'react';
import { SortAscendingIcon, SortDescendingIcon, SortNeutralIcon } from './icons';
import './Table.css';

export function Table({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="table-wrap">
      <table className="table" aria-label={label}>{children}</table>
    </div>
  );
}

export type SortDirection = 'asc' | 'desc';

export interface SortableHeaderProps {
  label: string;
  /** The direction when this column is the sort, otherwise null. */
  direction: SortDirection | null;
  onSort: () => void;
  width?: string;
}

export function SortableHeader({ label, direction, onSort, width }: SortableHeaderProps) {
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
  const Icon = direction === 'asc' ? SortAscendingIcon : direction === 'desc' ? SortDescendingIcon : SortNeutralIcon;
  return (
    <th scope="col" aria-sort={ariaSort} style={width ? { width } : undefined}>
      <button type="button" className="table__sort" data-active={direction !== null} onClick={onSort}>
        {label}
        <Icon />
      </button>
    </th>
  );
}
