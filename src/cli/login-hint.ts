/** What the start banner tells the person who just started the server about signing in. */
import type { Kysely } from 'kysely';
import { DEMO_USERS, demoLoginLines } from '../demo/users';
import { findUserByEmail } from '../features/users/accounts';
import type { DB } from '../store/schema';

/**
 * The sign-in hint. Demo passwords are printed only when this run loaded the demo into an empty database: demo
 * users in a database `demo` did not just create (a production database someone once tried the demo on) may have
 * real data behind them, and the banner ends up in logs.
 */
export async function loginHint(db: Kysely<DB>, demoLoadedNow: boolean): Promise<string[]> {
  if (demoLoadedNow) return demoLoginLines();
  if (await findUserByEmail(db, DEMO_USERS[0].email))
    return ['Demobrugerne findes. Log ind med din bruger (POST /api/v1/auth/login).'];
  const any = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return ['Log ind med din bruger (POST /api/v1/auth/login).'];
  return [
    'Der er ingen brugere endnu. Opret den første administrator:',
    '  npx indsats user add --email <e-mail> --name "<navn>" --role admin',
  ];
}
