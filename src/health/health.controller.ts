import { Controller, Get, Header } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/decorators/public.decorator';
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
      'Answers 200 when every dependency (the database, file storage and, when configured, Redis) responds, else 503 naming the ones that do not.',
  })
  @ApiExtraModels(DependencyStatusDto)
  @ApiOkResponse({ type: ReadinessDto })
  @ApiProblemResponse({
    status: 503,
    codes: ['NOT_READY'],
    description: 'A dependency is down; `checks` names it.',
  })
  getReadiness(): Promise<ReadinessDto> {
    return this.health.readiness();
  }
}
