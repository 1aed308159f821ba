import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppException } from './app.exception';
import {
  isDatabaseUnavailable,
  isQueryCancelled,
  isUniqueViolation,
  unavailabilityCause,
} from './database-errors';
import { errorForLog } from './error-for-log';
import { OutageLog } from './outage-log';
import {
  defaultCode,
  PROBLEM_CONTENT_TYPE,
  problemType,
  statusTitle,
  type ProblemDetails,
} from './problem';
import { requestIdOf } from '../http/request-id';
import { isScimRequest } from '../http/scim-path';
import { SCIM_ERROR_CONTENT_TYPE, scimErrorBody } from './scim-error';

/** What the filter needs to know about an error to answer it. */
export interface ErrorAnswer {
  status: number;
  code: string;
  detail: string;
  errors?: AppException['errors'];
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** What clients are told to wait before retrying while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Turns whatever was thrown into an answer; `undefined` means "unexpected". */
function answerFor(exception: unknown): ErrorAnswer | undefined {
  if (exception instanceof AppException) {
    return {
      status: exception.getStatus(),
      code: exception.code,
      detail: exception.detail,
      errors: exception.errors,
      extensions: exception.extensions,
      headers: exception.headers,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : typeof (response as { message?: unknown }).message === 'string'
          ? (response as { message: string }).message
          : exception.message;
    if (status === 404 && /^Cannot [A-Z]+ /.test(message)) {
      return { status, code: 'ROUTE_NOT_FOUND', detail: `No route matches ${message.slice(7)}.` };
    }
    if (status === 429) {
      return {
        status,
        code: 'RATE_LIMITED',
        detail: 'Too many requests; retry after the time in Retry-After.',
      };
    }
    if (status >= 500) return undefined;
    return { status, code: defaultCode(status), detail: message };
  }
  if (isDatabaseUnavailable(exception)) {
    return {
      status: 503,
      code: 'DATABASE_UNAVAILABLE',
      detail: 'The database is unavailable or overloaded; try again shortly.',
      headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
    };
  }
  if (isUniqueViolation(exception)) {
    return {
      status: 409,
      code: 'CONFLICT',
      detail: 'A resource with these values already exists.',
    };
  }
  return undefined;
}

/**
 * Writes the problem+json answer. The filter's one way of answering, also used
 * where an answer must go out while a body parser still holds the request
 * (see bodyTimeoutMiddleware). Under /scim/v2 the answer is in SCIM's error
 * schema instead (scim-error.ts), so identity providers read every failure.
 */
export function sendProblem(request: Request, response: Response, answer: ErrorAnswer): void {
  for (const [name, value] of Object.entries(answer.headers ?? {})) response.setHeader(name, value);
  if (isScimRequest(request)) {
    const scim = scimErrorBody(answer);
    response.status(scim.status).setHeader('Content-Type', SCIM_ERROR_CONTENT_TYPE);
    response.send(scim.body);
    return;
  }
  const problem: ProblemDetails = {
    type: problemType(answer.code),
    title: statusTitle(answer.status),
    status: answer.status,
    detail: answer.detail,
    code: answer.code,
    request_id: requestIdOf(request),
    ...(answer.errors ? { errors: answer.errors } : {}),
    ...answer.extensions,
  };
  response.status(answer.status).setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
  response.send(JSON.stringify(problem));
}

/**
 * The one place errors become responses: RFC 9457 problem+json with a stable
 * `code` and the request id. Unexpected errors are logged in full and answered
 * with a bare 500 so no stack trace, SQL or token ever reaches a client. A
 * database that is out of reach (refused, reset, timed out, overloaded) is
 * 503 DATABASE_UNAVAILABLE with Retry-After, logged once per outage.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');
  private readonly databaseOutage = new OutageLog(new Logger('Database'), 'Database');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const requestId = requestIdOf(request);

    if (isQueryCancelled(exception)) {
      // The client left first and its read was cancelled on the database: nobody to answer.
      this.logger.log(
        { request_id: requestId, path: request.path },
        'Client gone; query cancelled',
      );
      response.destroy();
      return;
    }
    let answer = answerFor(exception);
    if (answer?.code === 'DATABASE_UNAVAILABLE')
      this.databaseOutage.failure(unavailabilityCause(exception));
    if (answer === undefined) {
      this.logger.error(
        {
          err: errorForLog(exception, { stack: true }),
          request_id: requestId,
          method: request.method,
          path: request.path,
        },
        'Unhandled error while serving a request',
      );
      answer = { status: 500, code: 'INTERNAL_ERROR', detail: 'An unexpected error occurred.' };
    }

    if (response.headersSent) {
      // A streamed body already started: the only honest signal left is to cut the connection.
      response.destroy();
      return;
    }

    sendProblem(request, response, answer);
  }
}
