import { Injectable } from '@nestjs/common';
import { userActor } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { validationFailed } from '../common/validation/validation.pipe';
import { AccessTokensService } from '../tokens/access-tokens.service';
import { SessionsService, type IssuedSession } from '../tokens/sessions.service';
import type { ClientContext } from './client-context';
import { EmailVerificationService } from './email-verification/email-verification.service';
import { AuthErrors } from '../common/errors/auth-errors';
import { toUserResponse } from '../users/user.mapper';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { sessionOf, type AuthenticatedUser } from '../common/auth/authenticated-user';
import type { AuthTokensDto } from './dto/auth-tokens.dto';
import { MfaService } from '../mfa/mfa.service';
import type { MfaRequiredDto, VerifyMfaDto } from './mfa/mfa.dto';
import { proofOf } from './mfa/mfa.dto';
import type { ChangePasswordDto } from './dto/change-password.dto';
import type { LoginDto } from './dto/login.dto';
import type { RegisterDto } from './dto/register.dto';
import type { UpdateMeDto } from './dto/update-me.dto';

/** Sign-up, sign-in and the caller's own account; the rules live in UsersService and SessionsService. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly accessTokens: AccessTokensService,
    private readonly audit: AuditService,
    private readonly emailVerification: EmailVerificationService,
    private readonly mfa: MfaService,
  ) {}

  async register(input: RegisterDto, client: ClientContext): Promise<AuthTokensDto> {
    const user = await this.users.create(
      { username: input.username, email: input.email, password: input.password },
      'user.registered',
    );
    this.emailVerification.sendLink(user);
    return this.tokensFor(user, await this.sessions.start(user.id, client));
  }

  /**
   * Unknown account and wrong password give the same answer after the same
   * work; only a correct password learns that an account is deactivated.
   */
  async login(input: LoginDto, client: ClientContext): Promise<AuthTokensDto | MfaRequiredDto> {
    if (input.username !== undefined && input.email !== undefined) {
      throw validationFailed([{ field: 'email', message: 'give username or email, not both' }]);
    }
    const identifier = (input.email ?? input.username) as string;
    const user = await this.users.findByLoginIdentifier(identifier);
    try {
      if (!user) {
        await this.users.verifyNoAccount(input.password);
        throw AuthErrors.invalidCredentials();
      }
      if (!(await this.users.verifyPassword(user, input.password)))
        throw AuthErrors.invalidCredentials();
      if (!user.is_active) throw AuthErrors.accountDisabled();
    } catch (error) {
      // The reason code only: never the password, nor the identifier that was typed.
      if (error instanceof AppException) {
        this.audit.recordDetached({
          action: 'user.login_failed',
          outcome: 'failure',
          target: user ? { type: 'user', id: user.id } : undefined,
          details: { reason: error.code },
        });
      }
      throw error;
    }
    if (user.mfa_enabled) {
      // The password was right; the session waits for the second factor.
      const challenge = await this.mfa.startChallenge(user.id);
      return { mfa_required: true, mfa_token: challenge.mfaToken, expires_in: challenge.expiresIn };
    }
    return this.signIn(user, client, 'password');
  }

  /** `POST /auth/mfa/verify`: the second step of a sign-in with MFA on. */
  async verifyMfa(input: VerifyMfaDto, client: ClientContext): Promise<AuthTokensDto> {
    const { userId, method } = await this.mfa.completeChallenge(input.mfa_token, proofOf(input));
    const user = await this.users.findById(userId);
    if (!user) throw AuthErrors.invalidCredentials();
    if (!user.is_active) throw AuthErrors.accountDisabled();
    return this.signIn(user, client, method);
  }

  private async signIn(
    user: UserEntity,
    client: ClientContext,
    method: 'password' | 'totp' | 'recovery_code',
  ): Promise<AuthTokensDto> {
    const session = await this.audit.withEvent(
      () => this.sessions.start(user.id, client),
      (started) => ({
        action: 'user.login',
        actor: userActor(user.id),
        target: { type: 'user', id: user.id },
        // `second_factor` only for sign-ins that needed one.
        details: {
          session_id: started.sessionId,
          ...(method === 'password' ? {} : { second_factor: method }),
        },
      }),
    );
    return this.tokensFor(user, session);
  }

  async refresh(refreshToken: string, client: ClientContext): Promise<AuthTokensDto> {
    const { userId, session } = await this.sessions.rotate(refreshToken, client);
    const user = await this.users.findById(userId);
    if (!user) throw AuthErrors.revoked();
    return this.tokensFor(user, session);
  }

  logout(caller: AuthenticatedUser): Promise<void> {
    const sessionId = sessionOf(caller);
    return this.audit.withEvent(
      () => this.sessions.end(sessionId, 'logout'),
      () => ({ action: 'user.logout', target: { type: 'session', id: sessionId } }),
    );
  }

  updateMe(caller: AuthenticatedUser, changes: UpdateMeDto): Promise<UserEntity> {
    return this.users.updateProfile(caller.user.id, changes);
  }

  /** Keeps the caller's own session; every other session of the user ends. */
  changePassword(caller: AuthenticatedUser, input: ChangePasswordDto): Promise<void> {
    return this.users.changePassword(
      caller.user.id,
      input.current_password,
      input.new_password,
      sessionOf(caller),
    );
  }

  /**
   * A new session for a user an OpenID provider signed in (single sign-on,
   * src/sso): the same token body as login. Joins the caller's transaction.
   */
  async startSsoSession(
    user: UserEntity,
    provider: string,
    client: ClientContext,
  ): Promise<AuthTokensDto> {
    const session = await this.audit.withEvent(
      () => this.sessions.start(user.id, client),
      (started) => ({
        action: 'user.sso_login',
        actor: userActor(user.id),
        target: { type: 'user', id: user.id },
        details: { provider, session_id: started.sessionId },
      }),
    );
    return this.tokensFor(user, session);
  }

  private tokensFor(user: UserEntity, session: IssuedSession): AuthTokensDto {
    const access = this.accessTokens.sign(user.id, session.sessionId);
    return {
      access_token: access.token,
      refresh_token: session.refreshToken,
      token_type: 'bearer',
      expires_in: access.expiresIn,
      user: toUserResponse(user),
    };
  }
}
