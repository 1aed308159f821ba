/** The message of whatever was thrown, for a log line (never sent to clients). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
