import { describe, expect, it } from 'vitest';
import { daysOff, easterSunday, isWorkingDay, workingDaysLeft } from './working-days';

describe('Easter and the holidays that follow it', () => {
  it('finds Easter Sunday for known years', () => {
    expect(easterSunday(2018)).toBe('2018-04-01');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('lists the Danish holidays of 2025 by date', () => {
    const d = daysOff(2025);
    expect(d.get('2025-04-17')).toBe('skærtorsdag');
    expect(d.get('2025-04-18')).toBe('langfredag');
    expect(d.get('2025-04-21')).toBe('2. påskedag');
    expect(d.get('2025-05-29')).toBe('Kristi himmelfartsdag');
    expect(d.get('2025-06-09')).toBe('2. pinsedag');
    expect(d.get('2025-06-05')).toBe('grundlovsdag');
  });

  it('lists the holidays of 2026', () => {
    const d = daysOff(2026);
    expect(d.get('2026-04-02')).toBe('skærtorsdag');
    expect(d.get('2026-04-03')).toBe('langfredag');
    expect(d.get('2026-04-06')).toBe('2. påskedag');
    expect(d.get('2026-05-14')).toBe('Kristi himmelfartsdag');
    expect(d.get('2026-05-25')).toBe('2. pinsedag');
  });

  it('keeps store bededag until 2023 and not from 2024', () => {
    expect(daysOff(2023).get('2023-05-05')).toBe('store bededag');
    expect(isWorkingDay('2023-05-05')).toBe(false);
    expect([...daysOff(2024).values()]).not.toContain('store bededag');
    expect(isWorkingDay('2024-04-26')).toBe(true);
  });
});

describe('working days', () => {
  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-11-25')).toBe(true); // a Wednesday
    expect(isWorkingDay('2026-11-28')).toBe(false); // a Saturday
    expect(isWorkingDay('2026-04-06')).toBe(false); // 2. påskedag
  });

  it('treats grundlovsdag, 24 and 31 December as days off unless the setting says not', () => {
    expect(isWorkingDay('2025-06-05')).toBe(false);
    expect(isWorkingDay('2025-12-24')).toBe(false);
    expect(isWorkingDay('2025-12-31')).toBe(false);
    const none = { grundlovsdag: false, juleaftensdag: false, nytaarsaftensdag: false };
    expect(isWorkingDay('2025-06-05', none)).toBe(true);
    expect(isWorkingDay('2025-12-24', none)).toBe(true);
  });

  it('counts the working days left to a deadline across Easter', () => {
    // Mon 30 March 2026 → Fri 10 April 2026: 31 Mar, 1 Apr, 7, 8, 9, 10 Apr (2-6 April are Easter days).
    expect(workingDaysLeft('2026-03-30', '2026-04-10')).toBe(6);
    expect(workingDaysLeft('2026-11-25', '2026-11-25')).toBe(0);
    expect(workingDaysLeft('2026-11-25', '2026-11-27')).toBe(2);
    // Overdue: the deadline passed two working days ago.
    expect(workingDaysLeft('2026-11-27', '2026-11-25')).toBe(-2);
    // Christmas 2026: 23 Dec (Wed) → 4 Jan (Mon): 28, 29, 30 Dec and 4 Jan.
    expect(workingDaysLeft('2026-12-23', '2027-01-04')).toBe(4);
  });

  it('counts across Kristi himmelfartsdag, 2. pinsedag and the end of store bededag', () => {
    // Wed 13 May 2026 → Mon 18 May 2026: Thursday 14 May is Kristi himmelfartsdag; Friday 15 May and Monday count.
    expect(workingDaysLeft('2026-05-13', '2026-05-18')).toBe(2);
    // Fri 6 June 2025 → Tue 10 June 2025: Monday 9 June is 2. pinsedag.
    expect(workingDaysLeft('2025-06-06', '2025-06-10')).toBe(1);
    // Thu 4 May 2023 → Mon 8 May 2023: Friday 5 May was store bededag; Thu 25 April 2024 → Mon 29 April 2024: not.
    expect(workingDaysLeft('2023-05-04', '2023-05-08')).toBe(1);
    expect(workingDaysLeft('2024-04-25', '2024-04-29')).toBe(2);
    // Easter 2025: Wed 16 April → Tue 22 April: 17, 18 and 21 April are holidays.
    expect(workingDaysLeft('2025-04-16', '2025-04-22')).toBe(1);
  });
});
