import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { toString as qrCodeSvg } from 'qrcode';
import { AuditService } from '../audit/audit.service';
import { appConfig, type AppSettings } from '../config/app.config';
import { ConfigurationError } from '../config/configuration-error';
import { mfaConfig, type MfaSettings } from '../config/mfa.config';
import { Database } from '../database/database.service';
import { generateTokenValue, hashTokenValue, looksLikeTokenValue } from '../tokens/token-values';
import { UserErrors } from '../users/users.errors';
import { UsersService } from '../users/users.service';
import { MfaErrors } from './mfa.errors';
import { MfaRepository } from './mfa.repository';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes';
import { openSecret, sealSecret } from './secret-box';
import { acceptedTotpStep, newTotpSecret, totpUri } from './totp';

/** Wrong codes that end an mfa_token (SPEC §11). */
export const MFA_MAX_ATTEMPTS = 5;

/** A second factor as presented: a TOTP code or a recovery code (exactly one). */
export interface MfaProof {
  code?: string;
  recovery_code?: string;
}

export interface TotpEnrollment {
  secret: string;
  otpauth_url: string;
  qr_svg: string;
}

/**
 * The second factor (SPEC §11): TOTP secrets encrypted at rest, recovery
 * codes, and the `mfa_token` of a sign-in waiting for its code. It says who
 * passed; starting the session is the auth module's job.
 */
@Injectable()
export class MfaService implements OnApplicationBootstrap {
  private readonly logger = new Logger(MfaService.name);

  constructor(
    private readonly mfa: MfaRepository,
    private readonly users: UsersService,
    private readonly db: Database,
    private readonly audit: AuditService,
    @Inject(mfaConfig.KEY) private readonly settings: MfaSettings,
    @Inject(appConfig.KEY) private readonly app: AppSettings,
  ) {}

