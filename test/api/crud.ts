/**
 * The behaviour every resource shares, as one contract run per resource: create, read, list with pagination,
 * update, delete, stale versions, unknown and malformed ids, malformed JSON, and the resource's own bad inputs —
 * each refused request leaving the data, the revision and the audit log unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app-types';
import { call, type TestApp } from '../api';
import {
  allPages,
  auditCount,
  callEn,
  callRaw,
  expectProblem,
  expectRefused,
  getJson,
  lastAudit,
  type Json,
  type Stored,
} from './helpers';

/** A request body that must be refused, and where. */
export interface BadInput {
  name: string;
  /** Build the bad body from a valid one (create) or send as the patch (update, version added). */
  change: (valid: Json) => Json;
  field: string;
  /** 422 unless given. */
  status?: number;
  /** A piece of the Danish message. */
  da?: string | RegExp;
}

/** How to exercise one resource. */
export interface CrudSpec {
  /** URL segment under /api/v1. */
  path: string;
  /** Entity type in the audit log. */
  entity: string;
  labelDa: string;
  labelEn: string;
  /** A valid, unique create body; may create the records it refers to. */
  body(app: App): Promise<Json>;
  /** A valid change (without version); every value must differ from the created record's. Called once per use. */
  patch(): Json;
  badCreate: BadInput[];
  badPatch: BadInput[];
}

const UNKNOWN = 999_999;

