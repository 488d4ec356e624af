/** `indsats user add | reset-password | list`: accounts from the command line (e.g. the first administrator). */
import type { Command } from 'commander';
import { systemContext } from '../auth/context';
import { randomSecret } from '../auth/crypto';
import { ROLE_SCOPE, ROLES, type Role } from '../domain/roles';
import { findPlanRef } from '../features/progress/service';
import { createAccount, findUserByEmail } from '../features/users/accounts';
import { setPassword } from '../features/users/password';
import { openDatabase } from '../store/database';
import { fail } from './run';

/** A password for the person to change: 20 random URL-safe characters. */
function generatedPassword(): string {
  return randomSecret(15);
}

/** Register the `user` command group. */
export function registerUserCommands(program: Command, dbUrl: () => string | undefined): void {
  const user = program.command('user').description('Manage user accounts.');
  user
    .command('add')
    .description(
      'Create a user with a role; prints a generated password unless --password or $INDSATS_PASSWORD is given.',
    )
    .requiredOption('--email <email>', 'e-mail (the login)')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--plan <id|slug>', 'the plan, for --role coordinator')
    .option('--initiative <id>', 'the initiative id, for --role owner or contributor')
    .option('--password <password>', 'initial password (at least 12 characters)')
    .action(
      async (o: {
        email: string;
        name: string;
        role: string;
        plan?: string;
        initiative?: string;
        password?: string;
      }) => {
        if (!(ROLES as readonly string[]).includes(o.role))
          fail(`Ukendt rolle "${o.role}". Brug en af: ${ROLES.join(', ')}.`);
        const role = o.role as Role;
        const database = await openDatabase({ url: dbUrl() });
        try {
          const ctx = systemContext('cli');
          if (await findUserByEmail(database.db, o.email))
            fail(`Der findes allerede en bruger med e-mailen ${o.email}.`);
          let assignment: { role: Role; planId?: number; initiativeId?: number } = { role };
          if (ROLE_SCOPE[role] === 'plan') {
            if (!o.plan) fail(`Rollen ${role} kræver --plan <id|slug>.`);
            assignment = { role, planId: (await findPlanRef(database.db, o.plan))!.id };
          } else if (ROLE_SCOPE[role] === 'initiative') {
            const id = Number(o.initiative);
            if (!Number.isInteger(id) || id <= 0) fail(`Rollen ${role} kræver --initiative <id>.`);
            assignment = { role, initiativeId: id };
          }
          const password = o.password ?? process.env.INDSATS_PASSWORD ?? generatedPassword();
          const created = await createAccount(database.db, ctx, {
            email: o.email,
            name: o.name,
            roles: [assignment],
            password,
          });
          console.log(`Brugeren ${created.email} (${role}) er oprettet.`);
          if (!o.password && !process.env.INDSATS_PASSWORD)
            console.log(`Adgangskode (vises kun nu): ${password}`);
        } finally {
          await database.close();
        }
      },
    );
  user
    .command('reset-password')
    .description(
      'Set a new password for a user (prints a generated one unless --password is given); signs the user out everywhere.',
    )
    .requiredOption('--email <email>', 'the user')
    .option('--password <password>', 'the new password (at least 12 characters)')
    .action(async (o: { email: string; password?: string }) => {
      const database = await openDatabase({ url: dbUrl() });
      try {
        const found = await findUserByEmail(database.db, o.email);
        if (!found) fail(`Der findes ingen bruger med e-mailen ${o.email}.`);
        const password = o.password ?? process.env.INDSATS_PASSWORD ?? generatedPassword();
        await setPassword(database.db, systemContext('cli'), found.id, password);
        console.log(`Adgangskoden for ${o.email} er skiftet.`);
        if (!o.password && !process.env.INDSATS_PASSWORD)
          console.log(`Ny adgangskode (vises kun nu): ${password}`);
      } finally {
        await database.close();
      }
    });
  user
    .command('list')
    .description('List users with their roles.')
    .action(async () => {
      const database = await openDatabase({ url: dbUrl() });
      try {
        const rows = await database.db
          .selectFrom('users')
          .select(['id', 'email', 'name', 'active'])
          .orderBy('email')
          .execute();
        const roles = await database.db
          .selectFrom('roleAssignments')
          .selectAll()
          .where('userId', 'is not', null)
          .execute();
        for (const r of rows) {
          const own = roles
            .filter((a) => a.userId === r.id)
            .map(
              (a) =>
                `${a.role}${a.planId ? ` (plan ${a.planId})` : ''}${a.initiativeId ? ` (indsats ${a.initiativeId})` : ''}`,
            );
          console.log(
            `${String(r.id).padStart(4)}  ${r.email.padEnd(32)} ${r.name.padEnd(28)} ${r.active ? '' : '[deaktiveret] '}${own.join(', ')}`,
          );
        }
      } finally {
        await database.close();
      }
    });
}
