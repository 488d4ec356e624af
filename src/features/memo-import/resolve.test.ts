import { describe, expect, it } from 'vitest';
import { Problem } from '../../domain/problem';
import type { MemoProposal } from '../../schemas/memo-import';
import { PlanDocument } from '../../schemas/plan-document';
import { parseAssignment, resolveField } from './resolve';

const proposal: MemoProposal = {
  document: PlanDocument.parse({
    targetGroups: ['støttekontaktpersoner'],
    plan: { slug: 'p', title: 'Plan', theme: 'tema', periodFrom: '2018-01-01', periodTo: '2018-12-31' },
    initiatives: [
      {
        number: 1,
        title: 'Opfølgning',
        targets: [
          {
            metricKind: 'share',
            value: 80,
            unitLabel: 'pct.',
            dueDate: '2018-12-31',
            targetGroups: ['støttekontaktpersoner'],
          },
        ],
      },
    ],
  }),
  review: [
    { path: 'initiatives.0.targets.0.population', message: 'Angiv populationen.', blocking: true },
    { path: 'plan.periodTo', message: 'Fristen er antaget.', blocking: false },
  ],
};

describe('resolving a review mark by hand', () => {
  it('reads path=value, the value as JSON where it is JSON', () => {
    expect(parseAssignment('initiatives.0.targets.0.population=36')).toEqual({
      path: 'initiatives.0.targets.0.population',
      value: 36,
    });
    expect(parseAssignment('plan.slug=kk-plan')).toEqual({ path: 'plan.slug', value: 'kk-plan' });
    expect(() => parseAssignment('population')).toThrow(Problem);
  });

  it('sets the field and removes only the marks on it', () => {
    const r = resolveField(proposal, 'initiatives.0.targets.0.population', 36);
    expect(r.document.initiatives[0].targets[0].population).toBe(36);
    expect(r.review.map((m) => m.path)).toEqual(['plan.periodTo']);
    expect(proposal.document.initiatives[0].targets[0].population).toBeNull();
  });

  it('refuses a field that does not exist and a value that does not fit', () => {
    const danish = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return (e as Problem).da;
      }
      return 'no error';
    };
    expect(danish(() => resolveField(proposal, 'initiatives.0.targets.3.population', 36))).toBe(
      'Feltet initiatives.0.targets.3.population findes ikke i forslaget.',
    );
    expect(danish(() => resolveField(proposal, 'initiatives.0.targets.0.population', 'mange'))).toBe(
      'Værdien passer ikke til feltet initiatives.0.targets.0.population.',
    );
  });
});
