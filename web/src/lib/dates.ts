let copenhagen: Intl.DateTimeFormat | undefined;

/** Today's date in Copenhagen as YYYY-MM-DD (the server's default as-of date). */
export function todayIso(): string {
  // Building a DateTimeFormat costs far more than formatting with one: make it once.
  copenhagen ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = copenhagen.formatToParts(new Date());
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whether a string is a YYYY-MM-DD date. */
export const isIsoDate = (s: string | null | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** The as-of date a page's URL asks for (`?dato=`), or today. */
export const asOfIn = (params: URLSearchParams): string => {
  const d = params.get('dato');
  return isIsoDate(d) ? d : todayIso();
};
