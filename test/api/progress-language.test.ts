/** The progress view's status labels and reasons follow Accept-Language; the cache keeps the languages apart. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../api';
import { callEn, getJson } from './helpers';
import { buildPlan, target, type ProgressBody, type World } from './progress-world';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildPlan(t.app);
});
afterAll(() => t.close());

const url = () => `/api/v1/plans/${w.plan.slug}/progress?asOf=2018-06-01`;
const english = async (u: string): Promise<ProgressBody> => {
  const res = await callEn(t.app, 'GET', u);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ProgressBody>();
};

describe('progress in the language asked for', () => {
  it('answers in Danish by default and in English when asked, both from one warm cache', async () => {
    for (let round = 0; round < 2; round++) {
      const da = await getJson<ProgressBody>(t.app, url());
      const en = await english(url());
      const { reach, count, manual, share } = w.targets;
      expect(target(da, reach.id)).toMatchObject({
        statusLabel: 'Forventes opfyldt',
        reason:
          '40\u00a0børn og unge nu; med planlagte aktiviteter forventes 110\u00a0børn og unge inden 31. december 2018 mod målet mindst 100\u00a0børn og unge.',
      });
      expect(target(en, reach.id)).toMatchObject({
        status: 'on_track',
        statusLabel: 'On track',
        reason:
          '40 børn og unge now; with planned activities 110 børn og unge is expected by 31 December 2018 against the target of at least 100 børn og unge.',
      });
      expect(target(en, count.id).statusLabel).toBe('On track');
      expect(target(en, manual.id)).toMatchObject({
        statusLabel: 'Met',
        reason: 'Met: 85 pct. against the target of at least 80 pct.',
      });
      expect(target(en, share.id)).toMatchObject({
        statusLabel: 'At risk of not being met',
        reason:
          '30% now, and no planned activities with an expected effect by 31 December 2018 against the target of at least 50%.',
      });
      expect(en.initiatives[0].statusLabel).toBe('On track');
      expect(da.initiatives[0].statusLabel).toBe('Forventes opfyldt');
    }
  });

  it('says a passed due date in English', async () => {
    const en = await english('/api/v1/progress?asOf=2019-06-01');
    const reach = target(en, w.targets.reach.id);
    expect(reach.statusLabel).toBe('Not met');
    expect(reach.reason).toBe(
      'The due date 31 December 2018 has passed, and 40 børn og unge does not meet the target of at least 100 børn og unge.',
    );
  });
});
