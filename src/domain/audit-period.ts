/**
 * Bounds of an audit period. A plain date (`YYYY-MM-DD`) means that day in Copenhagen; a date-time with a zone
 * (`2026-03-01T14:05:00Z`, `…+01:00`) means that instant, to the precision given. Both bounds are inclusive.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

// The formatters are made on first use: the first DateTimeFormat a browser page makes costs 30-60 ms (the time zone
// data is loaded then), and a page that never formats an audit time should not pay it while it starts.
let parts: Intl.DateTimeFormat | undefined;
let local: Intl.DateTimeFormat | undefined;

/** How far Copenhagen's wall clock is ahead of UTC at instant `t` (ms). */
function copenhagenOffset(t: number): number {
  parts ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Copenhagen',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const p = Object.fromEntries(parts.formatToParts(new Date(t)).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(t / 1000) * 1000;
}

/** The instant a Copenhagen calendar day starts (midnight is never inside a daylight-saving jump there). */
function copenhagenDayStart(y: number, m: number, d: number): number {
  const wall = Date.UTC(y, m - 1, d);
  const guess = wall - copenhagenOffset(wall);
  return wall - copenhagenOffset(guess);
}

/** The first and last millisecond a bound covers, or null when it is not a valid date or date-time. */
export function periodBound(value: string): { first: number; last: number } | null {
  const date = DATE.exec(value);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const check = new Date(Date.UTC(y, m - 1, d));
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
      return null;
    return { first: copenhagenDayStart(y, m, d), last: copenhagenDayStart(y, m, d + 1) - 1 };
  }
  const dt = DATE_TIME.exec(value);
  if (!dt) return null;
  const first = Date.parse(value);
  if (Number.isNaN(first)) return null;
  // "14:05" covers the minute, "14:05:03" the second, "14:05:03.250" the millisecond.
  const span = dt[1] === undefined ? 60_000 : dt[2] === undefined ? 1000 : 1;
  return { first, last: first + span - 1 };
}

/** An instant as stored in the audit log (`Date#toISOString`), so bounds compare as text on both dialects. */
export function storedInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** A stored instant as Copenhagen wall-clock time, `YYYY-MM-DD HH:MM:SS` (what Excel reads as a date-time). */
export function copenhagenTime(iso: string): string {
  local ??= new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    dateStyle: 'short',
    timeStyle: 'medium',
  });
  return local.format(new Date(iso));
}
