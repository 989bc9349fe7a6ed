// Dates as a director reads them: "12 Mar 2027". ISO calendar days are parsed as local days, never shifted by a time zone.
import { format, parseISO } from 'date-fns';

export function formatDay(isoDate: string | null | undefined): string {
  return isoDate ? format(parseISO(isoDate), 'd MMM yyyy') : '—';
}

export function formatInstant(isoDateTime: string): string {
  return format(new Date(isoDateTime), 'd MMM yyyy, HH:mm');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
