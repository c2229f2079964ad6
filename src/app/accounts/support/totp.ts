// Time-based one-time passwords (RFC 6238) as every authenticator app reads them: SHA-1, 6 digits, 30 seconds.
// A code is accepted one step early or late (clock drift); which step it matched is returned, so that the caller can
// refuse a step already used (users.totp_last_step).
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { AppError } from '#domain/errors.ts';
import { decrypt } from '#app/shared/secrets.ts';

const ISSUER = 'Accord';
const PARAMS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
const WINDOW = 1;

/** A new random secret (160 bits, as RFC 4226 recommends), in base32 as people type it into an app. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUri(secretBase32: string, accountLabel: string): string {
  return new TOTP({ issuer: ISSUER, label: accountLabel, secret: Secret.fromBase32(secretBase32), ...PARAMS }).toString();
}

/** The QR code of the otpauth URI, as an SVG document. */
export function qrCodeSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The time step the code belongs to, or null when it matches none within the window. */
export function matchTotp(secretBase32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const timestamp = now.getTime();
  const delta = TOTP.validate({ token, secret: Secret.fromBase32(secretBase32), timestamp, window: WINDOW, ...PARAMS });
  if (delta === null) return null;
  return TOTP.counter({ period: PARAMS.period, timestamp }) + delta;
}

/** The code for a time (tests, and nothing else: the server never needs to produce a code). */
export function totpCode(secretBase32: string, at: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secretBase32), timestamp: at.getTime(), ...PARAMS });
}

/** The stored (encrypted) secret, opened; a secret sealed with another SECRET_KEY cannot be, and says so. */
export function openTotpSecret(key: Buffer, sealed: string): string {
  try {
    return decrypt(key, sealed);
  } catch {
    throw new AppError('CONFLICT', 'Your second factor cannot be checked; ask an administrator to reset it.', {
      params: { reason: 'second_factor_unreadable' },
    });
  }
}
