import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type Logger, type LoggerOptions } from 'pino';
import type { Options as HttpLoggerOptions } from 'pino-http';
import type { AppSettings } from '../../config/app.config';
import { assignRequestId } from '../http/request-id';

/** Query parameters whose values never reach a log line. */
const SECRET_QUERY_KEY = /token|password|secret|key|code|signature/i;

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
function isProbe(request: IncomingMessage): boolean {
  const path = request.url?.split('?')[0];
  return request.method === 'GET' && (path === '/metrics' || path === '/api/v1/health');
}

/** The process's root pino logger: JSON lines on stdout. */
export function createRootLogger(settings: AppSettings): Logger {
  const options: LoggerOptions = {
    level: settings.logLevel,
    base: { service: 'reviewpoint-core-api', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Belt and braces: should a credential ever be attached to a log object, it is censored.
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-api-key"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.new_password',
        '*.current_password',
        '*.refresh_token',
        '*.access_token',
        '*.token',
        '*.hashed_password',
        '*.jwtSecret',
      ],
      censor: '[REDACTED]',
    },
  };
  return pino(options);
}

/**
 * The access log: one line per request with id, method, redacted URL, status
 * and duration. Headers and bodies are never logged. Mounted first so even
 * requests that fail in body parsing are logged with their id.
 */
export function httpLoggerOptions(logger: Logger): HttpLoggerOptions {
  return {
    logger,
    genReqId: assignRequestId,
    autoLogging: { ignore: isProbe },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      // pino-http hands serializers its own summary of the request; `raw` is the request itself.
      req: (request: {
        id?: string;
        method?: string;
        url?: string;
        remoteAddress?: string;
        headers?: Record<string, unknown>;
        raw?: { ip?: string };
      }) => ({
        id: request.id,
        method: request.method,
        url: redactUrl(request.url),
        // `ip` honours TRUST_PROXY; the socket address is the fallback.
        client_ip: request.raw?.ip ?? request.remoteAddress,
        user_agent: request.headers?.['user-agent'],
      }),
      res: (response: ServerResponse) => ({ status_code: response.statusCode }),
    },
  };
}
