import type { Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { errorForLog } from '../common/errors/error-for-log';
import type { ProviderClaims } from './sso-accounts.service';
import type { SignInSecrets } from './sso-secrets';
import { SsoSignInRefused, type SsoCallbackError } from './sso.errors';

export interface CallbackInput {
  /** Our callback URL as registered at the provider (never built from the request's Host). */
  callbackUrl: string;
  /** The callback's query string, as received. */
  query: Record<string, unknown>;
  secrets: SignInSecrets;
  /** The groups claim to look for in UserInfo when the ID token lacks it (admin group configured). */
  wantsGroups?: string;
  logger: Logger;
  provider: string;
}

/**
 * The provider's half of the callback, all of it done by openid-client: the
 * authorization response (`state`, the RFC 9207 `iss`, an `error`), the code
 * exchange with the PKCE verifier, and the ID token (signature from the JWKS,
 * `alg` as registered, `iss`, `aud`, `azp`, `exp`, `iat`, `nonce`). UserInfo
 * (checked to be about the same `sub`) fills in claims the ID token lacks,
 * as providers that keep ID tokens small do.
 */
export async function completeSignIn(
  configuration: oidc.Configuration,
  input: CallbackInput,
): Promise<ProviderClaims> {
  const current = new URL(input.callbackUrl);
  for (const [key, value] of Object.entries(input.query)) {
    if (typeof value === 'string') current.searchParams.append(key, value);
  }
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: input.secrets.codeVerifier,
      expectedState: input.secrets.state,
      expectedNonce: input.secrets.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new SsoSignInRefused('SSO_TOKEN_INVALID', 'no ID token');
    const missing =
      typeof claims.email !== 'string' ||
      (input.wantsGroups !== undefined && claims[input.wantsGroups] === undefined);
    const userInfoEndpoint = configuration.serverMetadata().userinfo_endpoint;
    if (missing && userInfoEndpoint && tokens.access_token) {
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      return { ...info, ...stripUndefined(claims), sub: claims.sub };
    }
    return claims;
  } catch (error) {
    if (error instanceof SsoSignInRefused) throw error;
    const reason = classify(error);
    // Codes and messages only: openid-client's errors never carry token values in these fields.
    input.logger.warn(
      { provider: input.provider, reason, err: errorForLog(error) },
      'Single sign-on refused at the callback',
    );
    throw new SsoSignInRefused(reason, 'provider sign-in failed');
  }
}

function classify(error: unknown): SsoCallbackError {
  if (error instanceof oidc.AuthorizationResponseError) return 'SSO_PROVIDER_ERROR';
  if (error instanceof oidc.ResponseBodyError && error.status >= 500)
    return 'SSO_PROVIDER_UNAVAILABLE';
  const code = (error as { code?: unknown }).code;
  const cause = (error as { cause?: unknown }).cause;
  if (code === 'OAUTH_TIMEOUT' || code === 'OAUTH_ABORT' || cause instanceof TypeError)
    return 'SSO_PROVIDER_UNAVAILABLE';
  return 'SSO_TOKEN_INVALID';
}

function stripUndefined(claims: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}
