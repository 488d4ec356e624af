/**
 * The days-off setting: which customary days off (grundlovsdag, 24 and 31 December) working days to a round's
 * deadline leave out, besides weekends and public holidays. Read by everyone signed in (the round board counts
 * with it), changed by administrators with the version as read; every change is audited.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { RequestContext } from '../../auth/context';
import { staleVersion } from '../../domain/problem';
import { DEFAULT_DAYS_OFF, type DaysOffSetting } from '../../domain/working-days';
import type { DaysOff, DaysOffUpdate } from '../../schemas/settings';
import { audit } from '../../store/audit';
import type { DB } from '../../store/schema';
import { writeTx } from '../../store/write';

const KEY = 'daysOff';

function valueOf(json: string): DaysOffSetting {
  const v = JSON.parse(json) as Partial<DaysOffSetting>;
  return {
    grundlovsdag: v.grundlovsdag ?? DEFAULT_DAYS_OFF.grundlovsdag,
    juleaftensdag: v.juleaftensdag ?? DEFAULT_DAYS_OFF.juleaftensdag,
    nytaarsaftensdag: v.nytaarsaftensdag ?? DEFAULT_DAYS_OFF.nytaarsaftensdag,
  };
}

async function read(db: Kysely<DB>): Promise<DaysOff> {
  const row = await db.selectFrom('settings').selectAll().where('key', '=', KEY).executeTakeFirst();
  // Never changed: the default, at version 0.
  if (!row) return { ...DEFAULT_DAYS_OFF, version: 0, updatedAt: null, updatedBy: null };
  return { ...valueOf(row.value), version: row.version, updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}

/** The setting as stored. */
export async function getDaysOff(db: Kysely<DB>, ctx: RequestContext): Promise<DaysOff> {
  ctx.authorize('plan:read');
  return read(db);
}

/** Change the setting; refused (409) when it changed since it was read. */
export async function setDaysOff(
  db: Kysely<DB>,
  ctx: RequestContext,
  input: z.infer<typeof DaysOffUpdate>,
): Promise<DaysOff> {
  ctx.authorize('settings:write');
  const { version, ...value } = input;
  await writeTx(db, async (trx) => {
    const row = await trx.selectFrom('settings').selectAll().where('key', '=', KEY).executeTakeFirst();
    const current = row?.version ?? 0;
    if (current !== version) throw staleVersion(current, version);
    const now = new Date().toISOString();
    const stored = { key: KEY, value: JSON.stringify(value), updatedAt: now, updatedBy: ctx.actor };
    if (row) {
      const changed = await trx
        .updateTable('settings')
        .set({ ...stored, version: version + 1 })
        .where('key', '=', KEY)
        .where('version', '=', version)
        .executeTakeFirst();
      if (changed.numUpdatedRows !== 1n) throw staleVersion(current + 1, version);
    } else {
      await trx
        .insertInto('settings')
        .values({ ...stored, version: 1 })
        .execute();
    }
    await audit(
      trx,
      ctx,
      'update',
      'setting',
      null,
      { daysOff: row ? valueOf(row.value) : DEFAULT_DAYS_OFF },
      {
        daysOff: value,
      },
    );
  });
  return read(db);
}
