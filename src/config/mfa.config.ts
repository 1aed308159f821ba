import { registerAs } from '@nestjs/config';
import { z } from 'zod';
import { ConfigurationError } from './configuration-error';
import {
  booleanSetting,
  integerSetting,
  optionalStringSetting,
  optionalUrlSetting,
  parseSettings,
  stringSetting,
} from './settings';

/** AES-256-GCM needs exactly this many key bytes. */
export const MFA_KEY_BYTES = 32;

export const mfaSettingsSchema = z.object({
  MFA_ENCRYPTION_KEY: optionalStringSetting(),
  MFA_ISSUER: stringSetting('ReViewPoint'),
  MFA_TOKEN_TTL_SECONDS: integerSetting({ min: 30, max: 1_800, default: 300 }),
  REQUIRE_ADMIN_MFA: booleanSetting(false),
  EMAIL_VERIFICATION_URL: optionalUrlSetting(['http', 'https']).transform(
    (url) => url ?? 'http://localhost:3000/verify-email',
  ),
  EMAIL_VERIFICATION_TTL_SECONDS: integerSetting({ min: 300, max: 2_592_000, default: 86_400 }),
  REQUIRE_VERIFIED_EMAIL: booleanSetting(false),
});

/** Second factor (TOTP) and verified email addresses (SPEC §11). */
export type MfaSettings = {
  /**
   * Key that encrypts TOTP secrets at rest (AES-256-GCM). Unset: enrolling
   * answers 503 `MFA_NOT_CONFIGURED`, and a production server refuses to start
   * while any account has MFA on.
   */
  encryptionKey: Buffer | undefined;
  /** The issuer shown by authenticator apps. */
  issuer: string;
  /** How long the `mfa_token` of a half-finished sign-in lives. */
  mfaTokenTtlSeconds: number;
  /** Admin routes answer 403 `MFA_REQUIRED` to an admin without MFA. */
  requireAdminMfa: boolean;
  emailVerificationUrl: string;
  emailVerificationTtlSeconds: number;
  /** Unverified accounts answer 403 `EMAIL_NOT_VERIFIED` on most routes. */
  requireVerifiedEmail: boolean;
};

/** 32 bytes given as 64 hex digits or as base64 / base64url. */
export function parseEncryptionKey(raw: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(raw)
    ? Buffer.from(raw, 'hex')
    : /^[A-Za-z0-9+/_-]+={0,2}$/.test(raw)
      ? Buffer.from(raw, 'base64')
      : Buffer.alloc(0);
  if (key.length !== MFA_KEY_BYTES) {
    throw new ConfigurationError(
      'MFA_ENCRYPTION_KEY',
      `must be ${MFA_KEY_BYTES} random bytes as 64 hex digits or base64 (e.g. \`openssl rand -base64 32\`)`,
    );
  }
  return key;
}

export function loadMfaSettings(env: NodeJS.ProcessEnv = process.env): MfaSettings {
  const parsed = parseSettings(mfaSettingsSchema, env, ['MFA_ENCRYPTION_KEY']);
  return {
    encryptionKey:
      parsed.MFA_ENCRYPTION_KEY === undefined
        ? undefined
        : parseEncryptionKey(parsed.MFA_ENCRYPTION_KEY),
    issuer: parsed.MFA_ISSUER,
    mfaTokenTtlSeconds: parsed.MFA_TOKEN_TTL_SECONDS,
    requireAdminMfa: parsed.REQUIRE_ADMIN_MFA,
    emailVerificationUrl: parsed.EMAIL_VERIFICATION_URL,
    emailVerificationTtlSeconds: parsed.EMAIL_VERIFICATION_TTL_SECONDS,
    requireVerifiedEmail: parsed.REQUIRE_VERIFIED_EMAIL,
  };
}

export const mfaConfig = registerAs('mfa', (): MfaSettings => loadMfaSettings());
