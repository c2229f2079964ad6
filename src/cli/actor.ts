// Who runs a CLI command, for the audit trail: the operating-system account (there are no platform accounts yet).
import os from 'node:os';

export function cliActor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli:unknown';
  }
}
