// The audit chain's key: derived from the server's secret key (SECRET_KEY, or the development key file), so it is
// never in the database. Every process that writes audit entries sets it once at start.
import { setAuditChainKey } from '#db/repos/accounts/audit.repo.ts';
import { deriveKey } from '../shared/secrets.ts';

export function auditChainKey(secretKey: Buffer): Buffer {
  return deriveKey(secretKey, 'audit-chain:v1');
}

export function useAuditChainKey(secretKey: Buffer): void {
  setAuditChainKey(auditChainKey(secretKey));
}
