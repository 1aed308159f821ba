import type { IncomingMessage, ServerResponse } from 'node:http';
import { assignRequestId } from './request-id';

function exchange(header?: string) {
  const headers: Record<string, string> = {};
  const request = {
    headers: header === undefined ? {} : { 'x-request-id': header },
  } as unknown as IncomingMessage;
  const response = {
    setHeader: (name: string, value: string) => (headers[name] = value),
  } as unknown as ServerResponse;
  return { id: assignRequestId(request, response), headers };
}

describe('assignRequestId', () => {
  it('reuses a safe incoming id and echoes it', () => {
    expect(exchange('abc-123.x')).toEqual({
      id: 'abc-123.x',
      headers: { 'X-Request-Id': 'abc-123.x' },
    });
  });

  it.each(['', 'has space', 'a'.repeat(129), 'new\nline', '<script>'])(
    'replaces an unsafe id %j',
    (header) => {
      const { id, headers } = exchange(header);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(headers['X-Request-Id']).toBe(id);
    },
  );
});
