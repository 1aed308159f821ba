import { HttpException } from '@nestjs/common';
import { defaultCode, type FieldError } from './problem';

export interface AppExceptionOptions {
  errors?: FieldError[];
  /** Extra members of the problem document, e.g. `checks` on readiness. */
  extensions?: Record<string, unknown>;
  /** Response headers that belong to the error, e.g. `Retry-After`. */
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * An error the API means to return: status, stable code and a human detail.
 * Services throw these (usually through a named subclass or factory); the
 * global filter turns them into problem+json.
 */
export class AppException extends HttpException {
  readonly code: string;
  readonly detail: string;
  readonly errors?: FieldError[];
  readonly extensions?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(
    status: number,
    code: string | undefined,
    detail: string,
    options: AppExceptionOptions = {},
  ) {
    super(detail, status, { cause: options.cause });
    this.code = code ?? defaultCode(status);
    this.detail = detail;
    this.errors = options.errors;
    this.extensions = options.extensions;
    this.headers = options.headers;
  }
}
