import { Controller, Get, Header, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { timingSafeEqual } from 'node:crypto';
import { appConfig, type AppSettings } from '../config/app.config';
import { AppException } from '../common/errors/app.exception';
import { Public } from '../common/auth/public.decorator';
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
      'HTTP request counts and latency histograms by route template and status, plus process metrics, in the Prometheus text format. With `METRICS_TOKEN` set, send it as a bearer token; without it the route is open outside production and absent (404) in production unless `METRICS_PUBLIC=true`.',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus exposition text.', schema: { type: 'string' } })
  // The document keeps this only when a token is enforced (see finalizeDocument).
  @ApiProblemResponses(401)
  @Header('Cache-Control', 'no-store')
  async getMetrics(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const access = this.settings.metricsAccess;
    // Off looks exactly like a route that does not exist.
    if (access === 'off') throw new NotFoundException(`Cannot GET ${request.path}`);
    const token = this.settings.metricsToken;
    if (access === 'token' && token !== undefined) {
      const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
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
