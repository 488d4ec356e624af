/** The start banner prints demo passwords only when this run loaded the demo, never for an existing database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { loginHint } from '../../src/cli/login-hint';
import { loadDemo } from '../../src/demo/load';
import { DEMO_PASSWORD } from '../../src/demo/users';
import type { Database } from '../../src/store/database';
import { freshDatabase } from '../db';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
}, 60_000);
afterAll(() => database.close());

describe('the start banner', () => {
  it('invites to create the first administrator in an empty database', async () => {
    expect((await loginHint(database.db, false)).join('\n')).toMatch(/ingen brugere endnu/);
  });

  it('does not print the demo password for a database that already had the demo users', async () => {
    await loadDemo(database.db, systemContext('demo'));
    const text = (await loginHint(database.db, false)).join('\n');
    expect(text).not.toContain(DEMO_PASSWORD);
    expect(text).toMatch(/Log ind med din bruger/);
  }, 60_000);

  it('prints it when this run loaded the demo', async () => {
    expect((await loginHint(database.db, true)).join('\n')).toContain(DEMO_PASSWORD);
  });
});
