import type { AuditEventInput } from '../audit/audit.service';
import type { UserEntity } from './user.entity';

/** Who changed an account: its own user (PATCH /auth/me) or an administrator. */
export type ChangedBy = 'self' | 'admin';

/**
 * The audit events of a change to a user, from the row before and the patch
 * written: one event per kind of change that really happened (a PATCH that
 * deactivates and renames records `user.deactivated` and `user.updated`).
 * Field names only, never values: a password is never an event's content.
 */
export function userChangeEvents(
  before: Pick<UserEntity, 'id' | 'username' | 'email' | 'is_active' | 'is_admin'>,
  patch: Partial<
    Pick<
      UserEntity,
      | 'username'
      | 'email'
      | 'hashed_password'
      | 'is_active'
      | 'is_admin'
      | 'external_id'
      | 'scim_user_name'
    >
  >,
  by: ChangedBy,
): AuditEventInput[] {
  const target = { type: 'user' as const, id: before.id };
  const fields: string[] = [];
  if (patch.username !== undefined && patch.username !== before.username) fields.push('username');
  if (patch.email !== undefined && patch.email !== before.email) fields.push('email');
  if (patch.hashed_password !== undefined) fields.push('password');
  if (patch.external_id !== undefined) fields.push('external_id');
  if (patch.scim_user_name !== undefined) fields.push('scim_user_name');
  const events: AuditEventInput[] = [];
  if (by === 'self' && fields.includes('email')) {
    events.push({ action: 'user.email_changed', target, details: { fields } });
  } else if (fields.length > 0) {
    events.push({ action: 'user.updated', target, details: { fields } });
  }
  if (patch.is_active !== undefined && patch.is_active !== before.is_active)
    events.push({ action: patch.is_active ? 'user.activated' : 'user.deactivated', target });
  if (patch.is_admin !== undefined && patch.is_admin !== before.is_admin)
    events.push({ action: patch.is_admin ? 'user.promoted' : 'user.demoted', target });
  return events;
}
