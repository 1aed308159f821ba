import { ScimErrors } from './scim-errors';
import {
  IGNORED_ATTRIBUTES,
  isExtensionAttribute,
  isRecord,
  primaryEmail,
  READ_ONLY_ATTRIBUTES,
  scimBoolean,
  scimEmail,
  scimExternalId,
  scimUserName,
  type ScimUserState,
} from './scim-user';

export const SCIM_PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const CORE_USER_PREFIX = 'urn:ietf:params:scim:schemas:core:2.0:user:';
const MAX_OPERATIONS = 100;

type Op = 'add' | 'replace' | 'remove';

/**
 * `emails[<attr> eq <value>].value`, as Entra sends it: our one email is the
 * primary, work email, so only a filter that selects it has a target.
 */
const EMAIL_VALUE_FILTER =
  /^emails\[\s*(type|primary|value)\s+eq\s+("(?:[^"\\]|\\.)*"|true|false)\s*\](\.value)?$/i;

function selectsOurEmail(attribute: string, literal: string, state: ScimUserState): boolean {
  const value: unknown = literal.startsWith('"')
    ? JSON.parse(literal)
    : literal.toLowerCase() === 'true';
  switch (attribute.toLowerCase()) {
    case 'type':
      return typeof value === 'string' && value.toLowerCase() === 'work';
    case 'primary':
      return value === true;
    default:
      return typeof value === 'string' && value.toLowerCase() === state.email.toLowerCase();
  }
}

/** Applies one attribute path (RFC 7644 §3.5.2) to the state. */
function applyPath(state: ScimUserState, op: Op, rawPath: string, value: unknown): void {
  let path = rawPath.trim();
  if (path.toLowerCase().startsWith(CORE_USER_PREFIX)) path = path.slice(CORE_USER_PREFIX.length);
  const lower = path.toLowerCase();
  const root = lower.split(/[.[]/)[0];
  if (isExtensionAttribute(path) || IGNORED_ATTRIBUTES.has(root)) return;
  if (READ_ONLY_ATTRIBUTES.has(root)) {
    throw ScimErrors.mutability(`"${path}" is read-only.`);
  }
  const filtered = EMAIL_VALUE_FILTER.exec(path);
  if (filtered) {
    if (!selectsOurEmail(filtered[1], filtered[2], state)) {
      throw ScimErrors.noTarget(`"${path}" selects no email of this user.`);
    }
    if (op === 'remove') throw ScimErrors.invalidValue('A user cannot be left without an email.');
    state.email = filtered[3] ? scimEmail(value) : primaryEmail([value]);
    return;
  }
  switch (lower) {
    case 'username':
      if (op === 'remove') throw ScimErrors.mutability('"userName" is required.');
      state.userName = scimUserName(value);
      return;
    case 'externalid':
      state.externalId = op === 'remove' ? null : scimExternalId(value);
      return;
    case 'active':
      if (op === 'remove') throw ScimErrors.mutability('"active" cannot be removed.');
      state.active = scimBoolean(value, 'active');
      return;
    case 'emails':
      if (op === 'remove') throw ScimErrors.invalidValue('A user cannot be left without an email.');
      state.email = primaryEmail(Array.isArray(value) ? value : [value]);
      return;
    case 'emails.value':
      if (op === 'remove') throw ScimErrors.invalidValue('A user cannot be left without an email.');
      state.email = scimEmail(value);
      return;
    default:
      throw ScimErrors.invalidPath(`"${rawPath.slice(0, 100)}" is not a supported attribute path.`);
  }
}

function operationOf(raw: unknown): { op: Op; path?: string; value: unknown } {
  if (!isRecord(raw)) throw ScimErrors.invalidSyntax('Each operation must be an object.');
  const keys = new Map(Object.keys(raw).map((key) => [key.toLowerCase(), key]));
  for (const [lower, key] of keys) {
    if (!['op', 'path', 'value'].includes(lower)) {
      throw ScimErrors.invalidSyntax(`"${key}" is not a member of a PATCH operation.`);
    }
  }
  const op = raw[keys.get('op') ?? 'op'];
  const path = raw[keys.get('path') ?? 'path'];
  const value = raw[keys.get('value') ?? 'value'];
  // Entra capitalises the op ("Replace").
  const normalized = typeof op === 'string' ? op.toLowerCase() : undefined;
  if (normalized !== 'add' && normalized !== 'replace' && normalized !== 'remove') {
    throw ScimErrors.invalidSyntax('"op" must be "add", "replace" or "remove".');
  }
  if (path !== undefined && (typeof path !== 'string' || path.trim() === '')) {
    throw ScimErrors.invalidPath('"path" must be a non-empty string.');
  }
  if (normalized !== 'remove' && value === undefined) {
    throw ScimErrors.invalidValue(`"${normalized}" needs a "value".`);
  }
  return { op: normalized, path, value };
}

/**
 * Applies a PatchOp body to a user's state and returns the new state;
 * operations apply in order, and any failure refuses the whole request.
 * Without `path`, `value` is an object of attributes applied one by one.
 */
export function applyScimPatch(current: ScimUserState, body: unknown): ScimUserState {
  if (!isRecord(body)) throw ScimErrors.invalidSyntax('The body must be a JSON object.');
  const keys = new Map(Object.keys(body).map((key) => [key.toLowerCase(), key]));
  const schemas = body[keys.get('schemas') ?? 'schemas'];
  if (!Array.isArray(schemas) || !schemas.includes(SCIM_PATCH_SCHEMA)) {
    throw ScimErrors.invalidSyntax(`"schemas" must be ["${SCIM_PATCH_SCHEMA}"].`);
  }
  const operations = body[keys.get('operations') ?? 'Operations'];
  if (!Array.isArray(operations) || operations.length === 0) {
    throw ScimErrors.invalidSyntax('"Operations" must be a non-empty array.');
  }
  if (operations.length > MAX_OPERATIONS) {
    throw ScimErrors.invalidSyntax(`At most ${MAX_OPERATIONS} operations per request.`);
  }
  for (const key of keys.values()) {
    if (!['schemas', 'operations'].includes(key.toLowerCase())) {
      throw ScimErrors.invalidSyntax(`"${key}" is not a member of a PatchOp request.`);
    }
  }
  const state = { ...current };
  for (const raw of operations) {
    const { op, path, value } = operationOf(raw);
    if (path !== undefined) {
      applyPath(state, op, path, value);
    } else if (op === 'remove') {
      throw ScimErrors.noTarget('"remove" needs a "path".');
    } else if (isRecord(value)) {
      for (const [attribute, attributeValue] of Object.entries(value)) {
        applyPath(state, op, attribute, attributeValue);
      }
    } else {
      throw ScimErrors.invalidValue('Without "path", "value" must be an object of attributes.');
    }
  }
  return state;
}
