// An iCalendar file read the way a strict importer reads it: parsed by ical.js, every line as ical.js would write it
// back (a value it had to repair, such as "P1DT", does not survive), durations by the RFC 5545 grammar, and the
// properties each component must carry.
import ICAL from 'ical.js';

/** RFC 5545 §3.3.6 dur-value: "P" then weeks, or days with an optional time, or a time with at least one part. */
const durationGrammar = /^[+-]?P(?:\d+W|\d+D(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))$/;

const required: Record<string, string[]> = {
  vcalendar: ['prodid', 'version'],
  vevent: ['uid', 'dtstamp', 'dtstart'],
  valarm: ['action', 'trigger', 'description'],
};

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);

export function strictlyParsedCalendar(text: string): ICAL.Component {
  if (/(?<!\r)\n/.test(text)) throw new Error('Lines must end in CRLF (RFC 5545 §3.1)');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const written = unfold(calendar.toString());
  const given = unfold(text);
  given.forEach((line, i) => {
    if (line !== written[i]) throw new Error(`Line ${i + 1} is not what a strict reader reads: "${line}" (read as "${written[i]}")`);
  });
  if (written.length !== given.length) throw new Error(`The file has ${given.length} lines; a strict reader reads ${written.length}`);
  const check = (component: ICAL.Component) => {
    for (const name of required[component.name] ?? []) {
      if (!component.hasProperty(name)) throw new Error(`${component.name.toUpperCase()} has no ${name.toUpperCase()}`);
    }
    for (const line of given.filter((l) => /^(DURATION|TRIGGER)[:;]/.test(l))) {
      const value = line.slice(line.indexOf(':') + 1);
      if (!line.includes('VALUE=DATE-TIME') && !durationGrammar.test(value)) throw new Error(`"${line}" is not an RFC 5545 duration`);
    }
    component.getAllSubcomponents().forEach(check);
  };
  check(calendar);
  return calendar;
}
