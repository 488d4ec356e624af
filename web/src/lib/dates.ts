/** The day of March or October on which the month's last Sunday falls, in year `y` (UTC calendar). */
function lastSunday(y: number, month: number): number {
  const last = new Date(Date.UTC(y, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * Copenhagen's offset from UTC at instant `t` (ms): one hour, two in summer time, which in the EU runs from 01:00 UTC
 * on the last Sunday of March to 01:00 UTC on the last Sunday of October (rule in force since 1996). Computed rather
 * than asked of Intl: the first DateTimeFormat a page makes costs 30-60 ms, which every page would pay at start.
 */
function copenhagenOffsetMs(t: number): number {
  const y = new Date(t).getUTCFullYear();
  const start = Date.UTC(y, 2, lastSunday(y, 2), 1);
  const end = Date.UTC(y, 9, lastSunday(y, 9), 1);
  return (t >= start && t < end ? 2 : 1) * 3_600_000;
}

/** The date in Copenhagen at instant `t` as YYYY-MM-DD. */
export function copenhagenDate(t: number): string {
  return new Date(t + copenhagenOffsetMs(t)).toISOString().slice(0, 10);
}

/** Today's date in Copenhagen as YYYY-MM-DD (the server's default as-of date). */
export const todayIso = (): string => copenhagenDate(Date.now());

/** Whether a string is a YYYY-MM-DD date. */
export const isIsoDate = (s: string | null | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** The as-of date a page's URL asks for (`?dato=`), or today. */
export const asOfIn = (params: URLSearchParams): string => {
  const d = params.get('dato');
  return isIsoDate(d) ? d : todayIso();
};
