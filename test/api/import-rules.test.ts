/** The plan-document loader applies the API's rules and limits, with the same messages, and loads nothing on error. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { systemContext } from '../../src/auth/context';
import { seedPlan } from '../../src/demo/seed-plan';
import { Problem } from '../../src/domain/problem';
import { loadPlanDocument } from '../../src/features/import/loader';
import type { PlanDocumentInput } from '../../src/schemas/plan-document';
import { call, startTestApp, type TestApp } from '../api';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** The demo plan with one change to its first initiative. */
function withFirst(
  change: (i: NonNullable<PlanDocumentInput['initiatives']>[number]) => void,
  slug: string,
): PlanDocumentInput {
  const doc = structuredClone(seedPlan);
  doc.plan.slug = slug;
  doc.rounds = [];
  change(doc.initiatives![0]);
  return doc;
}

async function loadError(doc: PlanDocumentInput): Promise<Problem> {
  try {
    await loadPlanDocument(t.database.db, systemContext('test'), doc);
  } catch (e) {
    return e as Problem;
  }
  throw new Error('the document was loaded');
}

describe('loading a plan document', () => {
  it('refuses a share target without a population with the API message and the path', async () => {
    const e = await loadError(
      withFirst((i) => {
        i.targets![0] = { ...i.targets![0], metricKind: 'share', value: 80, population: null };
      }, 'regel-andel'),
    );
    expect(e).toBeInstanceOf(Problem);
    expect(e.status).toBe(422);
    expect(e.field).toBe('initiatives.0.targets.0.population');
    expect(e.da).toContain('Et andelsmål (share) kræver en registreret population');
  });

  it('refuses funding years out of order and dates out of order', async () => {
    const f = await loadError(
      withFirst((i) => {
        i.funding![0] = { ...i.funding![0], yearFrom: 2019, yearTo: 2017 };
      }, 'regel-midler'),
    );
    expect(f.field).toBe('initiatives.0.funding.0.yearTo');
    const a = await loadError(
      withFirst((i) => {
        i.activities![0] = { ...i.activities![0], dateFrom: '2018-05-02', dateTo: '2018-05-01' };
      }, 'regel-dato'),
    );
    expect(a.field).toBe('initiatives.0.activities.0.dateTo');
  });

  it('applies the API limits: a reach above 10 million is refused', async () => {
    const doc = withFirst((i) => {
      i.activities![0] = { ...i.activities![0], reach: { 'børn og unge': 20_000_000 } };
    }, 'regel-graense');
    const e = await loadError(doc);
    // Refused by the schema (the API's count limit), before any name is looked up.
    expect(e).toBeInstanceOf(ZodError);
    expect(JSON.stringify((e as unknown as ZodError).issues[0].path)).toContain('reach');
  });

  it('leaves nothing behind after a refused document', async () => {
    const res = await call(t.app, 'GET', '/api/v1/plans?pageSize=500');
    const slugs = res.json<{ items: { slug: string }[] }>().items.map((p) => p.slug);
    expect(slugs.filter((s) => s.startsWith('regel-'))).toEqual([]);
  });

  describe('tokens in a plan document', () => {
    it("refuses an unknown token in an initiative's purpose and a target a status text's initiative lacks", async () => {
      const e = await loadError(
        withFirst((i) => {
          i.purpose = 'Nå {{mange}} unge.';
        }, 'regel-token'),
      );
      expect(e.status).toBe(422);
      expect(e.field).toBe('initiatives.0.purpose');
      expect(e.da).toContain('Ukendt henvisning {{mange}}');
      const doc = structuredClone(seedPlan);
      doc.plan.slug = 'regel-token-runde';
      doc.rounds = [
        {
          title: 'Runde',
          asOf: '2018-09-01',
          state: 'open',
          updates: [
            {
              initiative: 1,
              text: 'Nået {{faktisk}} og {{mål2.faktisk}}.',
              state: 'draft',
              author: 'a@b.dk',
            },
          ],
        },
      ];
      const r = await loadError(doc);
      expect(r.field).toBe('rounds.0.updates.0.text');
      expect(r.da).toBe('{{mål2.faktisk}} henviser til mål 2, men indsatsen har kun ét mål.');
    });
  });
});
