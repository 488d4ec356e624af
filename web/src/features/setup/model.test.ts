import { describe, expect, it } from 'vitest';
import { fundingRules } from '../../../../src/domain/rules/funding';
import { targetRules } from '../../../../src/domain/rules/target';
import { FundingInput } from '../../../../src/schemas/funding';
import { TargetInput } from '../../../../src/schemas/targets';
import { fundingSentence } from '../plans/funding';
import { maySetUpInitiative, mayCreatePlan, maySetUpPlan } from './access';
import {
  emptyFunding,
  emptyInitiative,
  emptyTarget,
  fundingPreviewRow,
  metricFields,
  numberOrText,
  slugify,
  targetValuesOf,
  toFundingInput,
  toInitiativeInput,
  toTargetInput,
} from './model';
import { checkInput } from './validate';

describe('numbers as typed', () => {
  it('reads Danish numbers and keeps what is not one, so the check can name the field', () => {
    expect(numberOrText('2.000')).toBe(2000);
    expect(numberOrText('0,5')).toBe(0.5);
    expect(numberOrText(' 500000 ')).toBe(500000);
    expect(numberOrText('')).toBeNull();
    expect(numberOrText('tusind')).toBe('tusind');
  });
});

describe('slugify', () => {
  it('makes a URL name from a Danish title', () => {
    expect(slugify('Integrationshandleplan 2019-20')).toBe('integrationshandleplan-2019-20');
    expect(slugify('Plan for Nørrebro & Åbenrå: Æbler!')).toBe('plan-for-noerrebro-aabenraa-aebler');
    expect(slugify('  --  ')).toBe('');
  });
});

describe('initiatives', () => {
  it('proposes the next free number', () => {
    expect(emptyInitiative([{ number: 1 }, { number: 4 }, { number: null }]).number).toBe('5');
    expect(emptyInitiative([]).number).toBe('1');
  });

  it('sends a purpose for a recommendation and a running text for an other initiative', () => {
    const v = { ...emptyInitiative([]), title: ' Forældre ', purpose: 'Formål', description: 'Tekst' };
    expect(toInitiativeInput(3, v)).toMatchObject({
      planId: 3,
      number: 1,
      title: 'Forældre',
      purpose: 'Formål',
    });
    expect(toInitiativeInput(3, v).description).toBeNull();
    const other = toInitiativeInput(3, { ...v, kind: 'other', number: '' });
    expect(other).toMatchObject({ kind: 'other', number: null, purpose: null, description: 'Tekst' });
  });
});

describe('the guided target form', () => {
  it('asks each metric kind for its own fields', () => {
    expect(metricFields('reach')).toMatchObject({ targetGroups: true, venueKinds: false, population: false });
    expect(metricFields('venues')).toMatchObject({
      venueKinds: true,
      targetGroups: false,
      comparator: false,
    });
    expect(metricFields('share')).toMatchObject({
      population: true,
      targetGroups: true,
      activityKinds: false,
    });
    expect(metricFields('milestone')).toMatchObject({ value: false, measurements: true });
    expect(metricFields('manual')).toMatchObject({
      measurements: true,
      activityKinds: false,
      baseline: true,
    });
    expect(metricFields('count').measurements).toBe(false);
  });

  it('clears what the kind does not ask for, so a kind changed on an old target leaves nothing behind', () => {
    const stored = {
      ...emptyTarget('2020-12-31', 0),
      metricKind: 'venues' as const,
      comparator: '<=' as const,
      value: '5',
      venueKinds: ['friskole' as const],
      targetGroupIds: [2],
      population: '36',
      baseline: '9',
      baselineDate: '2019-01-01',
    };
    expect(toTargetInput(7, stored)).toMatchObject({
      metricKind: 'venues',
      comparator: '>=',
      value: 5,
      venueKinds: ['friskole'],
      targetGroupIds: [],
      population: null,
      baseline: null,
      baselineDate: null,
    });
    const share = toTargetInput(7, { ...stored, metricKind: 'share', value: '80' });
    expect(share).toMatchObject({ population: 36, targetGroupIds: [2], venueKinds: [] });
    expect(toTargetInput(7, { ...stored, metricKind: 'milestone', value: '' }).value).toBe(1);
  });

  it('reads a stored target back the way it was typed', () => {
    const v = targetValuesOf({
      initiativeId: 1,
      position: 2,
      metricKind: 'share',
      comparator: '>=',
      value: 83.5,
      unitLabel: 'støttekontaktpersoner',
      dueDate: '2020-12-31',
      baseline: null,
      baselineDate: null,
      sentence: '',
      targetGroupIds: [6],
      activityKinds: [],
      venueKinds: [],
      population: 36,
      id: 9,
      version: 4,
      createdAt: '',
      updatedAt: '',
    });
    expect(v).toMatchObject({ value: '83,5', population: '36', baseline: '', version: 4, position: 2 });
  });

  it('checks with the shared schema and the domain rules before sending, with the API messages', () => {
    const share = toTargetInput(1, { ...emptyTarget('2020-12-31', 0), metricKind: 'share', value: '120' });
    const e = checkInput(TargetInput, share, targetRules, 'da', 'Ret felterne');
    expect(e?.fieldErrors.population).toMatch(/kræver en registreret population/);
    const typo = toTargetInput(1, { ...emptyTarget('2020-12-31', 0), value: 'tusind' });
    expect(checkInput(TargetInput, typo, targetRules, 'da', '')?.fieldErrors.value).toBe('Skriv et tal.');
    expect(checkInput(TargetInput, typo, targetRules, 'en', '')?.fieldErrors.value).toBe('Enter a number.');
    const ok = toTargetInput(1, { ...emptyTarget('2020-12-31', 0), value: '2.000' });
    expect(checkInput(TargetInput, ok, targetRules, 'da', '')).toBeNull();
  });
});

