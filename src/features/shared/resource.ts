/**
 * A resource: one stored entity with create/read/update/delete, list filters, references to other entities,
 * optional child rows (e.g. an activity's reach rows) and business rules. Each feature declares one; the generic
 * service below gives every resource the same behaviour: authorization first, references checked (422),
 * optimistic versions (409), writes and their audit entry in one transaction.
 */
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { z } from 'zod';
import type { RequestContext } from '../../auth/context';
import type { Permission } from '../../domain/permissions';
import type { ArticledLabel } from '../../domain/problem';
import type { Scope } from '../../domain/roles';
import type { DB } from '../../store/schema';
import type { VersionedTable } from '../../store/versioned';

/** A database handle or an open transaction. */
export type Db = Kysely<DB> | Transaction<DB>;

/** A column of table `T`, checked against the typed schema (a renamed column fails the type-check). */
export type ColumnOf<T extends keyof DB> = keyof DB[T] & string;

/** A table and one of its columns. */
export type TableColumn = { [V in VersionedTable]: { table: V; column: ColumnOf<V> } }[VersionedTable];

/** A list filter: query parameter → column comparison. */
export interface FilterSpec<T extends keyof DB = keyof DB> {
  param: string;
  column: ColumnOf<T>;
  op: '=' | '>=' | '<=';
  /** Filter through a parent: `column` in (select id from via.table where via.column op value). */
  via?: TableColumn;
}

/** A reference from an input field to another table, checked before writing. */
export interface RefSpec {
  /** Top-level input field holding an id, an id or null, or an array of ids. */
  field: string;
  table: VersionedTable;
  labelDa: string;
  labelEn: string;
}

/** Child rows stored with the parent in the same transaction (replaced wholesale on update). */
export interface ChildSpec<In, C> {
  load(db: Db, ids: number[]): Promise<Map<number, C>>;
  /** Store the input's children; `fresh`: the parent was just created, so it has none to replace. */
  save(trx: Transaction<DB>, id: number, input: In, fresh: boolean): Promise<void>;
}

/** The scope of an initiative: itself and its plan. */
export async function initiativeScope(db: Db, initiativeId: number): Promise<Scope> {
  const row = await db
    .selectFrom('initiatives')
    .select('planId')
    .where('id', '=', initiativeId)
    .executeTakeFirst();
  return { initiativeId, planId: row?.planId ?? null };
}

/** The columns a resource writes from its input. */
export type RowValues<T extends keyof DB> = Omit<
  Insertable<DB[T]>,
  'id' | 'version' | 'createdAt' | 'updatedAt'
>;

/** Names of the resource in messages: "Handleplan"/"Plan". */
export interface ResourceLabel {
  da: string;
  en: string;
}

/** A resource's names in the OpenAPI document: { one: 'target group', many: 'target groups', a: 'a target group' }. */
export interface ResourceNames {
  one: string;
  many: string;
  /** One, with its article: "a unit", "an activity". */
  a: string;
}

/** The declaration of a resource. */
export interface ResourceDef<
  T extends keyof DB,
  Out extends { id: number; version: number },
  In,
  C = undefined,
> {
  /** URL segment under /api/v1, also the OpenAPI tag. */
  path: string;
  /** A table with `id` and `version` (the generic service writes at a version). */
  table: T & VersionedTable;
  /** Entity type in the audit log. */
  entity: string;
  label: ResourceLabel;
  /**
   * English nouns naming its operations in the OpenAPI document: `list` + many, `create`/`get`/`update`/`delete` +
   * one, in camel case (listTargetGroups, getTargetGroup), and summaries such as "Create a target group".
   */
  names: ResourceNames;
  /**
   * What reading and writing need; `create`, when given, is what creating needs instead of `write` (a plan: its
   * creator need not hold `plan:write` anywhere yet).
   */
  permission: { read: Permission; write: Permission; create?: Permission };
  schemas: {
    create: z.ZodType<In>;
    update: z.ZodType<Partial<In> & { version: number }>;
    out: z.ZodType<Out>;
    query: z.ZodObject;
  };
  filters: FilterSpec<T>[];
  /** Text columns `?q=` searches (a case-insensitive substring of any of them); no `?q=` when absent. */
  search?: ColumnOf<T>[];
  /** Refuse a second record whose `name` equals one's, ignoring case and surrounding spaces (409 naming it). */
  uniqueName?: ArticledLabel;
  /** Columns to order lists by. */
  order: ColumnOf<T>[];
  /** The stored columns of an input (without id, version and timestamps, which the service sets). */
  toRow(input: In): RowValues<T>;
  fromRow(row: Selectable<DB[T]>, child: C | undefined): Out;
  refs: RefSpec[];
  children?: ChildSpec<In, C>;
  /** Business rules beyond the schema; throw a 422 Problem with the field that is wrong. */
  check?(db: Db, input: In, existing: Out | null): Promise<void>;
  /** The plan/initiative (and creator) a record belongs to, for scoped permissions. Global when absent. */
  scope?(db: Db, record: In | Out): Promise<Scope>;
  /**
   * A change to a record touches only the progress of the initiative in its scope (an activity, a target, a
   * measurement, funding), so progress caches reload that initiative alone. Absent: a change may touch anything.
   */
  withinInitiative?: boolean;
  /** Columns stamped on create from the request context (e.g. who registered an activity). */
  onCreate?(ctx: RequestContext): Partial<RowValues<T>>;
  /** More to write, and audit, in the creating transaction once the record is stored (e.g. its creator's role). */
  afterCreate?(trx: Transaction<DB>, ctx: RequestContext, created: Out): Promise<void>;
  /** Rules for deleting; throw a Problem to refuse. */
  checkDelete?(db: Db, existing: Out): Promise<void>;
}

/** The fields every stored record returns, from its row. */
export function recordMetaOf(r: { id: number; version: number; createdAt: string; updatedAt: string }) {
  return { id: r.id, version: r.version, createdAt: r.createdAt, updatedAt: r.updatedAt };
}
