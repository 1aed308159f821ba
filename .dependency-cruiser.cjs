// @ts-check
/**
 * The import graph's rules, checked by `npm run lint:deps` (part of `npm run lint`).
 *
 * Layers, lowest first; a module may import from its own layer's lower
 * neighbours and from lower layers, never from higher ones:
 *   1. leaves: common, config, database, redis, mail, metrics, app-info.ts
 *   2. audit (every feature records its changes there)
 *   3. features, in this order: tokens < users < files; mfa beside files (after users)
 *   4. auth (the HTTP face of authentication: uses users and tokens), and
 *      scim (SCIM 2.0 provisioning: the users service for identity providers)
 *   5. sso (single sign-on: ends in auth's token body)
 *   6. the app: app.*, bootstrap, main, health, cli
 * Type-only imports count too. Specs (`*.spec.ts`) are not checked: they set
 * up real data across modules. Each allowed exception says why in one line.
 * docs/code-map.md says where each rule of the API lives.
 */

const LEAVES = '^src/(common|config|database|redis|mail|metrics)/|^src/app-info\\.ts$';
const AUDIT = '^src/audit/';
const APP = '^src/(app\\.|bootstrap|main|cli|health/)';
const SPEC = '\\.spec\\.ts$';

/** @param {string} name @param {string} from @param {string} to @param {object} [extra] */
const forbid = (name, comment, from, to, extra = {}) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, pathNot: SPEC, ...(extra.from ?? {}) },
  to: { path: to, ...(extra.to ?? {}) },
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No file circles: each file can be read (and loaded) before the ones that use it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    forbid(
      'leaves-stay-leaves',
      'common, config, database, redis, mail and metrics know no feature.',
      LEAVES,
      '^src/(audit|tokens|users|files|mfa|auth|scim|sso|app\\.|bootstrap|main|cli|health)',
      {
        // Exception: one explicit entity list for the app, the migration CLI and tests (no globs).
        from: { pathNot: `${SPEC}|^src/database/entities\\.ts$` },
      },
    ),
    forbid(
      'audit-below-features',
      'The audit log records what features do; it knows none of them.',
      AUDIT,
      '^src/(tokens|users|files|mfa|auth|scim|sso|app\\.|bootstrap|main|cli|health)',
    ),
    forbid(
      'tokens-below-users',
      'Tokens know a user only by id; users end sessions and revoke links through tokens.',
      '^src/tokens/',
      '^src/(users|files|mfa|auth|scim|sso|app\\.|bootstrap|main|cli|health)',
    ),
    forbid(
      'users-below-files',
      'Users know nothing of files; files clean up through the user-deletion hooks.',
      '^src/users/',
      '^src/(files|mfa|auth|scim|sso|app\\.|bootstrap|main|cli|health)',
    ),
    forbid(
      'features-below-auth',
      'Features get their caller from common/auth, never from the auth module.',
      '^src/files/',
      '^src/(mfa|auth|scim|sso|app\\.|bootstrap|main|cli|health)',
    ),
    forbid(
      'mfa-beside-files',
      'The second factor knows users and tokens; auth asks it, files never do.',
      '^src/mfa/',
      '^src/(files|auth|scim|sso|app\\.|bootstrap|main|cli|health)',
    ),
    forbid('auth-below-app', 'Only the app wires modules together.', '^src/auth/', APP),
    forbid(
      'scim-beside-auth',
      'SCIM provisions through the users service; it needs nothing of auth (the guard is global), nor auth of it.',
      '^src/scim/',
      `^src/auth/|${APP}`,
    ),
    forbid('auth-beside-scim', 'Auth knows nothing of SCIM.', '^src/auth/', '^src/scim/'),
    forbid(
      'auth-below-sso',
      'Single sign-on uses auth (its token body); auth knows nothing of it.',
      '^src/auth/',
      `^src/sso/|${APP}`,
    ),
    forbid('sso-below-app', 'Only the app wires modules together.', '^src/sso/', APP),
    {
      name: 'own-repository-only',
      comment:
        'Each module owns its tables: a repository is used only inside its own module, through that module’s service.',
      severity: 'error',
      from: { path: '^src/([^/]+)/', pathNot: SPEC },
      to: { path: '^src/([^/]+)/.+\\.repository\\.ts$', pathNot: '^src/$1/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
