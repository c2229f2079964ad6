// The key that encrypts second-factor secrets. Production sets SECRET_KEY (config refuses to start without it); on
// a developer's machine a key is created once and kept beside the data directory, so `npm start` needs no set-up.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { decodeKey, type Config } from '#config';

export function resolveSecretKey(config: Config): Buffer {
  const found = findSecretKey(config);
  if (found) return found;
  const file = keyFile(config);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32);
  fs.writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

/** The secret key if there is one (SECRET_KEY or the development key file), never creating one: for checks. */
export function findSecretKey(config: Config): Buffer | null {
  if (config.SECRET_KEY) return decodeKey(config.SECRET_KEY)!;
  const file = keyFile(config);
  if (!fs.existsSync(file)) return null;
  const key = decodeKey(fs.readFileSync(file, 'utf8').trim());
  if (!key) throw new Error(`${file} does not hold a 32-byte key; delete it to create a new one.`);
  return key;
}

function keyFile(config: Config): string {
  return config.DATABASE_URL ? path.resolve('data/secret-key') : `${path.resolve(config.DATA_DIR)}.secret-key`;
}
