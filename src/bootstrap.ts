import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import type { Request } from 'express';
import { API_PREFIX, API_TITLE, UNPREFIXED_PATHS } from './app-info';
import { isScimRequest } from './common/http/scim-path';
import { AppModule } from './app.module';
import { bodyParserErrorMiddleware } from './common/http/body-parser-errors';
import { bodyDepthMiddleware } from './common/http/body-depth';
import { bodyTimeoutMiddleware, configureServerTimeouts } from './common/http/body-timeout';
import { GracefulShutdown } from './common/lifecycle/graceful-shutdown';
import { accessLogMiddleware, requestContextMiddleware } from './common/logging/logger-options';
import { ROOT_LOGGER } from './common/logging/logging.module';
import { corsOptions, varyOnOrigin } from './common/http/cors';
import { buildOpenApiDocument } from './common/swagger/openapi-document';
import { validateEnvironment } from './config';
import { appConfig, type AppSettings } from './config/app.config';
import { authConfig, type AuthSettings } from './config/auth.config';
import { MetricsService } from './metrics/metrics.service';

/** Everything main.ts and the e2e tests share: middleware, prefix, docs. */
export function configureApp(app: NestExpressApplication): void {
  const settings = app.get<AppSettings>(appConfig.KEY);
  app.useLogger(app.get(Logger));
  app.flushLogs();

  app.disable('x-powered-by');
  app.set('trust proxy', settings.trustProxy);
  // Order matters: in-flight tracking for graceful shutdown first, then the access log
  // assigns the request id before anything can fail.
  app.use(app.get(GracefulShutdown).middleware);
  app.use(accessLogMiddleware(app.get<PinoLogger>(ROOT_LOGGER)));
  app.use(app.get(MetricsService).middleware);
  app.use(helmet());
  // Before the routes, so preflights are answered here; nothing at all without CORS_ORIGINS.
  if (settings.corsOrigins.length > 0) {
    app.use(varyOnOrigin);
    app.enableCors(corsOptions(settings.corsOrigins));
  }
  configureServerTimeouts(app.getHttpServer());
  app.use(bodyTimeoutMiddleware(settings.requestBodyTimeoutSeconds));
  app.useBodyParser('json', { limit: settings.jsonBodyLimitBytes });
  app.useBodyParser('urlencoded', { extended: false, limit: settings.jsonBodyLimitBytes });
  // SCIM's own media type (RFC 7644), read like JSON on its routes only.
  app.useBodyParser('json', {
    limit: settings.jsonBodyLimitBytes,
    type: (request: Request) =>
      isScimRequest(request) && request.is('application/scim+json') !== false,
  });
  app.use(bodyParserErrorMiddleware);
  app.use(bodyDepthMiddleware);
  app.use(requestContextMiddleware);
  app.setGlobalPrefix(API_PREFIX, {
    exclude: UNPREFIXED_PATHS.flatMap((path) => [path, `${path}/{*rest}`]),
  });

  if (settings.docsEnabled) {
    SwaggerModule.setup(
      'docs',
      app,
      () => buildOpenApiDocument(app, { metricsAccess: settings.metricsAccess }),
      {
        jsonDocumentUrl: 'docs-json',
        yamlDocumentUrl: 'docs-yaml',
        customSiteTitle: `${API_TITLE} docs`,
        swaggerOptions: { persistAuthorization: false },
      },
    );
  }

  const auth = app.get<AuthSettings>(authConfig.KEY);
  if (auth.jwtSecretGenerated) {
    new NestLogger('Config').warn(
      'JWT_SECRET is not set: using a random secret for this process, so tokens will not survive a restart. Set JWT_SECRET (at least 32 random bytes) outside development.',
    );
  }
}

/**
 * Validates settings, then builds and initialises the application (database
 * connected, migrations checked) without listening yet.
 */
export async function createApp(): Promise<NestExpressApplication> {
  validateEnvironment();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
  });
  try {
    configureApp(app);
    await app.init();
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}
