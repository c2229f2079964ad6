// iCalendar (RFC 5545) for the activities calendar: all-day events, so that a workshop from 3 to 5 March shows on
// those three days in any calendar program whatever its time zone. Written here rather than with a library: Accord
// needs only VEVENTs with all-day dates, which is escaping, folding and a dozen properties (the generators on npm
// bring time zones, recurrence and alarms that would all go unused).

export interface CalendarEvent {
  /** Stable across exports, so that a calendar re-importing the file updates the event instead of duplicating it. */
  uid: string;
  /** When this version of the event was written (DTSTAMP, LAST-MODIFIED). */
  stamp: Date;
  /** ISO dates, both inclusive (DTEND is written exclusive, the day after). */
  startDate: string;
  endDate: string;
  summary: string;
  description?: string;
  location?: string;
  categories?: string[];
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Lines longer than 75 octets are folded: CRLF and one space (§3.1). Folded between characters, never inside a
 * UTF-8 sequence (Arabic and Chinese titles take 2–3 octets a character).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // The first line holds 75 octets; continuation lines hold 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (iso: string) => iso.replace(/-/g, '');

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function toICalendar(calendar: { name: string; events: CalendarEvent[] }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Accord//Technical assistance activities//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  for (const e of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(e.stamp)}`,
      `LAST-MODIFIED:${utcStamp(e.stamp)}`,
      `DTSTART;VALUE=DATE:${basicDate(e.startDate)}`,
      `DTEND;VALUE=DATE:${basicDate(dayAfter(e.endDate))}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    if (e.status) lines.push(`STATUS:${e.status}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
