import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import type { NextFunction, Request, Response } from 'express';

/** What browser clients send: credentials, bodies, tracing, ranged and conditional downloads. */
export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'X-API-Key',
  'X-Request-Id',
  'Range',
  'If-None-Match',
  'If-Range',
] as const;

/** Response headers a browser script may read beyond the CORS-safelisted ones. */
export const CORS_EXPOSED_HEADERS = [
  'X-Request-Id',
  'ETag',
  'Content-Disposition',
  'Content-Range',
  'Content-Length',
  'Retry-After',
  'Location',
] as const;

export const CORS_METHODS = ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'] as const;

/** How long a browser may reuse a preflight answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for the exact origins in CORS_ORIGINS. An origin that is not listed
 * (or a request without `Origin`) gets no CORS headers at all — not even on a
 * preflight, which then falls through to the router's 404. Tokens travel in
 * headers, never cookies, so credentials mode stays off.
 */
export function corsOptions(origins: readonly string[]): CorsOptions {
  const allowed = new Set(origins);
  return {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: [...CORS_METHODS],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    exposedHeaders: [...CORS_EXPOSED_HEADERS],
    credentials: false,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    preflightContinue: false,
    optionsSuccessStatus: 204,
  };
}

/**
 * With CORS on, every answer depends on `Origin` (listed origins get CORS
 * headers, others none), so caches must key on it; the cors package only says
 * so for the origins it allows.
 */
export function varyOnOrigin(_request: Request, response: Response, next: NextFunction): void {
  response.vary('Origin');
  next();
}
