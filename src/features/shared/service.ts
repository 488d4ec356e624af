/** The generic service every resource gets: list, get, create, update, delete. */
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { RequestContext } from '../../auth/context';
import { Problem, conflict, notFound, ruleViolation, staleVersion } from '../../domain/problem';
import { afterCommit, audit } from '../../store/audit';
import type { DB } from '../../store/schema';
import type { Db, ResourceDef } from './resource';

/** Rows seen through a loose lens, so one generic implementation serves every table. */
type LooseDB = Record<string, { id: number; version: number; [column: string]: unknown }>;
const loose = (db: Db): Kysely<LooseDB> => db as unknown as Kysely<LooseDB>;

/** A page of items. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** Map a database error to a Problem when it is a constraint the user can act on. */
export function constraintProblem(err: unknown): Problem | null {
  const e = err as { code?: string; message?: string };
  const code = e.code ?? '';
  // SQLite reports an ON DELETE RESTRICT violation as SQLITE_CONSTRAINT_TRIGGER, not …_FOREIGNKEY.
  const sqliteRestrict = code === 'SQLITE_CONSTRAINT_TRIGGER' && /FOREIGN KEY/i.test(e.message ?? '');
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || sqliteRestrict) {
    return conflict(
      'Posten kan ikke slettes eller ændres, fordi andre data henviser til den.',
      'The record cannot be deleted or changed because other data refers to it.',
    );
  }
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return conflict(
      'Der findes allerede en post med samme værdi.',
      'A record with the same value already exists.',
    );
  }
  return null;
}

/** Run a write in a transaction, turning constraint violations into 409s. */
export async function writeTx<R>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<R>): Promise<R> {
  try {
    const result = await db.transaction().execute(fn);
    afterCommit(db);
    return result;
  } catch (err) {
    throw constraintProblem(err) ?? err;
  }
}

/** Check that every referenced id exists; a missing one is a 422 naming the field. */
export async function checkRefs<In>(
  db: Db,
  def: { refs: ResourceDef<keyof DB, { id: number; version: number }, In>['refs'] },
  input: In,
): Promise<void> {
  for (const ref of def.refs) {
    const raw = (input as Record<string, unknown>)[ref.field];
    const ids = (Array.isArray(raw) ? raw : [raw]).filter((v): v is number => typeof v === 'number');
    if (ids.length === 0) continue;
    const unique = [...new Set(ids)];
    const found = await loose(db)
      .selectFrom(ref.table as string)
      .select('id')
      .where('id', 'in', unique)
      .execute();
    const missing = unique.filter((i) => !found.some((r) => r.id === i));
    if (missing.length > 0) {
      throw ruleViolation(
        ref.field,
        `${ref.labelDa} med id ${missing.join(', ')} findes ikke.`,
        `${ref.labelEn} ${missing.join(', ')} does not exist.`,
      );
    }
  }
}

