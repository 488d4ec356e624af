/**
 * Passwords (NIST SP 800-63B): at least 12 characters, not on a list of common passwords, no composition rules;
 * stored as argon2id hashes.
 */
import { hash, verify } from '@node-rs/argon2';
import { ruleViolation } from '../domain/problem';

/** Shortest accepted password. */
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

/** Common passwords of 12+ characters (the shorter ones fail the length rule anyway), lower-cased. */
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  'password1234',
  'password12345',
  'passwordpassword',
  'qwertyuiopasdf',
  'qwerty123456',
  'qwertyuiop123',
  '1q2w3e4r5t6y',
  'iloveyou1234',
  'adgangskode1',
  'adgangskode12',
  'adgangskode123',
  'kodeord12345',
  'kodeordkodeord',
  'sommerferie2024',
  'sommerferie2025',
  'sommerferie2026',
  'velkommen1234',
  'velkommen2024',
  'velkommen2025',
  'velkommen2026',
  'københavn2024',
  'københavn2025',
  'kobenhavn1234',
  'danmark12345',
  'danmark123456',
  'administrator',
  'administrator1',
  'letmein12345',
  'welcome12345',
  'changeme1234',
  'abcdefghijkl',
  'aaaaaaaaaaaa',
  '000000000000',
  '111111111111',
  'indsats12345',
  'indsatsindsats',
  'passw0rd1234',
  'p@ssw0rd1234',
  'trustno1trustno1',
  'football1234',
  'sunshine1234',
]);

/** Throw a 422 on `field` when a password breaks the policy. */
export function checkPasswordPolicy(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw ruleViolation(
      field,
      `Adgangskoden skal være mindst ${MIN_PASSWORD_LENGTH} tegn.`,
      `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw ruleViolation(
      field,
      `Adgangskoden må højst være ${MAX_PASSWORD_LENGTH} tegn.`,
      `The password may be at most ${MAX_PASSWORD_LENGTH} characters.`,
    );
  }
  if (COMMON.has(password.toLowerCase())) {
    throw ruleViolation(
      field,
      'Adgangskoden er for almindelig. Vælg en anden, gerne en sætning.',
      'The password is too common.',
    );
  }
}

/** argon2id hash of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

/** A hash of a password nobody has, verified when the e-mail is unknown so both failures take as long. */
let dummy: Promise<string> | null = null;

/** Verify a password against a stored hash (or against a dummy when there is none). */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  const target = stored ?? (await (dummy ??= hashPassword('indsats-dummy-password-for-timing')));
  try {
    const ok = await verify(target, password);
    return ok && stored !== null;
  } catch {
    return false;
  }
}