  /** Without a key nobody with MFA can sign in: production refuses to start in that state. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.settings.encryptionKey) return;
    const enabled = await this.mfa.countEnabled();
    if (enabled === 0) return;
    const problem = `is not set, but ${enabled} account(s) have two-factor authentication on; they cannot sign in with a code without it`;
    if (this.app.environment === 'production')
      throw new ConfigurationError('MFA_ENCRYPTION_KEY', problem);
    this.logger.error(`MFA_ENCRYPTION_KEY ${problem}`);
  }

  get tokenTtlSeconds(): number {
    return this.settings.mfaTokenTtlSeconds;
  }

  /** A new secret, waiting for its first code; replaces an unfinished enrollment. */
  async enroll(user: { id: string; username: string }): Promise<TotpEnrollment> {
    const key = this.key();
    const current = await this.mfa.findByUser(user.id);
    if (current?.enabled_at) throw MfaErrors.alreadyEnabled();
    const secret = newTotpSecret();
    await this.audit.withEvent(
      () =>
        this.mfa.replacePending({
          user_id: user.id,
          secret_encrypted: sealSecret(key, secret, user.id),
          enabled_at: null,
          last_used_step: null,
          created_at: new Date(),
        }),
      () => ({ action: 'mfa.enrolled', target: { type: 'user', id: user.id } }),
    );
    const otpauthUrl = totpUri({ issuer: this.settings.issuer, account: user.username, secret });
    return {
      secret,
      otpauth_url: otpauthUrl,
      qr_svg: await qrCodeSvg(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    };
  }

  /** The first code turns MFA on; answers the recovery codes (shown this once). */
  async activate(userId: string, code: string): Promise<string[]> {
    const key = this.key();
    const row = await this.mfa.findByUser(userId);
    if (!row) throw MfaErrors.notEnrolled();
    if (row.enabled_at) throw MfaErrors.alreadyEnabled();
    const step = acceptedTotpStep(openSecret(key, row.secret_encrypted, userId), code, null);
    if (step === null) throw MfaErrors.wrongCode();
    const codes = generateRecoveryCodes();
    const now = new Date();
    await this.audit.withEvent(
      async () => {
        if (!(await this.mfa.activate(userId, step, now))) throw MfaErrors.notEnrolled();
        await this.storeRecoveryCodes(userId, codes, now);
        await this.users.setMfaEnabled(userId, true);
      },
      () => ({ action: 'mfa.activated', target: { type: 'user', id: userId } }),
    );
    return codes;
  }

  /** Needs the password and a current code (or a recovery code). */
  async disable(userId: string, password: string, proof: MfaProof): Promise<void> {
    const user = await this.users.getById(userId);
    if (!(await this.users.verifyPassword(user, password))) throw UserErrors.wrongCurrentPassword();
    const row = await this.mfa.findByUser(userId);
    if (!row?.enabled_at) throw MfaErrors.notEnabled();
    if (!(await this.checkProof(userId, row.secret_encrypted, row.last_used_step, proof)))
      throw MfaErrors.wrongCode();
    await this.audit.withEvent(
      () => this.removeAll(userId),
      () => ({ action: 'mfa.disabled', target: { type: 'user', id: userId } }),
    );
  }

  /** `DELETE /users/{id}/mfa` (admin): for a user who lost their device and codes. */
  async resetByAdmin(userId: string): Promise<void> {
    await this.users.getById(userId);
    await this.audit.withEvent(
      () => this.removeAll(userId),
      (removed) =>
        removed ? { action: 'mfa.reset', target: { type: 'user', id: userId } } : undefined,
    );
  }

  /** Step one of a sign-in with MFA on: an mfa_token for `/auth/mfa/verify`. */
  async startChallenge(userId: string): Promise<{ mfaToken: string; expiresIn: number }> {
    const token = generateTokenValue();
    const now = new Date();
    await this.mfa.insertChallenge({
      id: randomUUID(),
      user_id: userId,
      token_hash: hashTokenValue(token),
      failed_attempts: 0,
      created_at: now,
      expires_at: new Date(now.getTime() + this.settings.mfaTokenTtlSeconds * 1000),
      ended_at: null,
    });
    return { mfaToken: token, expiresIn: this.settings.mfaTokenTtlSeconds };
  }

  /** The account an mfa_token was issued for, whatever its state (for the rate limit). */
  async challengeOwner(mfaToken: string): Promise<string | null> {
    if (!looksLikeTokenValue(mfaToken)) return null;
    return (await this.mfa.findChallenge(hashTokenValue(mfaToken)))?.user_id ?? null;
  }

  /**
   * Step two: the user whose mfa_token and code (or recovery code) are right.
   * Every wrong code counts; the fifth ends the mfa_token.
   */
  async completeChallenge(
    mfaToken: string,
    proof: MfaProof,
  ): Promise<{ userId: string; method: 'totp' | 'recovery_code' }> {
    const now = new Date();
    const challenge = looksLikeTokenValue(mfaToken)
      ? await this.mfa.findChallenge(hashTokenValue(mfaToken))
      : null;
    if (!challenge || challenge.ended_at || challenge.expires_at <= now)
      throw MfaErrors.invalidMfaToken();
    const userId = challenge.user_id;
    const row = await this.mfa.findByUser(userId);
    if (!row?.enabled_at) throw MfaErrors.invalidMfaToken();
    if (!(await this.checkProof(userId, row.secret_encrypted, row.last_used_step, proof))) {
      const attempts = await this.mfa.countFailure(challenge.id, MFA_MAX_ATTEMPTS, now);
      this.audit.recordDetached({
        action: 'mfa.verify_failed',
        outcome: 'failure',
        target: { type: 'user', id: userId },
        details: { attempts, token_ended: attempts >= MFA_MAX_ATTEMPTS },
      });
      throw MfaErrors.wrongSignInCode(Math.max(0, MFA_MAX_ATTEMPTS - attempts));
    }
    if (!(await this.mfa.endChallenge(challenge.id, now))) throw MfaErrors.invalidMfaToken();
    return { userId, method: proof.recovery_code === undefined ? 'totp' : 'recovery_code' };
  }

  /** A TOTP code (never one of a step already used) or an unused recovery code; uses it up. */
  private async checkProof(
    userId: string,
    sealedSecret: string,
    lastUsedStep: number | null,
    proof: MfaProof,
  ): Promise<boolean> {
    if (proof.recovery_code !== undefined)
      return this.mfa.useRecoveryCode(userId, hashRecoveryCode(proof.recovery_code), new Date());
    const secret = openSecret(this.key(), sealedSecret, userId);
    const step = acceptedTotpStep(secret, proof.code ?? '', lastUsedStep);
    return step !== null && (await this.mfa.useStep(userId, step));
  }

  private async storeRecoveryCodes(userId: string, codes: string[], now: Date): Promise<void> {
    await this.mfa.replaceRecoveryCodes(
      userId,
      codes.map((code) => ({
        id: randomUUID(),
        user_id: userId,
        code_hash: hashRecoveryCode(code),
        created_at: now,
        used_at: null,
      })),
    );
  }

  private removeAll(userId: string): Promise<boolean> {
    return this.db.transaction(async () => {
      const removed = await this.mfa.removeAll(userId);
      await this.users.setMfaEnabled(userId, false);
      return removed;
    });
  }

  private key(): Buffer {
    if (!this.settings.encryptionKey) throw MfaErrors.notConfigured();
    return this.settings.encryptionKey;
  }
}
