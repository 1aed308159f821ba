import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderConfigurationDocs, SETTINGS_SCHEMAS } from './configuration-docs';

const root = join(__dirname, '..', '..');
const example = readFileSync(join(root, '.env.example'), 'utf8');

describe('docs/configuration.md', () => {
  it('is what `npm run docs:config` renders from the schemas and .env.example today', () => {
    const committed = readFileSync(join(root, 'docs', 'configuration.md'), 'utf8');
    // On failure: run `npm run docs:config` and commit docs/configuration.md.
    expect(committed).toBe(renderConfigurationDocs(example));
  });

  it('lists every setting once, in the section of its namespace', () => {
    const rendered = renderConfigurationDocs(example);
    const listed = [...rendered.matchAll(/^\| ([^|]+) \|/gm)].flatMap(([, names]) =>
      names.split(', ').map((name) => name.replace(/`/g, '')),
    );
    // (auth reads NODE_ENV too; it is listed once, under app.)
    const settings = new Set(
      Object.values(SETTINGS_SCHEMAS).flatMap((schema) => Object.keys(schema.shape)),
    );
    const rows = listed.filter((name) => name !== 'Setting' && name !== '---');
    expect(rows.sort()).toEqual([...settings].sort());
    expect(rendered.indexOf('| `PORT`')).toBeLessThan(rendered.indexOf('## database'));
    expect(rendered.indexOf('| `REDIS_URL`')).toBeGreaterThan(rendered.indexOf('## redis'));
  });

  it.each([
    [
      'a setting no schema reads',
      `${example}\nNOT_A_SETTING=1\n`,
      /NOT_A_SETTING is not a setting/,
    ],
    ['a missing setting', example.replace(/^PORT=.*\n/m, ''), /app setting PORT is missing/],
    [
      'a value that is not the default',
      example.replace(/^PORT=3000$/m, 'PORT=8080'),
      /PORT=8080 is not the default/,
    ],
    [
      'a setting in the wrong section',
      example.replace(/^(REDIS_URL=.*)$/m, '').replace(/^(PORT=3000)$/m, '$1\nREDIS_URL='),
      /REDIS_URL is not a setting of the app namespace/,
    ],
    ['an unknown section', example.replace('# --- mail ', '# --- email '), /section "email"/],
  ])('refuses an example with %s', (_label, text, problem) => {
    expect(() => renderConfigurationDocs(text)).toThrow(problem);
  });
});
