import type { NextFunction, Request, Response } from 'express';
import { AppException } from '../errors/app.exception';

/** What Express's body parsers raise (http-errors objects tagged with a `type`). */
interface BodyParserError {
  type: string;
  status: number;
  limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as BodyParserError).type === 'string' &&
    typeof (error as BodyParserError).status === 'number'
  );
}

function toAppException(error: BodyParserError): AppException {
  switch (error.type) {
    case 'entity.parse.failed':
      return new AppException(
        400,
        'MALFORMED_JSON',
        'The request body is not valid JSON (a JSON object is expected).',
      );
    case 'entity.too.large':
      return new AppException(
        413,
        'PAYLOAD_TOO_LARGE',
        `The request body is larger than the limit${error.limit ? ` of ${error.limit} bytes` : ''}.`,
      );
    case 'encoding.unsupported':
      return new AppException(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'The request body uses an unsupported content encoding.',
      );
    case 'charset.unsupported':
      return new AppException(415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8.');
    case 'request.aborted':
      return new AppException(400, 'BAD_REQUEST', 'The request body was not received completely.');
    case 'request.size.invalid':
      return new AppException(
        400,
        'BAD_REQUEST',
        'The request body does not match its Content-Length.',
      );
    default:
      return new AppException(
        error.status >= 400 && error.status < 500 ? error.status : 400,
        undefined,
        'The request body could not be read.',
      );
  }
}

/**
 * Express error middleware placed right after the body parsers: it gives their
 * failures stable codes before Nest's generic mapping (which would keep only
 * the parser's message) and hands them on to the global exception filter.
 */
export function bodyParserErrorMiddleware(
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void {
  next(isBodyParserError(error) ? toAppException(error) : error);
}
