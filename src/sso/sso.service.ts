import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import { AuditService } from '../audit/audit.service';
import type { AuthTokensDto } from '../auth/dto/auth-tokens.dto';
import { AuthService } from '../auth/auth.service';
import type { ClientContext } from '../auth/client-context';
import { AuthErrors } from '../common/errors/auth-errors';
import { authConfig, type AuthSettings } from '../config/auth.config';
import { normalizeRedirectUrl, ssoConfig, type SsoSettings } from '../config/sso.config';
import { Database } from '../database/database.service';
import { UsersService } from '../users/users.service';
import { OidcClients } from './oidc-clients';
import { SsoAccountsService, type ProviderClaims } from './sso-accounts.service';
import { SsoHandoffsRepository } from './sso-handoffs.repository';
import { hashSecret, looksLikeSecret, randomSecret, secretsFor } from './sso-secrets';
import { SsoErrors, SsoSignInRefused } from './sso.errors';
import { SsoCodeEntity } from './sso-code.entity';
import { SsoStateEntity } from './sso-state.entity';
import { completeSignIn } from './oidc-sign-in';

/** SPEC §9: a sign-in at the provider may take 10 minutes; the code handed to the client lives 60 s. */
export const STATE_TTL_SECONDS = 600;
export const CODE_TTL_SECONDS = 60;

export interface StartedSignIn {
  /** The provider's authorization URL (PKCE S256, state, nonce). */
  url: string;
  /** Also set as a cookie: the callback must come back to the browser that started. */
  state: string;
}

/** Where the callback sends the browser: the client's URL with `code=` or `error=`. */
export interface CallbackOutcome {
  location: string;
}

/**
 * The single sign-on flow (SPEC §9): authorize → the provider → callback →
 * the client's allow-listed redirect_uri with a one-time code → exchange for
 * the usual tokens. The one-time values are stored hashed (sso-secrets.ts).
 */
@Injectable()
export class SsoService {
  private readonly logger = new Logger(SsoService.name);

  constructor(
    private readonly clients: OidcClients,
    private readonly handoffs: SsoHandoffsRepository,
    private readonly accounts: SsoAccountsService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly db: Database,
    @Inject(ssoConfig.KEY) private readonly settings: SsoSettings,
    @Inject(authConfig.KEY) private readonly authSettings: AuthSettings,
  ) {}

  /** Cookies are `Secure` when the API is served over https. */
  get publicUrlIsHttps(): boolean {
    return this.settings.publicUrl.startsWith('https:');
  }

  providers(): Array<{ name: string; display_name: string }> {
    return this.clients.list().map((p) => ({ name: p.name, display_name: p.displayName }));
  }

  async authorize(name: string, redirectUri: string): Promise<StartedSignIn> {
    const provider = this.clients.settingsOf(name);
    const allowed = normalizeRedirectUrl(redirectUri);
    if (!allowed || !this.settings.redirectAllowlist.includes(allowed))
      throw SsoErrors.redirectNotAllowed();
    const configuration = await this.clients.configurationOf(name);
    const secrets = secretsFor(randomSecret(), this.authSettings.jwtSecret);
    const now = new Date();
    await this.handoffs.deleteExpired(now);
    await this.handoffs.insertState(
      Object.assign(new SsoStateEntity(), {
        id: randomUUID(),
        state_hash: hashSecret(secrets.state),
        nonce_hash: hashSecret(secrets.nonce),
        provider: provider.name,
        redirect_uri: allowed,
        created_at: now,
        expires_at: new Date(now.getTime() + STATE_TTL_SECONDS * 1000),
      }),
    );
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.clients.callbackUrl(name),
      scope: provider.scopes,
      state: secrets.state,
      nonce: secrets.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(secrets.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, state: secrets.state };
  }

  /**
   * Until the state is proven (known, unexpired, unused, this provider's, and
   * the browser's own), errors are problem+json 400s: the redirect_uri is not
   * known. After, every failure goes back to the client as `error=<reason>`.
   */
  async callback(
    name: string,
    query: Record<string, unknown>,
    browserState: string | undefined,
  ): Promise<CallbackOutcome> {
    const provider = this.clients.settingsOf(name);
    const state = query.state;
    if (!looksLikeSecret(state) || !sameSecret(state, browserState)) {
      this.refused(name, 'SSO_INVALID_STATE');
      throw SsoErrors.invalidState();
    }
    const row = await this.handoffs.takeState(hashSecret(state));
    if (!row || row.provider !== provider.name || row.expires_at <= new Date()) {
      this.refused(name, 'SSO_INVALID_STATE');
      throw SsoErrors.invalidState();
    }
    const secrets = secretsFor(state, this.authSettings.jwtSecret);
    try {
      if (hashSecret(secrets.nonce) !== row.nonce_hash) throw SsoErrors.invalidState();
      const configuration = await this.clients.configurationOf(name).catch(() => {
        throw new SsoSignInRefused('SSO_PROVIDER_UNAVAILABLE', 'provider not discovered');
      });
      const claims: ProviderClaims = await completeSignIn(configuration, {
        callbackUrl: this.clients.callbackUrl(name),
        query,
        secrets,
        wantsGroups: provider.adminGroup !== undefined ? provider.groupsClaim : undefined,
        logger: this.logger,
        provider: name,
      });
      const user = await this.accounts.signIn(provider, claims);
      const code = randomSecret();
      const now = new Date();
      await this.handoffs.insertCode(
        Object.assign(new SsoCodeEntity(), {
          id: randomUUID(),
          code_hash: hashSecret(code),
          user_id: user.id,
          provider: provider.name,
          created_at: now,
          expires_at: new Date(now.getTime() + CODE_TTL_SECONDS * 1000),
        }),
      );
      return { location: withParameter(row.redirect_uri, 'code', code) };
    } catch (error) {
      if (!(error instanceof SsoSignInRefused)) throw error;
      this.refused(name, error.reason);
      return { location: withParameter(row.redirect_uri, 'error', error.reason) };
    }
  }

  /** `POST /auth/sso/exchange`: the one-time code, once, within 60 s, for a new session. */
  async exchange(code: string, client: ClientContext): Promise<AuthTokensDto> {
    if (!looksLikeSecret(code)) throw SsoErrors.invalidCode();
    return this.db.transaction(async () => {
      const row = await this.handoffs.takeCode(hashSecret(code));
      if (!row || row.expires_at <= new Date()) throw SsoErrors.invalidCode();
      const user = await this.users.findById(row.user_id);
      if (!user) throw SsoErrors.invalidCode();
      if (!user.is_active) throw AuthErrors.accountDisabled();
      return this.auth.startSsoSession(user, row.provider, client);
    });
  }

  private refused(provider: string, reason: string): void {
    this.audit.recordDetached({
      action: 'user.sso_login_failed',
      outcome: 'failure',
      details: { provider, reason },
    });
  }
}

function sameSecret(a: string, b: string | undefined): boolean {
  if (b === undefined || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** The client's URL with one more query parameter (its own parameters kept). */
function withParameter(base: string, name: string, value: string): string {
  const url = new URL(base);
  url.searchParams.set(name, value);
  return url.href;
}
