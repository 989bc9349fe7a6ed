// The design system's components, imported by features from one place.
import './tokens.css';
import './base.css';

export { Badge, type BadgeTone } from './Badge';
export { Button } from './Button';
export { Card } from './Card';
export { Chart } from './Chart';
export { ChangeList, describeChange, groupByEdit, type RecordedChange } from './ChangeList';
export { PageHeader } from './PageHeader';
export { EmptyState, type PlannedCapability } from './EmptyState';
export { SelectField, type SelectOption } from './SelectField';
export { SortableHeader, Table, type SortDirection } from './Table';
export { TextField } from './TextField';
export { TextAreaField } from './TextAreaField';
export { CheckboxField } from './CheckboxField';
export { Tabs, type TabItem } from './Tabs';
export { SubNav, type SubNavLink } from './SubNav';
export { ToastViewport } from './Toast';
export { toastError, toastSuccess } from './toast-store';
export * from './icons';
export { formatDay, formatDayOf, formatFullDay, formatInstant } from './dates';
export { formatSize } from './sizes';
