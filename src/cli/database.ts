// The CLI's way to the database: configuration from the environment, migrations applied, and the audit chain's key
// set from the secret key, so that the entries a command writes are keyed like the server's.
import { loadConfig } from '#config';
import { openConfiguredDatabase as open } from '#app/shared/open-database.ts';
import { resolveSecretKey } from '#app/shared/resolve-secret-key.ts';
import { useAuditChainKey } from '#app/accounts/audit-chain-key.ts';

export function openConfiguredDatabase(): ReturnType<typeof open> {
  const config = loadConfig();
  useAuditChainKey(resolveSecretKey(config));
  return open(config);
}
