/**
 * The generic service every resource gets: list, get, create, update, delete. Its SQL is written against the typed
 * `DB`: the table is one of the versioned tables (so `id`, `version` and the timestamps are checked), filter and
 * order columns are typed per table in the resource's declaration and referenced with `db.dynamic.ref`.
 */
import type { InsertObject, Kysely, Selectable, UpdateObject } from 'kysely';
import type { z } from 'zod';
import type { RequestContext } from '../../auth/context';
import { sql } from 'kysely';
import { duplicateName, notFound, ruleViolation, staleVersion } from '../../domain/problem';
import { containsText, folded, foldText } from '../../store/dialect';
import { audit } from '../../store/audit';
import type { DB } from '../../store/schema';
import { versionedDelete, versionedUpdate, type VersionedTable } from '../../store/versioned';
import { writeTx } from '../../store/write';
import type { Db, ResourceDef, RowValues } from './resource';
import type { Permission } from '../../domain/permissions';
import type { Scope } from '../../domain/roles';
import { englishTwin } from '../../schemas/common';
import { issueMessage } from '../../schemas/messages';

/** A page of items. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** Check that every referenced id exists; a missing one is a 422 naming the field. */
export async function checkRefs<In>(
  db: Db,
  def: { refs: ResourceDef<VersionedTable, { id: number; version: number }, In>['refs'] },
  input: In,
): Promise<void> {
  for (const ref of def.refs) {
    const raw = (input as Record<string, unknown>)[ref.field];
    const ids = (Array.isArray(raw) ? raw : [raw]).filter((v): v is number => typeof v === 'number');
    if (ids.length === 0) continue;
    const unique = [...new Set(ids)];
    const found = await db.selectFrom(ref.table).select('id').where('id', 'in', unique).execute();
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
  // Widened to the union of versioned tables, which Kysely can type: `id`, `version`, the timestamps.
  const table: VersionedTable = def.table;
  async function hydrate(db: Db, rows: { id: number }[]): Promise<Out[]> {
    const ids = rows.map((r) => Number(r.id));
    const children = def.children ? await def.children.load(db, ids) : null;
    return rows.map((r, n) => def.fromRow(asRow(r), children?.get(ids[n])));
  }

  async function find(db: Db, id: number): Promise<Out | null> {
    const row = await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    return (await hydrate(db, [row]))[0];
  }

  async function findOrThrow(db: Db, id: number): Promise<Out> {
    const found = await find(db, id);
    if (!found) throw notFound(def.label.da, def.label.en, id);
    return found;
  }

  /** The initiatives whose progress a change in these scopes touches; null: it may touch anything. */
  function touched(...scopes: Scope[]): number[] | null {
    if (!def.withinInitiative) return null;
    const ids = new Set(scopes.map((s) => s.initiativeId));
    // A record moved to another initiative (rare) may carry others with it, a target its measurements: reload all.
    if (ids.size !== 1) return null;
    const [id] = ids;
    return typeof id === 'number' ? [id] : null;
  }

  /** Check the caller may write (or create) the record; returns the record's scope. */
  async function authorizeOn(
    db: Db,
    ctx: RequestContext,
    record: In | Out,
    permission = def.permission.write,
  ): Promise<Scope> {
    const scope = def.scope ? await def.scope(db, record) : {};
    ctx.authorize(permission, scope);
    return scope;
  }

  async function checkUniqueName(db: Db, input: In, existing: Out | null): Promise<void> {
    const name = (input as { name?: unknown }).name;
    if (!def.uniqueName || typeof name !== 'string') return;
    let q = db
      .selectFrom(table)
      .select(['id', sql<string>`name`.as('name')])
      .where(folded(db, sql`trim(name)`), '=', foldText(name.trim()));
    if (existing) q = q.where('id', '<>', existing.id);
    const clash = await q.orderBy('id').executeTakeFirst();
    if (clash) throw duplicateName(def.uniqueName, clash.name, clash.id);
  }

  async function validate(db: Db, input: In, existing: Out | null): Promise<void> {
    await checkRefs(db, def, input);
    await checkUniqueName(db, input, existing);
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
      // Filter and order columns are typed in the declaration (ColumnOf<T>); a type parameter's columns cannot be
      // named in Kysely's string references, so they go through its dynamic references.
      const { dynamic } = db;
      let q = db.selectFrom(table);
      const text = typeof query.q === 'string' ? query.q.trim() : '';
      if (def.search && text !== '') {
        const columns = def.search;
        q = q.where((eb) => eb.or(columns.map((col) => containsText(db, dynamic.ref(col), text))));
      }
      for (const f of def.filters) {
        const v = query[f.param];
        if (v === undefined) continue;
        const via = f.via;
        q = via
          ? q.where(
              dynamic.ref(f.column),
              'in',
              db.selectFrom(via.table).select('id').where(dynamic.ref(via.column), f.op, v),
            )
          : q.where(dynamic.ref(f.column), f.op, v);
      }
      const { total } = await q
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      let rows = q.selectAll();
      // Nulls last on both dialects (PostgreSQL's default; SQLite would sort them first).
      for (const col of def.order) rows = rows.orderBy(dynamic.ref(col), (ob) => ob.asc().nullsLast());
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
      const scope = await authorizeOn(db, ctx, input, createPermission(def));
      await validate(db, input, null);
      return writeTx(db, async (trx) => {
        const now = new Date().toISOString();
        const row = await trx
          .insertInto(table)
          .values(insertValues({ ...def.toRow(input), ...def.onCreate?.(ctx) }, now))
          .returningAll()
          .executeTakeFirstOrThrow();
        const id = Number(row.id);
        if (def.children) await def.children.save(trx, id, input, true);
        // The inserted row as stored (defaults and all), with its children read back.
        const [created] = await hydrate(trx, [row]);
        await audit(trx, ctx, 'create', def.entity, id, null, created, {
          touches: touched(scope),
        });
        await def.afterCreate?.(trx, ctx, created);
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
      const before = await authorizeOn(db, ctx, existing);
      if (existing.version !== patch.version) throw staleVersion(existing.version, patch.version);
      const merged = parseMerged(def.schemas.create, existing, patch);
      // The changed record must still be within the caller's scope (no moving an initiative into a plan one does
      // not coordinate). The input schema drops the id and other stored fields a scope may read (a plan's own id,
      // an activity's creator): carry them over from the stored record.
      const after = await authorizeOn(db, ctx, { ...existing, ...merged });
      await validate(db, merged, existing);
      return writeTx(db, async (trx) => {
        const gone = () => notFound(def.label.da, def.label.en, id);
        await versionedUpdate(
          trx,
          table,
          { id, version: patch.version, gone },
          updateValues(def.toRow(merged)),
        );
        if (def.children) await def.children.save(trx, id, merged, false);
        const updated = await findOrThrow(trx, id);
        await audit(trx, ctx, 'update', def.entity, id, existing, updated, {
          touches: touched(before, after),
        });
        return updated;
      });
    },

    /** Delete at a known version; 409 if stale or still referenced. */
    async remove(db: Kysely<DB>, ctx: RequestContext, id: number, version: number): Promise<void> {
      const existing = await findOrThrow(db, id);
      const scope = await authorizeOn(db, ctx, existing);
      if (existing.version !== version) throw staleVersion(existing.version, version);
      await def.checkDelete?.(db, existing);
      await writeTx(db, async (trx) => {
        await versionedDelete(trx, table, { id, version });
        await audit(trx, ctx, 'delete', def.entity, id, existing, null, { touches: touched(scope) });
      });
    },
  };
}

/** What creating a record of the resource needs: its own permission where it declares one, else writing. */
export function createPermission(def: {
  permission: { write: Permission; create?: Permission };
}): Permission {
  return def.permission.create ?? def.permission.write;
}

/**
 * The one cast between the typed schema and a table chosen by a type parameter: Kysely resolves a selected row's
 * type only for a concrete table (for `DB[T]` it stays unresolved), so the row of the versioned-tables query is
 * declared to be the resource's own row here. True by construction: the query selects * from `def.table`.
 */
function asRow<T extends keyof DB>(row: { id: number }): Selectable<DB[T]> {
  return row as unknown as Selectable<DB[T]>;
}

/** A resource's row values with the timestamps of a new row (`toRow` is checked against DB[T] where declared). */
function insertValues<T extends keyof DB>(
  values: Partial<RowValues<T>>,
  now: string,
): InsertObject<DB, VersionedTable> {
  return { ...values, createdAt: now, updatedAt: now };
}

/** A resource's row values, stamped, as an update of its table. */
function updateValues<T extends keyof DB>(values: RowValues<T>): UpdateObject<DB, VersionedTable> {
  return { ...values, updatedAt: new Date().toISOString() };
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
  const input = issue.path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    { ...existing, ...patch },
  );
  // A message the schema gives itself (with its English twin) wins over the generic ones.
  const twin = englishTwin(issue.message);
  const own = twin === undefined ? issueMessage({ ...issue, input }) : null;
  const da = own?.da ?? issue.message;
  const en = own?.en ?? twin ?? issue.message;
  throw ruleViolation(
    field,
    `Ugyldig værdi i feltet "${field}": ${da}`,
    `Invalid value in "${field}": ${en}`,
  );
}
