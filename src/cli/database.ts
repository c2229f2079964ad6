// The CLI's way to the database: configuration from the environment, migrations applied.
import { loadConfig } from '#config';
import { openConfiguredDatabase as open } from '#app/shared/open-database.ts';

export function openConfiguredDatabase(): ReturnType<typeof open> {
  return open(loadConfig());
}
