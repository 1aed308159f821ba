import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** What a request tells about its client: recorded on the sessions it starts. */
export interface ClientContext {
  /** The caller's address, honouring TRUST_PROXY. */
  ip?: string;
  userAgent?: string;
}

/** The caller's address (honouring TRUST_PROXY) and user agent, recorded on new sessions. */
export const Client = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ClientContext => {
    const request = context.switchToHttp().getRequest<Request>();
    const userAgent = request.headers['user-agent'];
    return { ip: request.ip, userAgent: typeof userAgent === 'string' ? userAgent : undefined };
  },
);
