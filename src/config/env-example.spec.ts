import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { validateEnvironment } from '.';
import { appSettingsSchema } from './app.config';
import { auditSettingsSchema } from './audit.config';
import { authSettingsSchema } from './auth.config';
import { databaseSettingsSchema } from './database.config';
import { filesSettingsSchema } from './files.config';
import { mailSettingsSchema } from './mail.config';
import { redisSettingsSchema } from './redis.config';

const example = parseEnv(readFileSync(join(__dirname, '..', '..', '.env.example'), 'utf8'));

describe('.env.example', () => {
  it('lists every setting the app reads', () => {
    const settings = [
      appSettingsSchema,
      databaseSettingsSchema,
      authSettingsSchema,
      filesSettingsSchema,
      mailSettingsSchema,
      redisSettingsSchema,
      auditSettingsSchema,
    ].flatMap((schema) => Object.keys(schema.shape));
    for (const name of settings) expect(Object.keys(example)).toContain(name);
  });

  it('is itself a valid configuration (its values are the defaults)', () => {
    expect(() => validateEnvironment({ ...example })).not.toThrow();
  });
});
