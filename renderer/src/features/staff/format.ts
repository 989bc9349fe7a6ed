// Dates and counts as the staff screens show them: dates in the user's locale, as every screen shows them.
export { formatDay, formatInstant } from '../../ui/dates';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
