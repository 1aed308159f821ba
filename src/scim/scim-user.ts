import { createHash } from 'node:crypto';
import { isEmail } from 'class-validator';
import type { UserEntity } from '../users/user.entity';
import { canonicalEmail, EMAIL_MAX_LENGTH } from '../users/user-rules';
import { ScimErrors } from './scim-errors';

export const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const SCIM_ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';
const EXTERNAL_ID_MAX_LENGTH = 255;
export const USER_NAME_MAX_LENGTH = 255;

/** What SCIM can see and change of a user. */
export interface ScimUserState {
  userName: string;
  email: string;
  active: boolean;
  externalId: string | null;
}

/**
 * Core User attributes this service does not store: accepted and ignored (an
 * identity provider sends them whatever the mapping), and not returned.
 * `password` is among them: provisioned users have no password until they
 * reset it. Lower-cased: SCIM attribute names are case-insensitive.
 */
export const IGNORED_ATTRIBUTES = new Set([
  'name',
  'displayname',
  'nickname',
  'profileurl',
  'title',
  'usertype',
  'preferredlanguage',
  'locale',
  'timezone',
  'password',
  'phonenumbers',
  'ims',
  'photos',
  'addresses',
  'entitlements',
  'roles',
  'x509certificates',
]);

/** Read-only attributes: ignored in a resource body (RFC 7643 §2.2), refused as a PATCH target. */
export const READ_ONLY_ATTRIBUTES = new Set(['id', 'meta', 'groups', 'schemas']);

export function isExtensionAttribute(name: string): boolean {
  return name.toLowerCase().startsWith('urn:ietf:params:scim:schemas:extension:');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A SCIM boolean; Entra sends "True"/"False" strings. */
export function scimBoolean(value: unknown, attribute: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) {
    return value.toLowerCase() === 'true';
  }
  throw ScimErrors.invalidValue(`"${attribute}" must be a boolean.`);
}

/**
 * SCIM's `userName`, kept exactly as sent (identity providers send an email
 * or a UPN and look the user up by it again): 1–255 characters, no control
 * characters, no leading or trailing space (which MariaDB's comparison
 * would ignore and SQLite's would not).
 */
export function scimUserName(value: unknown): string {
  if (typeof value !== 'string') throw ScimErrors.invalidValue('"userName" must be a string.');
  const length = [...value].length;
  if (length === 0 || length > USER_NAME_MAX_LENGTH) {
    throw ScimErrors.invalidValue(`"userName" must be 1–${USER_NAME_MAX_LENGTH} characters.`);
  }
  if (/[\p{Cc}\p{Cs}]/u.test(value) || value.trim() !== value) {
    throw ScimErrors.invalidValue(
      '"userName" must not contain control characters nor start or end with a space.',
    );
  }
  return value;
}

export function scimEmail(value: unknown): string {
  if (typeof value !== 'string') throw ScimErrors.invalidValue('An email value must be a string.');
  const trimmed = value.trim();
  const canonical = canonicalEmail(trimmed);
  if (!isEmail(trimmed) || canonical === undefined || canonical.length > EMAIL_MAX_LENGTH) {
    throw ScimErrors.invalidValue(`"${trimmed.slice(0, 80)}" is not a valid email address.`);
  }
  return trimmed;
}

export function scimExternalId(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || value.length === 0 || value.length > EXTERNAL_ID_MAX_LENGTH) {
    throw ScimErrors.invalidValue(
      `"externalId" must be a string of 1–${EXTERNAL_ID_MAX_LENGTH} characters.`,
    );
  }
  return value;
}

/** The one email a user has, from SCIM's `emails`: the primary one, else a work one, else the first. */
export function primaryEmail(value: unknown): string {
  if (!Array.isArray(value) || value.length === 0) {
    throw ScimErrors.invalidValue('"emails" must list at least one email: every user needs one.');
  }
  for (const entry of value) {
    if (!isRecord(entry) || entry.value === undefined) {
      throw ScimErrors.invalidValue('Each of "emails" must be an object with a "value".');
    }
  }
  const entries = value as Array<Record<string, unknown>>;
  const chosen =
    entries.find((entry) => entry.primary === true || entry.primary === 'True') ??
    entries.find((entry) => String(entry.type).toLowerCase() === 'work') ??
    entries[0];
  return scimEmail(chosen.value);
}

/** The attributes of a POST or PUT body, checked; unknown attributes are 400 `invalidSyntax`. */
export function userFromResource(body: unknown, current?: ScimUserState): ScimUserState {
  if (!isRecord(body)) throw ScimErrors.invalidSyntax('The body must be a JSON object.');
  const keys = new Map(Object.keys(body).map((key) => [key.toLowerCase(), key]));
  const schemas = body[keys.get('schemas') ?? 'schemas'];
  if (!Array.isArray(schemas) || !schemas.includes(SCIM_USER_SCHEMA)) {
    throw ScimErrors.invalidSyntax(`"schemas" must include "${SCIM_USER_SCHEMA}".`);
  }
  for (const [lower, key] of keys) {
    const known =
      ['username', 'emails', 'active', 'externalid'].includes(lower) ||
      IGNORED_ATTRIBUTES.has(lower) ||
      READ_ONLY_ATTRIBUTES.has(lower) ||
      isExtensionAttribute(key);
    if (!known) throw ScimErrors.invalidSyntax(`"${key}" is not an attribute of a User.`);
  }
  const get = (name: string) => body[keys.get(name) ?? name];
  if (get('username') === undefined) throw ScimErrors.invalidValue('"userName" is required.');
  const active = get('active');
  const externalId = get('externalid');
  return {
    userName: scimUserName(get('username')),
    email: primaryEmail(get('emails')),
    // PUT without `active` keeps the current state rather than reactivating a user by omission.
    active: active === undefined ? (current?.active ?? true) : scimBoolean(active, 'active'),
    externalId: externalId === undefined ? null : scimExternalId(externalId),
  };
}

export function stateOf(user: UserEntity): ScimUserState {
  return {
    userName: user.scim_user_name ?? user.username,
    email: user.email,
    active: user.is_active,
    externalId: user.external_id,
  };
}

/** The weak ETag of a user's SCIM representation: changes whenever the user is written. */
export function versionOf(user: UserEntity): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([stateOf(user), user.updated_at.toISOString()]))
    .digest('base64url')
    .slice(0, 22);
  return `W/"${digest}"`;
}

/** A user as a SCIM User resource. */
export function toScimUser(user: UserEntity, baseUrl: string): Record<string, unknown> {
  return {
    schemas: [SCIM_USER_SCHEMA],
    id: user.id,
    ...(user.external_id === null ? {} : { externalId: user.external_id }),
    userName: user.scim_user_name ?? user.username,
    emails: [{ value: user.email, type: 'work', primary: true }],
    active: user.is_active,
    meta: {
      resourceType: 'User',
      created: user.created_at.toISOString(),
      lastModified: user.updated_at.toISOString(),
      location: `${baseUrl}/Users/${user.id}`,
      version: versionOf(user),
    },
  };
}
