// `accord admin create --email <e> --name <n>`: the way in for the first administrator (and for more, from the
// server's shell). It creates an invitation to be a platform administrator and prints its one-time link (valid
// 24 hours); the person chooses their password and sets up their second factor in the web app. The link is also
// mailed (delivered when SMTP is configured; see `accord mail outbox` otherwise).
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '#config';
import { createAdminInvitation } from '#app/accounts/create-admin-invitation.ts';
import { publicBaseUrl } from '#app/shared/public-url.ts';
import { isAppError } from '#domain/errors.ts';
import { LANGUAGES } from '#domain/treaties/types.ts';
import { openConfiguredDatabase } from '../database.ts';
import { cliActor } from '../actor.ts';

function language(value: string): string {
  if (!(LANGUAGES as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${LANGUAGES.join(', ')}`);
  return value;
}

export function adminCommand(): Command {
  const admin = new Command('admin').description('Platform administrators.');
  admin
    .command('create')
    .description('Invite a platform administrator: prints a one-time link (valid 24 h) to set a password and a second factor.')
    .requiredOption('--email <email>', 'their e-mail address')
    .requiredOption('--name <name>', 'their name (they can change it)')
    .option('--language <lang>', `language of the invitation mail (${LANGUAGES.join(', ')})`, language, 'en')
    .action(async (opts: { email: string; name: string; language: string }) => {
      const config = loadConfig();
      const database = await openConfiguredDatabase();
      try {
        const result = await createAdminInvitation(
          database.db,
          { email: opts.email, displayName: opts.name, language: opts.language },
          new Date(),
          { baseUrl: publicBaseUrl(config), actor: cliActor() },
        );
        const until = result.invitation.expiresAt.replace('T', ' ').slice(0, 16);
        console.log(`Invitation for ${result.invitation.email} to be a platform administrator, valid until ${until} UTC:`);
        console.log('');
        console.log(`  ${result.link}`);
        console.log('');
        console.log(
          result.accountExists
            ? 'An account with this address exists: opening the link makes it an administrator; they then sign in as usual.'
            : 'Open it to choose a password and set up the second factor. The link works once; keep it private.',
        );
      } catch (err) {
        if (isAppError(err)) for (const i of err.issues) console.error(`  ${i.path.slice(1).join(' ')}: ${i.message}`);
        throw err;
      } finally {
        await database.close();
      }
    });
  return admin;
}
