import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { requestIdOf } from '../common/http/request-id';
import { isScimRequest } from '../common/http/scim-path';
import type { AuditActorType } from './audit-actions';

/**
 * The HTTP request being served, for audit events recorded on its behalf
 * deep inside services (which know nothing of HTTP). The authentication
 * guard puts the caller on `request.user`; events read it when they are
 * recorded, so the actor is whoever the request turned out to be.
 */
const auditRequest = new AsyncLocalStorage<Request>();

export function auditContextMiddleware(request: Request, _response: Response, next: NextFunction) {
  auditRequest.run(request, next);
}

export interface AuditActor {
  type: AuditActorType;
  id: string | null;
  /** The personal access token used, when `type` is `token`. */
  tokenId?: string;
}

/** Where an event came from: filled in from the request at the moment it is recorded. */
export interface AuditOrigin {
  actor: AuditActor;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { type: 'system', id: null };

export function userActor(userId: string): AuditActor {
  return { type: 'user', id: userId };
}

/** The current request's origin; outside any request (CLI, scheduled jobs) the actor is `system`. */
export function currentAuditOrigin(): AuditOrigin {
  const request = auditRequest.getStore();
  if (!request) return { actor: SYSTEM_ACTOR, ip: null, userAgent: null, requestId: null };
  const caller = (request as Request & { user?: AuthenticatedUser }).user;
  const actor: AuditActor = !caller
    ? { type: 'anonymous', id: null }
    : caller.personalTokenId
      ? {
          // Provisioning by an identity provider over SCIM, with the admin's `scim` token.
          type: isScimRequest(request) ? 'scim' : 'token',
          id: caller.user.id,
          tokenId: caller.personalTokenId,
        }
      : { type: 'user', id: caller.user.id };
  const userAgent = request.headers['user-agent'];
  return {
    actor,
    ip: request.ip?.slice(0, 45) ?? null,
    userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 255) : null,
    requestId: requestIdOf(request).slice(0, 128),
  };
}