describe('funding', () => {
  const plan = 'Integrationshandleplan 2019-20';
  // Figures are held to their units by non-breaking spaces; read as a person reads them.
  const sentence = (...rows: Parameters<typeof fundingSentence>[0]) =>
    fundingSentence(rows, plan).replace(/\u00a0/g, ' ');

  it('sends an amount only for money and nothing but the kind for the existing frame', () => {
    const v = { ...emptyFunding(0), amount: '500.000', staffYears: '2', yearFrom: '2019', yearTo: '2020' };
    expect(toFundingInput(4, v)).toMatchObject({
      amount: 500000,
      staffYears: null,
      yearFrom: 2019,
      yearTo: 2020,
    });
    const staff = toFundingInput(4, { ...v, kind: 'staff_years', staffYears: '3,5' });
    expect(staff).toMatchObject({ amount: null, staffYears: 3.5 });
    const frame = toFundingInput(4, { ...v, kind: 'existing_frame', source: 'Budget 2019' });
    expect(frame).toMatchObject({ amount: null, yearFrom: null, yearTo: null, source: null });
    expect(checkInput(FundingInput, frame, fundingRules, 'da', '')).toBeNull();
  });

  it('renders the sentence as typed, as the memo will print it', () => {
    const first = fundingPreviewRow({
      ...emptyFunding(0, plan),
      amount: '500.000',
      yearFrom: '2019',
      yearTo: '2020',
    });
    expect(sentence(first)).toBe('0,5 mio. kr. årligt i 2019-20.');
    const second = fundingPreviewRow({
      ...emptyFunding(1, 'Satspulje'),
      amount: '200000',
      amountBasis: 'total',
      yearFrom: '2019',
    });
    expect(sentence(first, second)).toBe(
      '0,5 mio. kr. årligt i 2019-20 og 0,2 mio. kr. i alt i 2019 (Satspulje).',
    );
    // Half-typed: what does not read as a number yet is left out rather than blanking the sentence.
    const typing = fundingPreviewRow({
      ...emptyFunding(0),
      amount: '500.000',
      yearFrom: '20',
      yearTo: '2020,5',
    });
    expect(sentence(typing)).toBe('0,5 mio. kr. årligt.');
    const onlyTo = fundingPreviewRow({
      ...emptyFunding(0),
      amount: '1.200.000',
      amountBasis: 'total',
      yearTo: '2026',
    });
    expect(sentence(onlyTo)).toBe('1,2 mio. kr. i alt i 2026.');
  });
});

describe('who is offered the set-up', () => {
  const me = (roles: { role: string; planId?: number; initiativeId?: number }[]) =>
    ({
      kind: 'user',
      id: 1,
      name: 'x',
      email: 'x@kk.dk',
      csrfToken: 't',
      roles: roles.map((r) => ({ planId: null, initiativeId: null, ...r })),
    }) as unknown as Parameters<typeof mayCreatePlan>[0];

  it('offers a new plan to administrators and coordinators of any plan, not to owners, contributors or readers', () => {
    expect(mayCreatePlan(me([{ role: 'admin' }]))).toBe(true);
    expect(mayCreatePlan(me([{ role: 'coordinator', planId: 1 }]))).toBe(true);
    expect(
      mayCreatePlan(
        me([
          { role: 'owner', initiativeId: 5 },
          { role: 'contributor', initiativeId: 6 },
        ]),
      ),
    ).toBe(false);
    expect(mayCreatePlan(me([{ role: 'reader' }]))).toBe(false);
    expect(mayCreatePlan(me([]))).toBe(false);
  });

  it('offers a plan’s set-up to its coordinators, an initiative’s to owners only for measurements', () => {
    const coordinator = me([{ role: 'coordinator', planId: 1 }]);
    expect(maySetUpPlan(coordinator, 1)).toBe(true);
    expect(maySetUpPlan(coordinator, 2)).toBe(false);
    const owner = me([{ role: 'owner', initiativeId: 5 }]);
    expect(maySetUpPlan(owner, 1)).toBe(false);
    expect(maySetUpInitiative(owner, { planId: 1, initiativeId: 5 }, false)).toBe(false);
    expect(maySetUpInitiative(owner, { planId: 1, initiativeId: 5 }, true)).toBe(true);
    expect(maySetUpInitiative(owner, { planId: 1, initiativeId: 6 }, true)).toBe(false);
    expect(maySetUpInitiative(me([{ role: 'reader' }]), { planId: 1, initiativeId: 5 }, true)).toBe(false);
  });
});
