/** A thrown value as the logs describe it. */
export interface LoggedError {
  type: string;
  message: string;
  /** A driver's or the system's code (`ER_DUP_ENTRY`, `ECONNRESET`, …), when it has one. */
  code?: string | number;
  stack?: string;
}

/**
 * The one way a thrown value is described for the logs (never for a
 * client): its type, message and code; the stack only where asked for
 * (unexpected errors). Nothing else: query parameters, which may hold
 * hashes or tokens, stay out.
 */
export function errorForLog(error: unknown, options: { stack?: boolean } = {}): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(options.stack && error.stack ? { stack: error.stack } : {}),
  };
}
