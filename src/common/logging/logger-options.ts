import type { NextFunction, Request, Response } from 'express';
import pino, { type Logger, type LoggerOptions } from 'pino';
import type { AppSettings } from '../../config/app.config';
import { assignRequestId } from '../http/request-id';
import { currentRequestId, requestContext } from './request-context';

/** Query parameters whose values never reach a log line. */
const SECRET_QUERY_KEY = /token|password|secret|key|code|signature|state/i;

/** The request target with secret-looking query values replaced. */
export function redactUrl(url: string | undefined): string {
  if (!url) return '';
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return url;
  const params = new URLSearchParams(url.slice(queryStart + 1));
  for (const key of [...params.keys()]) {
    if (SECRET_QUERY_KEY.test(key)) params.set(key, '[REDACTED]');
  }
  return `${url.slice(0, queryStart)}?${params.toString()}`;
}

/** Liveness probes and scrapes would drown the access log. */
function isProbe(request: Request): boolean {
  const path = request.path;
  return request.method === 'GET' && (path === '/metrics' || path === '/api/v1/health');
}

/**
 * The process's root pino logger: JSON lines on stdout. Lines written while a
 * request is served carry its `request_id` (see request-context.ts).
 */
export function createRootLogger(settings: AppSettings): Logger {
  const options: LoggerOptions = {
    level: settings.logLevel,
    base: { service: 'reviewpoint-core-api', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId === undefined ? {} : { request_id: requestId };
    },
    // Nothing logs headers or bodies; should a credential ever be attached, it is censored.
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-api-key"]',
        'password',
        'token',
        'access_token',
        'refresh_token',
      ],
      censor: '[REDACTED]',
    },
  };
  return pino(options);
}

/**
 * The access log, mounted first: gives the request its id (echoed as
 * `X-Request-Id`), opens the request context, and writes one line when the
 * response ends (or the client goes away): method, redacted URL, status,
 * duration, client address and agent. Headers and bodies are never logged.
 * No per-request logger object is made, so at a quiet log level the cost is
 * a timestamp and two listeners.
 */
export function accessLogMiddleware(logger: Logger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const id = assignRequestId(request, response);
    (request as Request & { id: string }).id = id;
    const started = process.hrtime.bigint();
    const done = (): void => {
      response.off('finish', done);
      response.off('close', done);
      const status = response.statusCode;
      // 503 is a dependency that is down or load being shed, logged once per outage
      // elsewhere: an error line per refused request would bury everything else.
      const level = !response.writableFinished
        ? 'warn'
        : status >= 500 && status !== 503
          ? 'error'
          : status >= 400
            ? 'warn'
            : 'info';
      if (!logger.isLevelEnabled(level) || (level === 'info' && isProbe(request))) return;
      logger[level](
        {
          request_id: id,
          req: {
            method: request.method,
            url: redactUrl(request.originalUrl),
            // `ip` honours TRUST_PROXY.
            client_ip: request.ip,
            user_agent: request.headers['user-agent'],
          },
          // An aborted request has no status unless its answer had started.
          res: { status_code: response.writableFinished || response.headersSent ? status : null },
          duration_ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        !response.writableFinished
          ? 'request aborted by the client'
          : status === 408
            ? 'request timed out'
            : 'request completed',
      );
    };
    response.on('finish', done);
    response.on('close', done);
    requestContext.run(id, next);
  };
}

/**
 * Re-enters the request context after body parsing: stream callbacks run in
 * the socket's async context, so the handler would otherwise lose it.
 */
export function requestContextMiddleware(
  request: Request,
  _response: Response,
  next: NextFunction,
): void {
  requestContext.run((request as Request & { id: string }).id, next);
}
