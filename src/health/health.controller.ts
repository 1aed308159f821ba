import { Controller, Get, Header } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/public.decorator';
import { ApiProblemResponse } from '../common/swagger/api-problem-responses.decorator';
import { DependencyStatusDto, LivenessDto, ReadinessDto } from './dto/health.dto';
import { HealthService } from './health.service';

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Liveness',
    description: 'Answers 200 while the process serves HTTP; checks no dependency.',
  })
  @ApiOkResponse({ type: LivenessDto })
  getLiveness(): LivenessDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Readiness',
    description:
      'Answers 200 when the database and the file storage respond, else 503 NOT_READY with `checks` naming what is down. The storage must be the one this database belongs to (its `.reviewpoint-storage` marker: `marker missing` / `marker mismatch`) and, on local disk, have at least STORAGE_MIN_FREE_BYTES free (`low free space`). Redis, when configured, is optional: only the sign-in rate limits use it and answer 503 RATE_LIMITER_UNAVAILABLE without it, so a Redis outage is reported as `status: "degraded"` with a 200 rather than taking every instance out of the load balancer. During a graceful shutdown: 503 SHUTTING_DOWN.',
  })
  @ApiExtraModels(DependencyStatusDto)
  @ApiOkResponse({ type: ReadinessDto })
  @ApiProblemResponse({
    status: 503,
    codes: ['NOT_READY', 'SHUTTING_DOWN'],
    description:
      'A required dependency is down (`checks` names it), or the instance is shutting down.',
  })
  getReadiness(): Promise<ReadinessDto> {
    return this.health.readiness();
  }
}
