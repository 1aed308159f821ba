import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import * as oidc from 'openid-client';
import { API_PREFIX } from '../app-info';
import { errorForLog } from '../common/errors/error-for-log';
import { ssoConfig, type OidcProviderSettings, type SsoSettings } from '../config/sso.config';
import { SsoErrors } from './sso.errors';

interface Provider {
  settings: OidcProviderSettings;
  configuration?: oidc.Configuration;
  discovering?: Promise<oidc.Configuration>;
  /** When discovery last failed (ms since epoch); it is not retried sooner than the retry interval. */
  failedAt?: number;
}

/**
 * The configured OpenID providers as `openid-client` relying-party
 * configurations, discovered from their issuers (`/.well-known/openid-configuration`).
 *
 * Discovery is tried at boot without waiting for it and, until it succeeds,
 * again on a provider's next request (at most every SSO_DISCOVERY_RETRY_SECONDS):
 * an unreachable provider never stops the app; its routes answer 503
 * SSO_PROVIDER_UNAVAILABLE meanwhile. ID tokens are verified against the
 * provider's JWKS (`enableNonRepudiationChecks`). openid-client keeps the key
 * set at most 5 minutes and fetches it again when a token names a key it does
 * not have and the copy is a minute old, so a rotated key is accepted within a
 * minute of its first use.
 */
@Injectable()
export class OidcClients implements OnApplicationBootstrap {
  private readonly logger = new Logger(OidcClients.name);
  private readonly providers = new Map<string, Provider>();

  constructor(@Inject(ssoConfig.KEY) private readonly settings: SsoSettings) {
    for (const provider of settings.providers)
      this.providers.set(provider.name, { settings: provider });
  }

  onApplicationBootstrap(): void {
    for (const provider of this.providers.values()) {
      this.discover(provider).catch(() => undefined);
    }
  }

  list(): OidcProviderSettings[] {
    return [...this.providers.values()].map((provider) => provider.settings);
  }

  /** The provider's settings; 404 SSO_PROVIDER_NOT_FOUND for a name not configured. */
  settingsOf(name: string): OidcProviderSettings {
    const provider = this.providers.get(name);
    if (!provider) throw SsoErrors.providerNotFound();
    return provider.settings;
  }

  /** Where the provider sends the browser back: registered at the provider as the redirect URL. */
  callbackUrl(name: string): string {
    return `${this.settings.publicUrl}/${API_PREFIX}/auth/sso/${name}/callback`;
  }

  /** The discovered configuration; 503 SSO_PROVIDER_UNAVAILABLE while discovery fails. */
  async configurationOf(name: string): Promise<oidc.Configuration> {
    const provider = this.providers.get(name);
    if (!provider) throw SsoErrors.providerNotFound();
    if (provider.configuration) return provider.configuration;
    const retryAfterMs = this.settings.discoveryRetrySeconds * 1000;
    if (!provider.discovering && provider.failedAt && Date.now() - provider.failedAt < retryAfterMs)
      throw SsoErrors.providerUnavailable();
    try {
      return await this.discover(provider);
    } catch {
      throw SsoErrors.providerUnavailable();
    }
  }

  private discover(provider: Provider): Promise<oidc.Configuration> {
    const { settings } = provider;
    provider.discovering ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        { client_secret: settings.clientSecret },
        oidc.ClientSecretBasic(settings.clientSecret),
        {
          timeout: this.settings.httpTimeoutSeconds,
          execute: [
            oidc.enableNonRepudiationChecks,
            // Validated at boot: only an http:// issuer on a loopback address outside production.
            ...(settings.allowInsecure ? [oidc.allowInsecureRequests] : []),
          ],
        },
      )
      .then(
        (configuration) => {
          provider.configuration = configuration;
          provider.failedAt = undefined;
          this.logger.log({ provider: settings.name }, 'OpenID provider discovered');
          return configuration;
        },
        (error: unknown) => {
          provider.failedAt = Date.now();
          this.logger.warn(
            { provider: settings.name, err: errorForLog(error) },
            'OpenID provider discovery failed; its sign-in answers 503 until it succeeds',
          );
          throw error;
        },
      )
      .finally(() => {
        provider.discovering = undefined;
      });
    return provider.discovering;
  }
}
