import { Global, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { appConfig, type AppSettings } from '../../config/app.config';
import { createRootLogger } from './logger-options';

/** The root pino logger, shared by the access log and Nest's logger. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

@Global()
@Module({
  providers: [
    {
      provide: ROOT_LOGGER,
      inject: [appConfig.KEY],
      useFactory: (settings: AppSettings) => createRootLogger(settings),
    },
  ],
  exports: [ROOT_LOGGER],
})
class RootLoggerModule {}

/**
 * Nest logs through pino. The access log itself is mounted in `configureApp`
 * (first, before body parsing); here nestjs-pino only binds each routed
 * request's child logger so service logs carry the request id.
 */
@Module({
  imports: [
    RootLoggerModule,
    LoggerModule.forRootAsync({
      inject: [ROOT_LOGGER],
      useFactory: (logger: Logger) => ({
        pinoHttp: {
          logger,
          autoLogging: false,
          genReqId: (request) => (request as { id?: string }).id ?? 'unknown',
          customAttributeKeys: { reqId: 'request_id' },
          quietReqLogger: true,
        },
        forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
      }),
    }),
  ],
  exports: [RootLoggerModule, LoggerModule],
})
export class LoggingModule {}
