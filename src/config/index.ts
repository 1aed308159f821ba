import { ConfigModule } from '@nestjs/config';
import { appConfig, loadAppSettings } from './app.config';
import { auditConfig, loadAuditSettings } from './audit.config';
import { authConfig, loadAuthSettings } from './auth.config';
import { databaseConfig, loadDatabaseSettings } from './database.config';
import { filesConfig, loadFilesSettings } from './files.config';
import { loadMailSettings, mailConfig } from './mail.config';
import { loadMfaSettings, mfaConfig } from './mfa.config';
import { loadRedisSettings, redisConfig } from './redis.config';
import { loadSsoSettings, ssoConfig } from './sso.config';

export { ConfigurationError } from './configuration-error';

/** Every configuration namespace, in the order ConfigModule loads them. */
export const CONFIG_NAMESPACES = [
  appConfig,
  databaseConfig,
  authConfig,
  filesConfig,
  mailConfig,
  redisConfig,
  auditConfig,
  ssoConfig,
  mfaConfig,
];

/**
 * Checks every namespace at once, before Nest starts, so a bad setting stops
 * the process with one line instead of a dependency-injection stack trace.
 */
export function validateEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  loadAppSettings(env);
  loadDatabaseSettings(env);
  loadAuthSettings(env);
  loadFilesSettings(env);
  loadMailSettings(env);
  loadRedisSettings(env);
  loadAuditSettings(env);
  loadSsoSettings(env);
  loadMfaSettings(env);
}

/** The global ConfigModule with every namespace; shared by the HTTP app and the CLI. */
export const configModule = ConfigModule.forRoot({
  isGlobal: true,
  cache: true,
  load: CONFIG_NAMESPACES,
});
