import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { FilesStorageModule } from '../files/files-storage.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

/** Liveness and readiness probes. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false }), FilesStorageModule],
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}
