import { isDeepStrictEqual, parseEnv } from 'node:util';
import type { z } from 'zod';
import { appSettingsSchema } from './app.config';
import { auditSettingsSchema } from './audit.config';
import { authSettingsSchema } from './auth.config';
import { databaseSettingsSchema } from './database.config';
import { filesSettingsSchema } from './files.config';
import { mailSettingsSchema } from './mail.config';
import { mfaSettingsSchema } from './mfa.config';
import { redisSettingsSchema } from './redis.config';
import { ssoSettingsSchema } from './sso.config';

/**
 * The configuration reference, docs/configuration.md, is rendered from two
 * sources that cannot drift apart: the settings schemas (which settings exist,
 * and their defaults) and `.env.example` (one commented line per setting, in
 * sections named after the namespaces). Rendering refuses an example that lists
 * a setting no schema reads, misses one, puts it in the wrong section, or shows
 * a value that is not the schema's default. `npm run docs:config` writes the
 * file; configuration-docs.spec.ts fails when the committed file is stale.
 */
export const SETTINGS_SCHEMAS = {
  app: appSettingsSchema,
  database: databaseSettingsSchema,
  auth: authSettingsSchema,
  files: filesSettingsSchema,
  mail: mailSettingsSchema,
  redis: redisSettingsSchema,
  audit: auditSettingsSchema,
  sso: ssoSettingsSchema,
  mfa: mfaSettingsSchema,
} satisfies Record<string, z.ZodObject>;

type Namespace = keyof typeof SETTINGS_SCHEMAS;

/** Consecutive settings in `.env.example` under one comment. */
interface SettingGroup {
  keys: string[];
  values: string[];
  comment: string[];
}

interface Section {
  namespace: Namespace;
  groups: SettingGroup[];
}

const SECTION = /^#\s*---\s*([a-z]+)\s*-*\s*$/;
const SETTING = /^([A-Z][A-Z0-9_]*)=(.*)$/;

function parseExample(text: string): Section[] {
  const sections: Section[] = [];
  let comment: string[] = [];
  let group: SettingGroup | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const section = SECTION.exec(line);
    if (section) {
      const namespace = section[1];
      if (!(namespace in SETTINGS_SCHEMAS))
        throw new Error(`.env.example: section "${namespace}" is not a settings namespace`);
      sections.push({ namespace: namespace as Namespace, groups: [] });
      comment = [];
      group = undefined;
      continue;
    }
    const current = sections.at(-1);
    if (!current) continue; // the file's own introduction
    if (line === '') {
      comment = [];
      group = undefined;
    } else if (line.startsWith('#')) {
      comment.push(line.replace(/^#\s?/, ''));
      group = undefined;
    } else {
      const setting = SETTING.exec(line);
      if (!setting) throw new Error(`.env.example: cannot read "${line}"`);
      if (!group || comment.length > 0) {
        group = { keys: [], values: [], comment };
        current.groups.push(group);
        comment = [];
      }
      group.keys.push(setting[1]);
      group.values.push(setting[2]);
    }
  }
  return sections;
}

/** Throws unless every schema setting is listed once, in its section, with its default. */
function checkAgainstSchemas(text: string, sections: Section[]): void {
  const example = parseEnv(text) as Record<string, string>;
  const listed = new Set<string>();
  for (const { namespace, groups } of sections) {
    const schema = SETTINGS_SCHEMAS[namespace];
    const known = Object.keys(schema.shape);
    const defaults = schema.parse({}) as Record<string, unknown>;
    const fromExample = schema.parse(example) as Record<string, unknown>;
    for (const key of groups.flatMap((g) => g.keys)) {
      if (!known.includes(key))
        throw new Error(`.env.example: ${key} is not a setting of the ${namespace} namespace`);
      if (listed.has(key)) throw new Error(`.env.example: ${key} is listed twice`);
      listed.add(key);
      if (!isDeepStrictEqual(fromExample[key], defaults[key]))
        throw new Error(`.env.example: ${key}=${example[key]} is not the default`);
    }
  }
  for (const [namespace, schema] of Object.entries(SETTINGS_SCHEMAS)) {
    for (const key of Object.keys(schema.shape))
      if (!listed.has(key)) throw new Error(`.env.example: ${namespace} setting ${key} is missing`);
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|');
/** Comment text as a table cell: `<token>` would otherwise be taken for HTML. */
const prose = (text: string) => cell(text).replace(/</g, '&lt;');
const code = (text: string) => `\`${text}\``;

function renderGroup(group: SettingGroup): string {
  const names = group.keys.map(code).join(', ');
  const defaults = group.values.map((value) => (value === '' ? 'unset' : code(value))).join(', ');
  return `| ${names} | ${cell(defaults)} | ${prose(group.comment.join(' '))} |`;
}

export function renderConfigurationDocs(envExample: string): string {
  const sections = parseExample(envExample);
  checkAgainstSchemas(envExample, sections);
  const out = [
    '# Configuration',
    '',
    '<!-- Generated by `npm run docs:config` from the settings schemas in src/config and the',
    'comments in .env.example: edit those, then regenerate. A unit test fails when this file is stale. -->',
    '',
    'Settings come from the environment and an optional `.env` file; `.env.example` lists every',
    'one with its default (copy it to `.env` to start). An empty value means unset, i.e. the',
    'default. Settings are validated before anything starts: a bad value stops the server (and',
    'the CLI) with exit code 1 and one line naming the setting, for example',
    '',
    '```',
    'Configuration error: PORT must be an integer from 1 to 65535 (got "abc")',
    '```',
    '',
    'The values of secret settings (`JWT_SECRET`, `METRICS_TOKEN`) are never repeated in such a',
    'line. Each section below is one namespace of `src/config/` (`<namespace>.config.ts`).',
  ];
  for (const { namespace, groups } of sections) {
    out.push('', `## ${namespace}`, '', '| Setting | Default | Meaning |', '| --- | --- | --- |');
    for (const group of groups) out.push(renderGroup(group));
  }
  return `${out.join('\n')}\n`;
}
