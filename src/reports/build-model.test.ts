/** The memo model's rules of issue 10 on a hand-made snapshot: funding sources alike, overdue plans apart. */
import { describe, expect, it } from 'vitest';
import type { Funding } from '../domain/types';
import { buildMemoModel } from './build-model';
import { syntheticSnapshot } from './render/fixture';

const money = (source: string): Funding => ({
  kind: 'money',
  amount: 200_000,
  amountBasis: 'total',
  staffYears: null,
  yearFrom: 2019,
  yearTo: 2020,
  source,
  fundedUntil: null,
});

describe('the memo model', () => {
  const snap = syntheticSnapshot(1);
  const plan = snap.plan.title;
  it('renders a funding source the same way for a recommendation and an other initiative', () => {
    const s = structuredClone(snap);
    s.initiatives[0].fundings = [money('Satspulje'), money(plan)];
    s.others[0].fundings = [money('Satspulje'), money(plan)];
    const m = buildMemoModel(s, { draft: false, variant: 'working' });
    const sentence =
      '0,2\u00a0mio.\u00a0kr. i alt i 2019-20 (Satspulje) og 0,2\u00a0mio.\u00a0kr. i alt i 2019-20.';
    expect(m.initiatives[0].fields.find((f) => f.label === 'Midler afsat')?.text).toBe(sentence);
    // An other initiative's text states its funding; the working version shows the registered rows beside it.
    expect(m.others?.items[0].working).toEqual([`Registreret finansiering: ${sentence}`]);
  });
  it('lists an overdue planned activity as overdue, never under the lead-in', () => {
    const s = structuredClone(snap);
    const late = { title: 'Forløb om social kontrol', kind: 'forløb', from: '2018-04-01', to: '2018-05-31' };
    s.initiatives[0].planned = [...s.initiatives[0].planned, late];
    const m = buildMemoModel(s, { draft: false, variant: 'working' }).initiatives[0];
    expect(m.activities).not.toContain(late.title);
    expect(m.working).toContain(
      'Overskredet: "Forløb om social kontrol" skulle være afsluttet april-maj 2018, men står stadig som planlagt (tæller ikke med i prognosen og nævnes ikke i notatet).',
    );
    const committee = buildMemoModel(s, { draft: false }).initiatives[0];
    expect(committee.working).toEqual([]);
    expect(committee.activities).toEqual(m.activities);
    expect(m.activitiesLead).toBe(
      'Samlet mål forventes opfyldt gennem følgende aktiviteter i efteråret 2018:',
    );
  });
});
