import { randomBytes } from 'node:crypto';
import type { Test } from 'supertest';
import { randomUUID } from 'node:crypto';
import { SsoCodeEntity } from '../src/sso/sso-code.entity';
import { UserIdentityEntity } from '../src/sso/user-identity.entity';
import { hashSecret, randomSecret } from '../src/sso/sso-secrets';
import { ResetTokensService } from '../src/tokens/reset-tokens.service';
import { EmailVerificationService } from '../src/auth/email-verification/email-verification.service';
import { UsersService } from '../src/users/users.service';
import {
  GOOD_PASSWORD,
  login,
  newUserInput,
  register,
  signInAdmin,
  type SignedIn,
} from './support/factories';
import { FIXTURES } from './support/file-fixtures';
import { startFakeOidcProvider, type FakeOidcProvider } from './support/oidc-fake-provider';
import { providerEnv } from './support/oidc-provider';
import {
  documentOf,
  operationsOf,
  type MediaType,
  type OpenApiDocument,
  type Operation,
  type Schema,
} from './support/openapi';
import { assertBuilt } from './support/processes';
import { useTestApp } from './support/test-app';
import { totpCode } from './support/totp';
import { upload } from './support/uploads';

/**
 * What Swagger UI's "Try it out" sends for a body without a documented
 * example: every property, from its `example`, else `default`, else the first
 * enum value, else a placeholder for its type.
 */
function sampleOf(schema: Schema | undefined, document: OpenApiDocument): unknown {
  if (!schema) return undefined;
  if (typeof schema.$ref === 'string') {
    return sampleOf(document.components.schemas[schema.$ref.split('/').pop() as string], document);
  }
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((part) => sampleOf(part as Schema, document)));
  }
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(
          ([name, property]) => [name, sampleOf(property, document)],
        ),
      );
    case 'array':
      return [sampleOf(schema.items as Schema, document)];
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return true;
    default:
      return 'string';
  }
}

/** The bodies "Try it out" offers for one media type: each named example, else the schema's sample. */
function bodyExamples(media: MediaType, document: OpenApiDocument): Array<[string, unknown]> {
  if (media.examples) {
    return Object.entries(media.examples).map(([name, example]) => [name, example.value]);
  }
  if (media.example !== undefined) return [['example', media.example]];
  return [['schema sample', sampleOf(media.schema, document)]];
}

/** Values no document can hold (they are secrets issued at run time). */
const ISSUED_AT_RUN_TIME = [
  'refresh_token',
  'token',
  'mfa_token',
  'code',
  'recovery_code',
] as const;

/**
 * Operations no example can call: the provider redirects the browser to the
 * single sign-on callback with its own code and state (test/sso*.e2e-spec.ts
 * walk it through real providers).
 */
const NOT_SENDABLE = ['finishSso'];

interface Caller {
  signedIn?: SignedIn;
  /** Secrets the body's example stands in for. */
  issued: Partial<Record<(typeof ISSUED_AT_RUN_TIME)[number], string>>;
  /** Values for `{id}` and other path parameters. */
  path: Record<string, string>;
}

/**
 * Every documented request example, sent as it is to the running app, gets the
 * documented success status. Only ids in paths and secrets issued at run time
 * (refresh and reset tokens) are filled in. Each operation runs with a fresh
 * administrator session and, where the example names an account
 * (`ada.lovelace`), with that account absent — or present, for logging in.
 */
