/**
 * What changed between two data revisions, read from `revision_changes`: the set of initiatives whose progress was
 * touched, or `'all'` when a change may have touched anything or the record has a gap (pruned rows, rows from
 * before the table existed). Caches use it to reload only what changed instead of everything.
 */
import type { Kysely } from 'kysely';
import { revisionReader } from './revision';
import type { DB } from './schema';

/** The initiatives touched since a revision, or everything. */
export type Changes = 'all' | ReadonlySet<number>;

interface Memo {
  key: string;
  result: Promise<Changes>;
}

/** The last question asked per database: every cache that lags the same way asks it, and one query answers all. */
const memos = new WeakMap<Kysely<DB>, Memo>();

async function query(db: Kysely<DB>, from: number, to: number): Promise<Changes> {
  const rows = await db
    .selectFrom('revisionChanges')
    .select(['revision', 'initiativeId'])
    .where('revision', '>', from)
    .where('revision', '<=', to)
    .execute();
  const revisions = new Set<number>();
  const initiatives = new Set<number>();
  for (const r of rows) {
    if (r.initiativeId === null) return 'all';
    revisions.add(Number(r.revision));
    initiatives.add(r.initiativeId);
  }
  return revisions.size === to - from ? initiatives : 'all';
}

/** What changed after revision `from` up to and including `to`. */
export function changesBetween(db: Kysely<DB>, from: number, to: number): Promise<Changes> {
  if (to <= from) return Promise.resolve(to === from ? new Set<number>() : 'all');
  // What this process learned from notifications and its own commits answers without a query.
  const known = revisionReader(db)?.changes?.(from, to);
  if (known !== undefined) return Promise.resolve(known);
  const key = `${from} ${to}`;
  const memo = memos.get(db);
  if (memo?.key === key) return memo.result;
  const result = query(db, from, to);
  memos.set(db, { key, result });
  // A failed query is not remembered.
  result.catch(() => {
    if (memos.get(db)?.result === result) memos.delete(db);
  });
  return result;
}
