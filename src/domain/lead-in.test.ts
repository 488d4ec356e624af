import { describe, expect, it } from 'vitest';
import { DEFAULT_LEAD_IN, leadInKindFor, memoLeadIn, splitPlanned, type LeadInActivity } from './lead-in';

const autumn = (title: string): LeadInActivity => ({ title, from: '2018-09-01', to: '2018-11-30' });
const october = (title: string): LeadInActivity => ({ title, from: '2018-10-01', to: '2018-10-31' });

describe('the default lead-in follows the status the memo shows', () => {
  const upcoming = [autumn('Teaterforestillinger'), autumn('Ekstern evaluering')];
  it('met: "Samlet mål er opfyldt:"', () => {
    expect(memoLeadIn({ status: 'met', upcoming, choice: DEFAULT_LEAD_IN })).toEqual({
      text: 'Samlet mål er opfyldt:',
      bullets: ['Teaterforestillinger', 'Ekstern evaluering'],
    });
  });
  it('on track: "… forventes opfyldt gennem følgende aktiviteter i <periode>:"', () => {
    expect(memoLeadIn({ status: 'on_track', upcoming, choice: DEFAULT_LEAD_IN })?.text).toBe(
      'Samlet mål forventes opfyldt gennem følgende aktiviteter i efteråret 2018:',
    );
  });
  it('otherwise: "Følgende aktiviteter er planlagt i <periode>:"', () => {
    for (const status of ['at_risk', 'not_met', 'no_data'] as const) {
      expect(leadInKindFor(status)).toBe('planned');
      expect(memoLeadIn({ status, upcoming: [october('Kursus')], choice: DEFAULT_LEAD_IN })?.text).toBe(
        'Følgende aktiviteter er planlagt i oktober 2018:',
      );
    }
  });
  it('spans the period of all listed activities, and names a single day with "den"', () => {
    const mixed = [october('Kursus'), { title: 'Konference', from: '2018-12-03', to: '2018-12-03' }];
    expect(memoLeadIn({ status: 'at_risk', upcoming: mixed, choice: DEFAULT_LEAD_IN })?.text).toBe(
      'Følgende aktiviteter er planlagt i perioden 1. oktober-3. december 2018:',
    );
    const day = [{ title: 'Konference', from: '2018-12-03', to: '2018-12-03' }];
    expect(memoLeadIn({ status: 'at_risk', upcoming: day, choice: DEFAULT_LEAD_IN })?.text).toBe(
      'Følgende aktiviteter er planlagt den 3. december 2018:',
    );
  });
  it('prints nothing when there is nothing to list', () => {
    expect(memoLeadIn({ status: 'on_track', upcoming: [], choice: DEFAULT_LEAD_IN })).toBeNull();
  });
});

describe("the author's word is last", () => {
  it('another lead-in and free bullets before the planned activities (recommendation 5)', () => {
    const r = memoLeadIn({
      status: 'met',
      upcoming: [october('Der er planlagt endnu et efteruddannelsesforløb i oktober 2018')],
      choice: {
        kind: 'met',
        withPeriod: true,
        bullets: ['Måltallet, om at mindst 80 pct. af disse gennemgår efteruddannelsen, er indfriet'],
      },
    });
    expect(r).toEqual({
      text: 'Samlet mål er opfyldt:',
      bullets: [
        'Måltallet, om at mindst 80 pct. af disse gennemgår efteruddannelsen, er indfriet',
        'Der er planlagt endnu et efteruddannelsesforløb i oktober 2018',
      ],
    });
  });
  it('"forventes opfyldt" with no period although the target is met (recommendation 6)', () => {
    const r = memoLeadIn({
      status: 'met',
      upcoming: [autumn('Der forventes afholdt yderligere 4 møder')],
      choice: { kind: 'on_track', withPeriod: false, bullets: [] },
    });
    expect(r?.text).toBe('Samlet mål forventes opfyldt gennem følgende aktiviteter:');
  });
  it('leaves the period out of the rule’s own lead-in too', () => {
    const r = memoLeadIn({
      status: 'at_risk',
      upcoming: [autumn('Kursus')],
      choice: { kind: null, withPeriod: false, bullets: [] },
    });
    expect(r?.text).toBe('Følgende aktiviteter er planlagt:');
  });
  it('prints free bullets alone, without a period, and drops blank ones', () => {
    const r = memoLeadIn({
      status: 'on_track',
      upcoming: [],
      choice: { kind: null, withPeriod: true, bullets: ['  Fortsat sparring  ', ' '] },
    });
    expect(r).toEqual({
      text: 'Samlet mål forventes opfyldt gennem følgende aktiviteter:',
      bullets: ['Fortsat sparring'],
    });
  });
});

describe('planned activities by the as-of date and the due date', () => {
  const overdue = { title: 'Forår', from: '2018-03-01', to: '2018-05-31' };
  const upcoming = autumn('Efterår');
  const beyond = { title: 'Næste år', from: '2019-03-01', to: '2019-05-31' };
  it('lists only those ending between the as-of date and the due date; the overdue apart', () => {
    expect(splitPlanned([overdue, upcoming, beyond], '2018-09-01', '2018-12-31')).toEqual({
      upcoming: [upcoming],
      overdue: [overdue],
    });
  });
  it('without a due date, lists everything not yet overdue', () => {
    expect(splitPlanned([overdue, upcoming, beyond], '2018-09-01', null).upcoming).toEqual([
      upcoming,
      beyond,
    ]);
  });
});
