#!/usr/bin/env node
// The `accord` command. Each sub-command lives in commands/ and prints its own --help.
import { Command, CommanderError } from 'commander';
import { ConfigError } from '#config';
import { AppError } from '#domain/errors.ts';
import { DatabaseLockedError } from '#app/shared/open-database.ts';
import { migrateCommand } from './commands/migrate.ts';
import { seedCommand } from './commands/seed.ts';
import { serveCommand } from './commands/serve.ts';
import { importBatchesCommand, importCommand, importReferenceCommand, revertCommand } from './commands/import.ts';
import { exportCommand } from './commands/export.ts';
import { auditCommand } from './commands/audit.ts';
import { adminCommand } from './commands/admin.ts';
import { mailCommand } from './commands/mail.ts';
import { cooperationCommand } from './commands/cooperation.ts';
import { searchCommand } from './commands/search.ts';
import { libraryCommand } from './commands/library.ts';
import { fundingCommand } from './commands/funding.ts';
import { mandatesCommand } from './commands/mandates.ts';

const program = new Command('accord')
  .description('Accord: treaty status and technical assistance for the universal instruments against terrorism.')
  .showHelpAfterError()
  .addCommand(serveCommand())
  .addCommand(migrateCommand())
  .addCommand(seedCommand())
  .addCommand(importCommand())
  .addCommand(importReferenceCommand())
  .addCommand(revertCommand())
  .addCommand(importBatchesCommand())
  .addCommand(exportCommand())
  .addCommand(auditCommand())
  .addCommand(adminCommand())
  .addCommand(mailCommand())
  .addCommand(cooperationCommand())
  .addCommand(searchCommand())
  .addCommand(libraryCommand())
  .addCommand(fundingCommand())
  .addCommand(mandatesCommand());

program.exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  // Known failures get one clear line; anything else keeps its stack for the developer.
  if (err instanceof ConfigError || err instanceof DatabaseLockedError || err instanceof AppError) {
    console.error(`accord: ${err.message}`);
  } else {
    console.error(err);
  }
  process.exit(1);
}
