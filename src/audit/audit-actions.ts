/**
 * Every action the audit log records, with what it means. The list is the
 * contract (Swagger shows it as the `action` enum, docs/audit-log.md as a
 * table); add to it, never rename. Single sign-on, provisioning and second
 * factor events will join it here.
 */
export const AUDIT_ACTIONS = {
  'user.registered': 'An account signed itself up (POST /auth/register).',
  'user.login': 'A sign-in succeeded and started a session.',
  'user.login_failed':
    'A sign-in was refused; `details.reason` is the answer code (INVALID_CREDENTIALS, ACCOUNT_DISABLED).',
  'user.logout': 'A session was ended by its own user (POST /auth/logout).',
  'user.logout_all': 'A user ended all their sessions (POST /auth/logout-all).',
  'session.refreshed': 'A refresh token was exchanged for a new pair.',
  'session.reuse_detected':
    'A refresh token that was already exchanged was presented again; its session was ended.',
  'session.revoked': 'A user ended one of their sessions (DELETE /auth/sessions/{id}).',
  'user.password_changed': 'A user changed their own password; their other sessions ended.',
  'user.password_reset_requested':
    'A password-reset link was asked for (target set only when an active account has that email).',
  'user.password_reset': 'A password was set with an emailed reset link; every session ended.',
  'user.email_changed': 'A user changed their own email (PATCH /auth/me).',
  'user.updated':
    'Account fields changed (`details.fields`): by an admin, or a user changing their own username.',
  'user.email_verification_sent':
    'A verification link was mailed (sign-up, email change, or POST /auth/resend-verification).',
  'user.email_verified': 'An emailed verification link was used; the address counts as verified.',
  'user.created':
    'An admin, the create-admin command, SCIM provisioning (`details.provisioned`) or a first single sign-on (`details.provider`) created an account.',
  'user.deleted': 'An admin (or SCIM) deleted an account, with its sessions, tokens and files.',
  'user.activated': 'An admin (or SCIM) reactivated an account.',
  'user.deactivated': 'An admin (or SCIM) deactivated an account; its sessions ended.',
  'user.promoted': 'An account was made an administrator.',
  'user.demoted': 'An account stopped being an administrator.',
  'user.sso_login':
    'A sign-in through an OpenID provider started a session (POST /auth/sso/exchange); `details.provider`.',
  'user.sso_login_failed':
    'A sign-in through an OpenID provider was refused; `details.reason` is the error code, `details.provider` the provider.',
  'user.identity_linked':
    'An account at an OpenID provider was linked to a user (`details.provider`, `details.identity_id`).',
  'user.identity_unlinked':
    'An admin unlinked an OpenID provider account from a user (`details.provider`, `details.identity_id`).',
  'token.created': 'A personal access token was created (its value is never recorded).',
  'token.revoked': 'A personal access token was revoked.',
  'mfa.enrolled': 'A user started setting up TOTP (POST /auth/mfa/totp/enroll).',
  'mfa.activated': 'A user turned TOTP on with a first code; recovery codes were issued.',
  'mfa.disabled': 'A user turned TOTP off with their password and a code.',
  'mfa.reset': "An admin removed a user's second factor (DELETE /users/{id}/mfa).",
  'mfa.verify_failed':
    'A wrong code at POST /auth/mfa/verify; `details.attempts`, and `details.token_ended` once the mfa_token is spent.',
  'file.uploaded': 'A file was uploaded.',
  'file.deleted': 'A file was deleted.',
  'audit.purged': 'The retention purge deleted events older than AUDIT_RETENTION_DAYS.',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

export const AUDIT_OUTCOMES = ['success', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const AUDIT_ACTOR_TYPES = ['user', 'token', 'scim', 'system', 'anonymous'] as const;
export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];

export const AUDIT_TARGET_TYPES = ['user', 'session', 'token', 'file', 'audit_log'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
