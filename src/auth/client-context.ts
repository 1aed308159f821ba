import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { ClientContext } from '../tokens/sessions.service';

/** The caller's address (honouring TRUST_PROXY) and user agent, recorded on new sessions. */
export const Client = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ClientContext => {
    const request = context.switchToHttp().getRequest<Request>();
    const userAgent = request.headers['user-agent'];
    return { ip: request.ip, userAgent: typeof userAgent === 'string' ? userAgent : undefined };
  },
);
