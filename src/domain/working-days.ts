/**
 * Danish working days: weekdays that are not public holidays ("helligdage") and not the customary days off.
 * Computed for any year (Easter by the Gregorian computus), so no list of years is kept. Store bededag was a
 * public holiday until 2023 and is not from 2024. Grundlovsdag, juleaftensdag and nytårsaftensdag are not public
 * holidays but are days off at most municipal workplaces; they count as days off unless the setting says not.
 */
import type { IsoDate } from './types';

/** Which customary days off count as non-working days (all by default). */
export interface DaysOffSetting {
  grundlovsdag: boolean;
  juleaftensdag: boolean;
  nytaarsaftensdag: boolean;
}

/** Grundlovsdag, 24 and 31 December are days off by default. */
export const DEFAULT_DAYS_OFF: DaysOffSetting = {
  grundlovsdag: true,
  juleaftensdag: true,
  nytaarsaftensdag: true,
};

const DAY_MS = 86_400_000;
const toUtc = (iso: IsoDate): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);
const ymd = (y: number, m: number, d: number): IsoDate => fromUtc(Date.UTC(y, m - 1, d));

/** Easter Sunday of a year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** The year's holidays and days off, by date, with their Danish names. */
export function daysOff(year: number, setting: DaysOffSetting = DEFAULT_DAYS_OFF): Map<IsoDate, string> {
  const easter = toUtc(easterSunday(year));
  const fromEaster = (n: number): IsoDate => fromUtc(easter + n * DAY_MS);
  const days: [IsoDate, string][] = [
    [ymd(year, 1, 1), 'nytårsdag'],
    [fromEaster(-3), 'skærtorsdag'],
    [fromEaster(-2), 'langfredag'],
    [fromEaster(0), 'påskedag'],
    [fromEaster(1), '2. påskedag'],
    [fromEaster(39), 'Kristi himmelfartsdag'],
    [fromEaster(49), 'pinsedag'],
    [fromEaster(50), '2. pinsedag'],
    [ymd(year, 12, 25), 'juledag'],
    [ymd(year, 12, 26), '2. juledag'],
  ];
  if (year <= 2023) days.push([fromEaster(26), 'store bededag']);
  if (setting.grundlovsdag) days.push([ymd(year, 6, 5), 'grundlovsdag']);
  if (setting.juleaftensdag) days.push([ymd(year, 12, 24), 'juleaftensdag']);
  if (setting.nytaarsaftensdag) days.push([ymd(year, 12, 31), 'nytårsaftensdag']);
  return new Map(days);
}

/** Whether a date is a working day: Monday to Friday and not a holiday or day off. */
export function isWorkingDay(date: IsoDate, setting: DaysOffSetting = DEFAULT_DAYS_OFF): boolean {
  const weekday = new Date(toUtc(date)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !daysOff(+date.slice(0, 4), setting).has(date);
}

/**
 * Working days left from `today` to `deadline`: the working days after today up to and including the deadline
 * (0 on the deadline itself, negative when it has passed: the working days it is overdue).
 */
export function workingDaysLeft(
  today: IsoDate,
  deadline: IsoDate,
  setting: DaysOffSetting = DEFAULT_DAYS_OFF,
): number {
  const [from, to, sign] = today <= deadline ? [today, deadline, 1] : [deadline, today, -1];
  let n = 0;
  for (let t = toUtc(from) + DAY_MS; t <= toUtc(to); t += DAY_MS) if (isWorkingDay(fromUtc(t), setting)) n++;
  return sign * n;
}
