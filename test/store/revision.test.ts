/**
 * Two server processes on one database: a change written through one handle shows up in the other's cached
 * progress (SQLite: the same file; PostgreSQL: via NOTIFY), and at once in the writer's own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { resourceService } from '../../src/features/shared/service';
import { initiatives } from '../../src/features/initiatives/resource';
import { plans } from '../../src/features/plans/resource';
import { portfolioProgressJson } from '../../src/features/progress/service';
import { openDatabase, type Database } from '../../src/store/database';
import { freshDatabase } from '../db';

let a: Database;
let b: Database;
let dir: string | null = null;

beforeAll(async () => {
  if (process.env.TEST_PG_URL) {
    a = await freshDatabase();
    b = await openDatabase({ url: a.url });
  } else {
    dir = mkdtempSync(join(tmpdir(), 'indsats-rev-'));
    a = await openDatabase({ url: join(dir, 'shared.db') });
    b = await openDatabase({ url: join(dir, 'shared.db') });
  }
});
afterAll(async () => {
  await b.close();
  await a.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ctx = systemContext('test');
const planCount = async (d: Database) =>
  (
    JSON.parse((await portfolioProgressJson(d.db, ctx, '2018-09-01')).toString()) as {
      initiatives: unknown[];
    }
  ).initiatives.length;
const initiativeBody = (planId: number) => ({ planId, number: 1, title: 'Ny indsats' });

it('serves a change from another process once it has committed, and the writer’s own at once', async () => {
  expect(await planCount(a)).toBe(0);
  expect(await planCount(b)).toBe(0);
  const plan = await resourceService(plans).create(a.db, ctx, {
    slug: 'p',
    title: 'P',
    theme: 't',
    periodFrom: '2018-01-01',
    periodTo: '2018-12-31',
    unitId: null,
    organisation: null,
    area: null,
  });
  await resourceService(initiatives).create(
    a.db,
    ctx,
    initiatives.schemas.create.parse(initiativeBody(plan.id)),
  );
  expect(await planCount(a)).toBe(1);
  let seen = 0;
  for (let i = 0; i < 50 && seen === 0; i++) {
    seen = await planCount(b);
    if (seen === 0) await new Promise((r) => setTimeout(r, 20));
  }
  expect(seen).toBe(1);
});