describe('OpenAPI examples work as sent', () => {
  let document: OpenApiDocument;
  let provider: FakeOidcProvider | undefined;
  const t = useTestApp(async () => {
    provider = await startFakeOidcProvider();
    return {
      MFA_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      OIDC_PROVIDERS: 'corp',
      SSO_PUBLIC_URL: 'http://127.0.0.1:9',
      SSO_REDIRECT_ALLOWLIST: 'https://app.example.org/sso/done',
      ...providerEnv('corp', provider),
    };
  });
  afterAll(() => provider?.close());
  const EXAMPLE_ACCOUNT = { username: 'ada.lovelace', email: 'ada@example.org' };

  beforeAll(async () => {
    assertBuilt();
    document = await documentOf();
  });

  async function removeExampleAccount(): Promise<void> {
    await t.dataSource
      .createQueryBuilder()
      .delete()
      .from('users')
      .where('LOWER(username) = :username OR email = :email', EXAMPLE_ACCOUNT)
      .execute();
  }

  async function createExampleAccount(): Promise<string> {
    await removeExampleAccount();
    const user = await t.app
      .get(UsersService)
      .create({ ...EXAMPLE_ACCOUNT, password: GOOD_PASSWORD });
    return user.id;
  }

  /** What each operation needs before its example can work; every operation must be listed. */
  const PREPARE: Record<string, (caller: Caller) => Promise<void>> = {
    login: async () => {
      await createExampleAccount();
    },
    register: removeExampleAccount,
    createUser: removeExampleAccount,
    updateMe: removeExampleAccount,
    refreshToken: async (caller) => {
      caller.issued.refresh_token = caller.signedIn?.refresh_token;
    },
    resetPassword: async (caller) => {
      const id = await createExampleAccount();
      caller.issued.token = (await t.app.get(ResetTokensService).issue(id)).token;
    },
    activateTotp: async (caller) => {
      const secret = await enrollTotp(caller);
      caller.issued.code = totpCode(secret);
    },
    disableTotp: async (caller) => {
      const signedIn = caller.signedIn as SignedIn;
      const { secret, recoveryCodes } = await turnOnTotp(signedIn);
      caller.issued.code = totpCode(secret, Date.now(), 1);
      caller.issued.recovery_code = recoveryCodes[0];
    },
    verifyMfa: async (caller) => {
      const user = await register(t);
      const { secret, recoveryCodes } = await turnOnTotp(user);
      const res = await t.http
        .post('/api/v1/auth/login')
        .send({ username: user.user.username, password: GOOD_PASSWORD })
        .expect(200);
      caller.issued.mfa_token = res.body.mfa_token;
      caller.issued.code = totpCode(secret, Date.now(), 1);
      caller.issued.recovery_code = recoveryCodes[0];
    },
    resetUserMfa: async (caller) => {
      caller.path.id = (await t.app.get(UsersService).create(newUserInput())).id;
    },
    verifyEmail: async (caller) => {
      caller.issued.token = await t.app
        .get(EmailVerificationService)
        .issue((caller.signedIn as SignedIn).user);
    },
    getUser: async (caller) => {
      caller.path.id = (await t.app.get(UsersService).create(newUserInput())).id;
    },
    updateUser: async (caller) => {
      await removeExampleAccount();
      caller.path.id = (await t.app.get(UsersService).create(newUserInput())).id;
    },
    deleteUser: async (caller) => {
      caller.path.id = (await t.app.get(UsersService).create(newUserInput())).id;
    },
    getFile: async (caller) => {
      caller.path.id = await uploadedBy(caller);
    },
    downloadFileContent: async (caller) => {
      caller.path.id = await uploadedBy(caller);
    },
    deleteFile: async (caller) => {
      caller.path.id = await uploadedBy(caller);
    },
    endSession: async (caller) => {
      const me = await t.http
        .get('/api/v1/auth/sessions')
        .set('Authorization', (caller.signedIn as SignedIn).auth)
        .expect(200);
      caller.path.id = me.body.items[0].id;
    },
    listUserIdentities: async (caller) => {
      caller.path.id = (await t.app.get(UsersService).create(newUserInput())).id;
    },
    unlinkUserIdentity: async (caller) => {
      const user = await t.app.get(UsersService).create(newUserInput());
      const identity = {
        id: randomUUID(),
        user_id: user.id,
        provider: 'corp',
        subject: `subject-${user.id}`,
        email: user.email,
        created_at: new Date(),
      };
      await t.dataSource.getRepository(UserIdentityEntity).insert(identity);
      caller.path = { id: user.id, identity_id: identity.id };
    },
    startSso: async (caller) => {
      caller.path.provider = 'corp';
    },
    exchangeSsoCode: async (caller) => {
      const code = randomSecret();
      const now = new Date();
      await t.dataSource.getRepository(SsoCodeEntity).insert({
        id: randomUUID(),
        code_hash: hashSecret(code),
        user_id: (caller.signedIn as SignedIn).user.id,
        provider: 'corp',
        created_at: now,
        expires_at: new Date(now.getTime() + 60_000),
      });
      caller.issued.code = code;
    },
    revokePersonalToken: async (caller) => {
      const created = await t.http
        .post('/api/v1/tokens')
        .set('Authorization', (caller.signedIn as SignedIn).auth)
        .send({ name: 'to revoke' })
        .expect(201);
      caller.path.id = created.body.id;
    },
  };

  async function enrollTotp(caller: Caller): Promise<string> {
    const res = await t.http
      .post('/api/v1/auth/mfa/totp/enroll')
      .set('Authorization', (caller.signedIn as SignedIn).auth)
      .expect(201);
    return res.body.secret as string;
  }

  /** Two-factor authentication on, with codes from the tests' own TOTP. */
  async function turnOnTotp(
    signedIn: SignedIn,
  ): Promise<{ secret: string; recoveryCodes: string[] }> {
    const secret = await enrollTotp({ signedIn, issued: {}, path: {} });
    const res = await t.http
      .post('/api/v1/auth/mfa/totp/activate')
      .set('Authorization', signedIn.auth)
      .send({ code: totpCode(secret) })
      .expect(200);
    return { secret, recoveryCodes: res.body.recovery_codes as string[] };
  }

  async function uploadedBy(caller: Caller): Promise<string> {
    const res = await upload(
      t,
      (caller.signedIn as SignedIn).auth,
      FIXTURES.pdf,
      'paper.pdf',
      'application/pdf',
    ).expect(201);
    return res.body.id as string;
  }

  function send(path: string, method: string, operation: Operation, caller: Caller): Test {
    let url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = caller.path[name];
      if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
      return value;
    });
    // Query parameters as "Try it out" fills them: their example or default, nothing else.
    const query = new URLSearchParams();
    for (const parameter of operation.parameters ?? []) {
      if (parameter.in !== 'query') continue;
      const value = parameter.example ?? parameter.schema?.example ?? parameter.schema?.default;
      if (value !== undefined)
        query.set(parameter.name, JSON.stringify(value).replace(/^"|"$/g, ''));
    }
    if ([...query].length > 0) url += `?${query.toString()}`;
    const request = (t.http as unknown as Record<string, (url: string) => Test>)[method](url);
    if (caller.signedIn && operation.security?.length) {
      request.set('Authorization', caller.signedIn.auth);
    }
    return request;
  }

  function withIssuedSecrets(body: unknown, caller: Caller): unknown {
    if (typeof body !== 'object' || body === null) return body;
    const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
    for (const name of ISSUED_AT_RUN_TIME) {
      if (name in copy && caller.issued[name] !== undefined) copy[name] = caller.issued[name];
    }
    return copy;
  }

  it('lists a preparation for every operation that needs one, and nothing else', () => {
    const ids = operationsOf(document).map(([, , operation]) => operation.operationId);
    expect(Object.keys(PREPARE).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('answers every operation, sent with its documented example, with its documented success status', async () => {
    const outcomes: Array<{ where: string; example: string; status: number; expected: number }> =
      [];
    for (const [path, method, operation] of operationsOf(document)) {
      if (NOT_SENDABLE.includes(operation.operationId)) continue;
      // 302: the single sign-on start, which a browser navigates to.
      const expected = Number(
        Object.keys(operation.responses).find((s) => /^(2\d\d|302)$/.test(s)),
      );
      const contents = Object.entries(operation.requestBody?.content ?? {});
      const cases: Array<[string, string | undefined, unknown]> =
        contents.length === 0
          ? [['no body', undefined, undefined]]
          : contents.flatMap(([mediaType, media]) =>
              bodyExamples(media, document).map(
                ([name, body]) =>
                  [`${mediaType} ${name}`, mediaType, body] as [string, string, unknown],
              ),
            );
      for (const [example, mediaType, body] of cases) {
        const admin = await signInAdmin(t);
        const caller: Caller = { signedIn: admin, issued: {}, path: {} };
        await PREPARE[operation.operationId]?.(caller);
        let request = send(path, method, operation, caller);
        if (mediaType === 'multipart/form-data') {
          // A file cannot be an example; Try it out asks for one. Send a real PDF.
          request = request.attach('file', FIXTURES.pdf, {
            filename: 'paper.pdf',
            contentType: 'application/pdf',
          });
        } else if (mediaType === 'application/x-www-form-urlencoded') {
          request = request
            .type('form')
            .send(withIssuedSecrets(body, caller) as Record<string, string>);
        } else if (mediaType !== undefined) {
          request = request.type(mediaType).send(withIssuedSecrets(body, caller) as object);
        }
        const res = await request;
        outcomes.push({
          where: `${method.toUpperCase()} ${path}`,
          example,
          status: res.status,
          expected,
        });
        if (res.status !== expected) {
          process.stderr.write(
            `${method.toUpperCase()} ${path} (${example}) → ${res.status}: ${JSON.stringify(res.body)}\n`,
          );
        }
      }
    }
    expect(outcomes.length).toBeGreaterThan(30);
    expect(outcomes.filter((o) => o.status !== o.expected)).toEqual([]);
  });

  it('lists files without a filter when sent as documented (nothing pre-filled)', async () => {
    const admin = await signInAdmin(t);
    // Not a PDF, so a pre-filled `content_type=application/pdf` would hide it.
    const notes = await upload(t, admin.auth, FIXTURES.text, 'notes.txt', 'text/plain').expect(201);
    const id = notes.body.id as string;
    const list = document.paths['/api/v1/files'].get;
    const res = await send('/api/v1/files', 'get', list, { signedIn: admin, issued: {}, path: {} });
    expect(res.status).toBe(200);
    expect(res.body.items.map((file: { id: string }) => file.id)).toContain(id);
    const unfiltered = await t.http.get('/api/v1/files').set('Authorization', admin.auth);
    expect(res.body.total).toBe(unfiltered.body.total);
  });

  it('signs in with the login example of either identifier, and not with both', async () => {
    await createExampleAccount();
    const both = await t.http
      .post('/api/v1/auth/login')
      .send({ ...EXAMPLE_ACCOUNT, password: GOOD_PASSWORD });
    expect(both.status).toBe(422);
    const signedIn = await login(t, EXAMPLE_ACCOUNT.email);
    expect(signedIn.user.username).toBe(EXAMPLE_ACCOUNT.username);
  });
});
