import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { AppController } from './app.controller';
import { AuditRetentionModule } from './audit/audit-retention.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { LifecycleModule } from './common/lifecycle/graceful-shutdown';
import { LoggingModule } from './common/logging/logging.module';
import { AppValidationPipe } from './common/validation/validation.pipe';
import { configModule } from './config';
import { DatabaseModule } from './database/database.module';
import { FilesModule } from './files/files.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { RedisModule } from './redis/redis.module';
import { ScimModule } from './scim/scim.module';
import { SsoModule } from './sso/sso.module';
import { TokenPurgeModule } from './tokens/token-purge.module';
import { UsersModule } from './users/users.module';

@Module({
  imports: [
    configModule,
    LoggingModule,
    LifecycleModule,
    DatabaseModule,
    AuditModule,
    RedisModule,
    ScheduleModule.forRoot(),
    MetricsModule,
    HealthModule,
    UsersModule,
    AuthModule,
    SsoModule,
    TokenPurgeModule,
    AuditRetentionModule,
    FilesModule,
    ScimModule,
  ],
  controllers: [AppController],
  providers: [
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    { provide: APP_PIPE, useClass: AppValidationPipe },
  ],
})
export class AppModule {}
