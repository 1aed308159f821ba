import { Controller, Get, Header, Headers, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { timingSafeEqual } from 'node:crypto';
import { appConfig, type AppSettings } from '../config/app.config';
import { AppException } from '../common/errors/app.exception';
import { Public } from '../auth/decorators/public.decorator';
import { ApiProblemResponses } from '../common/swagger/api-problem-responses.decorator';
import { MetricsService } from './metrics.service';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

@ApiTags('operations')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(appConfig.KEY) private readonly settings: AppSettings,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Prometheus metrics',
    description:
      'HTTP request counts and latency histograms by route template and status, plus process metrics, in the Prometheus text format. When `METRICS_TOKEN` is set, send it as a bearer token.',
  })
  @ApiProduces('text/plain')
  @ApiBearerAuth('metrics-token')
  @ApiOkResponse({ description: 'Prometheus exposition text.', schema: { type: 'string' } })
  @ApiProblemResponses(401)
  @Header('Cache-Control', 'no-store')
  async scrape(
    @Res({ passthrough: true }) response: Response,
    @Headers('authorization') authorization?: string,
  ): Promise<string> {
    const token = this.settings.metricsToken;
    if (token !== undefined) {
      const given = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '';
      if (!sameSecret(given, token)) {
        throw new AppException(401, 'UNAUTHENTICATED', 'A valid metrics token is required.', {
          headers: { 'WWW-Authenticate': 'Bearer realm="metrics"' },
        });
      }
    }
    response.setHeader('Content-Type', this.metrics.contentType);
    return this.metrics.exposition();
  }
}
