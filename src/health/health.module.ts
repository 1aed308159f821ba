import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { FilesModule } from '../files/files.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

/** Liveness and readiness probes. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false }), FilesModule],
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}
