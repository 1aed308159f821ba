import {
  Global,
  Module,
  RequestMethod,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { auditContextMiddleware } from './audit-context';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditLogService } from './audit-log.service';
import { AuditService } from './audit.service';

/**
 * The audit log (SPEC §8). Owns `audit_events` and `audit_chain`; other
 * modules only call `AuditService` (global, like `Database`), never the
 * tables. Knows nothing of the features it records beyond the action list.
 */
@Global()
@Module({
  controllers: [AuditEventsController],
  providers: [AuditEventsRepository, AuditService, AuditLogService],
  exports: [AuditService, AuditLogService],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(auditContextMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