/** Register the shared tests of a resource in the calling file. */
export function crudContract(t: () => TestApp, spec: CrudSpec): void {
  const base = `/api/v1/${spec.path}`;
  const make = async (): Promise<Stored> => {
    const res = await call(t().app, 'POST', base, await spec.body(t().app));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Stored>();
  };

  describe(`${spec.path}: shared resource behaviour`, () => {
    it('creates (201) the record with its stored shape and one audit entry', async () => {
      const body = await spec.body(t().app);
      const before = await auditCount(t());
      const res = await call(t().app, 'POST', base, body);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const created = res.json<Stored>();
      expect(created).toMatchObject(body);
      expect(created.id).toBeGreaterThan(0);
      expect(created.version).toBe(1);
      expect(created.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d/);
      expect(created.updatedAt).toBe(created.createdAt);
      expect(await auditCount(t())).toBe(before + 1);
      const entry = await lastAudit(t());
      expect(entry).toMatchObject({
        action: 'create',
        entityType: spec.entity,
        entityId: created.id,
        actor: 'test@kk.dk',
      });
      expect(entry.before).toBeNull();
      expect(entry.after).toEqual(created);
    });

    it('reads one (200), and the list pages through every record with page, pageSize and total', async () => {
      const made = [await make(), await make(), await make()];
      expect(await getJson(t().app, `${base}/${made[1].id}`)).toEqual(made[1]);
      const { items, total } = await allPages<Stored>(t().app, base);
      expect(total).toBeGreaterThanOrEqual(3);
      for (const m of made) expect(items.find((i) => i.id === m.id)).toEqual(m);
      const beyond = await getJson<{ items: unknown[]; total: number }>(
        t().app,
        `${base}?page=${total + 1}&pageSize=1`,
      );
      expect(beyond).toMatchObject({ items: [], total });
    });

    it('updates (200): the changed field, version + 1, and one audit entry with before → after', async () => {
      const created = await make();
      const before = await auditCount(t());
      const patch = spec.patch();
      const res = await call(t().app, 'PATCH', `${base}/${created.id}`, { ...patch, version: 1 });
      expect(res.statusCode, res.body).toBe(200);
      const updated = res.json<Stored>();
      expect(updated).toMatchObject({ ...patch, id: created.id, version: 2, createdAt: created.createdAt });
      expect(await getJson(t().app, `${base}/${created.id}`)).toEqual(updated);
      expect(await auditCount(t())).toBe(before + 1);
      const entry = await lastAudit(t());
      expect(entry).toMatchObject({ action: 'update', entityType: spec.entity, entityId: created.id });
      const keys = Object.keys(patch);
      expect(entry.before).toEqual(Object.fromEntries(keys.map((k) => [k, created[k]])));
      expect(entry.after).toEqual(Object.fromEntries(keys.map((k) => [k, updated[k]])));
    });

    it('refuses a stale update or delete (409 on "version") and changes nothing', async () => {
      const created = await make();
      const url = `${base}/${created.id}`;
      expect((await call(t().app, 'PATCH', url, { ...spec.patch(), version: 1 })).statusCode).toBe(200);
      const p = await expectRefused(
        t(),
        [url],
        () => call(t().app, 'PATCH', url, { ...spec.patch(), version: 1 }),
        409,
        'version',
      );
      expect(p.code).toBe('stale_version');
      expect(p.detail).toContain('ændret af en anden');
      const d = await expectRefused(
        t(),
        [url],
        () => call(t().app, 'DELETE', `${url}?version=1`),
        409,
        'version',
      );
      expect(d.code).toBe('stale_version');
      const en = expectProblem(await callEn(t().app, 'DELETE', `${url}?version=1`), 409, 'version');
      expect(en.detail).toContain('changed by someone else');
    });

    it('deletes (204) with one audit entry; afterwards the id is unknown (404)', async () => {
      const created = await make();
      const url = `${base}/${created.id}`;
      const before = await auditCount(t());
      const res = await call(t().app, 'DELETE', `${url}?version=1`);
      expect(res.statusCode, res.body).toBe(204);
      expect(res.body).toBe('');
      expect(await auditCount(t())).toBe(before + 1);
      const entry = await lastAudit(t());
      expect(entry).toMatchObject({
        action: 'delete',
        entityType: spec.entity,
        entityId: created.id,
        after: null,
      });
      expect(entry.before).toEqual(created);
      expectProblem(await call(t().app, 'GET', url), 404);
      expectProblem(await call(t().app, 'DELETE', `${url}?version=1`), 404);
      expect(await auditCount(t())).toBe(before + 1);
    });

    it('answers 404 for an unknown id on read, update and delete, in Danish or English', async () => {
      const url = `${base}/${UNKNOWN}`;
      const da = `${spec.labelDa} med id ${UNKNOWN} findes ikke.`;
      const get = expectProblem(await call(t().app, 'GET', url), 404);
      expect(get).toMatchObject({ code: 'not_found', detail: da, title: da });
      const patch = await expectRefused(
        t(),
        [base],
        () => call(t().app, 'PATCH', url, { ...spec.patch(), version: 1 }),
        404,
      );
      expect(patch.detail).toBe(da);
      const del = await expectRefused(t(), [base], () => call(t().app, 'DELETE', `${url}?version=1`), 404);
      expect(del.detail).toBe(da);
      const en = expectProblem(await callEn(t().app, 'GET', url), 404);
      expect(en.detail).toBe(`${spec.labelEn} ${UNKNOWN} does not exist.`);
    });

    it('answers 400 for a malformed path id or malformed JSON, and changes nothing', async () => {
      const created = await make();
      const url = `${base}/${created.id}`;
      const watch = [url, base];
      // Not a number, nor a plan's slug (which /plans/:id also takes).
      const bad = await expectRefused(t(), watch, () => call(t().app, 'GET', `${base}/Ab_c`), 400, 'id');
      expect(bad.detail).toMatch(/^Ugyldig værdi i feltet "id"/);
      await expectRefused(
        t(),
        watch,
        () => call(t().app, 'PATCH', `${base}/Ab_c`, { ...spec.patch(), version: 1 }),
        400,
        'id',
      );
      await expectRefused(t(), watch, () => call(t().app, 'DELETE', `${base}/Ab_c?version=1`), 400, 'id');
      // Beyond the integer range of an id column: refused before it reaches the database, on both dialects.
      await expectRefused(t(), watch, () => call(t().app, 'GET', `${base}/99999999999`), 400, 'id');
      await expectRefused(t(), watch, () => call(t().app, 'DELETE', `${base}/0?version=1`), 400, 'id');
      await expectRefused(t(), watch, () => call(t().app, 'DELETE', url), 400, 'version');
      const post = await expectRefused(
        t(),
        watch,
        () => callRaw(t().app, 'POST', base, '{"name": "x",'),
        400,
      );
      expect(post).toMatchObject({ code: 'malformed', detail: 'Forespørgslen indeholder ikke gyldig JSON.' });
      await expectRefused(t(), watch, () => callRaw(t().app, 'PATCH', url, '{version: 1}'), 400);
    });

    for (const bad of spec.badCreate) {
      it(`refuses to create with ${bad.name} (${bad.status ?? 422} on "${bad.field}") and changes nothing`, async () => {
        const body = bad.change(await spec.body(t().app));
        const p = await expectRefused(
          t(),
          [`${base}?pageSize=500`],
          () => call(t().app, 'POST', base, body),
          bad.status ?? 422,
          bad.field,
        );
        if (bad.da !== undefined) expect(p.detail).toMatch(bad.da);
        const en = expectProblem(await callEn(t().app, 'POST', base, body), bad.status ?? 422, bad.field);
        expect(en.detail).not.toBe(p.detail);
      });
    }

    for (const bad of spec.badPatch) {
      it(`refuses to update with ${bad.name} (${bad.status ?? 422} on "${bad.field}") and changes nothing`, async () => {
        const created = await make();
        const url = `${base}/${created.id}`;
        const body = { version: 1, ...bad.change(created) };
        const p = await expectRefused(
          t(),
          [url],
          () => call(t().app, 'PATCH', url, body),
          bad.status ?? 422,
          bad.field,
        );
        if (bad.da !== undefined) expect(p.detail).toMatch(bad.da);
        expect(await getJson(t().app, url)).toEqual(created);
      });
    }
  });
}