/** The five operations of a resource, bound to its declaration. */
export function resourceService<T extends keyof DB, Out extends { id: number; version: number }, In, C>(
  def: ResourceDef<T, Out, In, C>,
) {
  const table = def.table as string;
  async function hydrate(db: Db, rows: Record<string, unknown>[]): Promise<Out[]> {
    const ids = rows.map((r) => Number(r.id));
    const children = def.children ? await def.children.load(db, ids) : null;
    return rows.map((r, n) => def.fromRow(r as never, children?.get(ids[n])));
  }

  async function find(db: Db, id: number): Promise<Out | null> {
    const row = await loose(db).selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    return (await hydrate(db, [row]))[0];
  }

  async function findOrThrow(db: Db, id: number): Promise<Out> {
    const found = await find(db, id);
    if (!found) throw notFound(def.label.da, def.label.en, id);
    return found;
  }

  async function authorizeOn(db: Db, ctx: RequestContext, record: In | Out): Promise<void> {
    ctx.authorize(def.permission.write, def.scope ? await def.scope(db, record) : {});
  }

  async function validate(db: Db, input: In, existing: Out | null): Promise<void> {
    await checkRefs(db, def, input);
    if (def.check) await def.check(db, input, existing);
  }

  return {
    def,
    find,

    /** List with the declared filters, ordered and paginated. */
    async list(db: Kysely<DB>, ctx: RequestContext, query: Record<string, unknown>): Promise<Page<Out>> {
      ctx.authorize(def.permission.read);
      const page = Number(query.page ?? 1);
      const pageSize = Number(query.pageSize ?? 50);
      let q = loose(db).selectFrom(table);
      for (const f of def.filters) {
        const v = query[f.param];
        if (v === undefined) continue;
        const via = f.via;
        q = via
          ? q.where(
              f.column,
              'in',
              loose(db)
                .selectFrom(via.table as string)
                .select('id')
                .where(via.column, f.op, v),
            )
          : q.where(f.column, f.op, v);
      }
      const { total } = await q
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      let rows = q.selectAll();
      // Nulls last on both dialects (PostgreSQL's default; SQLite would sort them first).
      for (const col of def.order) rows = rows.orderBy(col, (ob) => ob.asc().nullsLast());
      const items = await hydrate(
        db,
        await rows
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
      );
      return { items, page, pageSize, total: Number(total) };
    },

    /** One record, or 404. */
    async get(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<Out> {
      ctx.authorize(def.permission.read);
      return findOrThrow(db, id);
    },

    /** Create, with references and rules checked first; the record and its audit entry commit together. */
    async create(db: Kysely<DB>, ctx: RequestContext, input: In): Promise<Out> {
      await authorizeOn(db, ctx, input);
      await validate(db, input, null);
      return writeTx(db, async (trx) => {
        const now = new Date().toISOString();
        const { id } = await loose(trx)
          .insertInto(table)
          .values({ ...def.toRow(input), ...def.onCreate?.(ctx), createdAt: now, updatedAt: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (def.children) await def.children.save(trx, id, input);
        const created = await findOrThrow(trx, id);
        await audit(trx, ctx, 'create', def.entity, id, null, created);
        return created;
      });
    },

    /** Partial update: merged with the stored record, validated as a whole, rejected with 409 if stale. */
    async update(
      db: Kysely<DB>,
      ctx: RequestContext,
      id: number,
      patch: Partial<In> & { version: number },
    ): Promise<Out> {
      const existing = await findOrThrow(db, id);
      await authorizeOn(db, ctx, existing);
      if (existing.version !== patch.version) throw staleVersion(existing.version, patch.version);
      const merged = parseMerged(def.schemas.create, existing, patch);
      await authorizeOn(db, ctx, merged);
      await validate(db, merged, existing);
      return writeTx(db, async (trx) => {
        const res = await loose(trx)
          .updateTable(table)
          .set({ ...def.toRow(merged), version: patch.version + 1, updatedAt: new Date().toISOString() })
          .where('id', '=', id)
          .where('version', '=', patch.version)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) {
          const now = await findOrThrow(trx, id);
          throw staleVersion(now.version, patch.version);
        }
        if (def.children) await def.children.save(trx, id, merged);
        const updated = await findOrThrow(trx, id);
        await audit(trx, ctx, 'update', def.entity, id, existing, updated);
        return updated;
      });
    },

    /** Delete at a known version; 409 if stale or still referenced. */
    async remove(db: Kysely<DB>, ctx: RequestContext, id: number, version: number): Promise<void> {
      const existing = await findOrThrow(db, id);
      await authorizeOn(db, ctx, existing);
      if (existing.version !== version) throw staleVersion(existing.version, version);
      await def.checkDelete?.(db, existing);
      await writeTx(db, async (trx) => {
        const res = await loose(trx)
          .deleteFrom(table)
          .where('id', '=', id)
          .where('version', '=', version)
          .executeTakeFirst();
        if (Number(res.numDeletedRows) !== 1) throw staleVersion(existing.version + 1, version);
        await audit(trx, ctx, 'delete', def.entity, id, existing, null);
      });
    },
  };
}

/** A resource's service. */
export type ResourceService<
  T extends keyof DB,
  Out extends { id: number; version: number },
  In,
  C,
> = ReturnType<typeof resourceService<T, Out, In, C>>;

/** Merge a patch into the stored record and validate the result with the create schema (422 on failure). */
function parseMerged<In>(schema: z.ZodType<In>, existing: object, patch: object): In {
  const result = schema.safeParse({ ...existing, ...patch });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join('.');
  throw ruleViolation(
    field,
    `Ugyldig værdi i feltet ${field}: ${issue.message}`,
    `Invalid value in ${field}: ${issue.message}`,
  );
}
