import type { NextFunction, Request, Response } from 'express';
import { bodyTooDeep, findShapeProblem } from '../validation/value-shape';

/**
 * Express middleware right after the body parsers, before anything reads
 * the body (guards, pipes, class-transformer): a body nested more than
 * MAX_BODY_DEPTH levels is refused with 400 `BODY_TOO_DEEP` on every route.
 * (Prototype keys are refused by the validation pipe, where a body or query
 * is validated, like any other unknown field.)
 */
export function bodyDepthMiddleware(
  request: Request,
  _response: Response,
  next: NextFunction,
): void {
  next(findShapeProblem(request.body)?.kind === 'too_deep' ? bodyTooDeep() : undefined);
}
