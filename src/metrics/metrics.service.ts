import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
} from 'prom-client';

/** Label for requests no route matched, so random paths cannot explode the label set. */
export const UNMATCHED_ROUTE = '<unmatched>';

/**
 * The matched route's template (`/api/v1/files/:id`). Express leaves `req.route`
 * at the last route layer that ran; the API has no wildcard routes, so a
 * wildcard template there is a catch-all middleware layer, not a match.
 */
function routeTemplateOf(request: Request): string {
  const path = (request.route as { path?: unknown } | undefined)?.path;
  if (typeof path !== 'string' || path.includes('*')) return UNMATCHED_ROUTE;
  return `${request.baseUrl}${path}`;
}

/**
 * Owns this app's Prometheus registry (one per app instance rather than the
 * library's global one, so several apps can live in one process, as in tests).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests served, by method, route template and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  private readonly duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from request start to response end, by method, route template and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Express middleware timing every request; labels use the route template, not the raw path. */
  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const labels = {
        method: request.method,
        route: routeTemplateOf(request),
        status: String(response.statusCode),
      };
      this.requests.inc(labels);
      this.duration.observe(labels, seconds);
    });
    next();
  };

  /** A counter in this app's registry, for a module to count its own events. */
  counter<L extends string = string>(
    config: Omit<CounterConfiguration<L>, 'registers'>,
  ): Counter<L> {
    return new Counter({ ...config, registers: [this.registry] });
  }

  /** A gauge in this app's registry (give `collect` to compute it at scrape time). */
  gauge<L extends string = string>(config: Omit<GaugeConfiguration<L>, 'registers'>): Gauge<L> {
    return new Gauge({ ...config, registers: [this.registry] });
  }

  exposition(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
