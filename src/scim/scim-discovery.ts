import { SCIM_BASE_PATH } from '../common/http/scim-path';
import { SCIM_MAX_RESULTS } from './scim-users.service';
import { SCIM_USER_SCHEMA } from './scim-user';

/**
 * The discovery documents (RFC 7644 §4, RFC 7643 §5–7): what this service
 * supports, told to identity providers as it is, attribute by attribute.
 */

const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const CONFIG_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
const RESOURCE_TYPE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
const SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

const meta = (baseUrl: string, resourceType: string, path: string) => ({
  resourceType,
  location: `${baseUrl}${path}`,
});

export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: [CONFIG_SCHEMA],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: SCIM_MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Personal access token',
        description:
          'An administrator’s personal access token holding the `scim` scope, as `Authorization: Bearer rvp_…`.',
        primary: true,
      },
    ],
    meta: meta(baseUrl, 'ServiceProviderConfig', '/ServiceProviderConfig'),
  };
}

const userResourceType = (baseUrl: string) => ({
  schemas: [RESOURCE_TYPE_SCHEMA],
  id: 'User',
  name: 'User',
  endpoint: '/Users',
  description: 'A ReViewPoint account.',
  schema: SCIM_USER_SCHEMA,
  meta: meta(baseUrl, 'ResourceType', '/ResourceTypes/User'),
});

const attribute = (
  name: string,
  type: 'string' | 'boolean' | 'complex',
  options: Record<string, unknown>,
) => ({
  name,
  type,
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...options,
});

const userSchema = (baseUrl: string) => ({
  schemas: [SCHEMA_SCHEMA],
  id: SCIM_USER_SCHEMA,
  name: 'User',
  description: 'The attributes of a user this service stores; other core attributes are ignored.',
  attributes: [
    attribute('userName', 'string', {
      required: true,
      uniqueness: 'server',
      description:
        'Kept as sent (an email or UPN is fine): 1–255 characters, no control characters; unique ignoring case.',
    }),
    attribute('emails', 'complex', {
      multiValued: true,
      required: true,
      description: 'One email per user: the primary one (else the work one, else the first).',
      subAttributes: [
        attribute('value', 'string', { required: true, uniqueness: 'server' }),
        attribute('type', 'string', { canonicalValues: ['work'] }),
        attribute('primary', 'boolean', {}),
      ],
    }),
    attribute('active', 'boolean', {
      description: 'false deactivates the account and ends its sessions at once.',
    }),
    attribute('externalId', 'string', {
      caseExact: true,
      description: 'The identity provider’s id for the user.',
    }),
  ],
  meta: meta(baseUrl, 'Schema', `/Schemas/${SCIM_USER_SCHEMA}`),
});

export function listOf(resources: object[]) {
  return {
    schemas: [LIST_SCHEMA],
    totalResults: resources.length,
    startIndex: 1,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}

export const resourceTypes = (baseUrl: string) => [userResourceType(baseUrl)];
export const schemas = (baseUrl: string) => [userSchema(baseUrl)];
export { LIST_SCHEMA, SCIM_BASE_PATH };
