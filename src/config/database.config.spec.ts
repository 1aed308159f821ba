import { resolve } from 'node:path';
import { loadDatabaseSettings } from './database.config';

describe('DATABASE_URL', () => {
  it('defaults to the embedded SQLite file with migrations applied at start-up', () => {
    expect(loadDatabaseSettings({})).toMatchObject({
      kind: 'sqlite',
      path: resolve('./data/reviewpoint.sqlite'),
      runMigrations: true,
    });
  });

  it('accepts sqlite:<path>, relative or absolute', () => {
    expect(loadDatabaseSettings({ DATABASE_URL: 'sqlite:./tmp/x.sqlite' })).toMatchObject({
      kind: 'sqlite',
      path: resolve('./tmp/x.sqlite'),
    });
    expect(loadDatabaseSettings({ DATABASE_URL: 'sqlite:/var/lib/rvp.sqlite' })).toMatchObject({
      path: '/var/lib/rvp.sqlite',
    });
    expect(loadDatabaseSettings({ DATABASE_URL: 'sqlite:///var/lib/rvp.sqlite' })).toMatchObject({
      path: '/var/lib/rvp.sqlite',
    });
  });

  it('accepts mysql:// and mariadb:// and leaves migrations to the operator', () => {
    expect(loadDatabaseSettings({ DATABASE_URL: 'mysql://u:p@db:3306/rvp' })).toMatchObject({
      kind: 'mysql',
      flavour: 'mysql',
      database: 'rvp',
      runMigrations: false,
    });
    expect(
      loadDatabaseSettings({ DATABASE_URL: 'mariadb://u@db/rvp', DATABASE_RUN_MIGRATIONS: 'true' }),
    ).toMatchObject({
      flavour: 'mariadb',
      runMigrations: true,
    });
  });

  it.each([
    ['postgres://u@h/db', /must be unset .*\(got a postgres: URL\)/],
    ['mysql://u@h', /must name a host and a database/],
    ['mysql://u@h/bad;name', /must name a host and a database/],
    ['sqlite:', /must name a file/],
  ])('rejects %s without echoing credentials', (url, message) => {
    expect(() => loadDatabaseSettings({ DATABASE_URL: url })).toThrow(message);
  });

  it('never quotes a URL that may hold a password', () => {
    expect(() => loadDatabaseSettings({ DATABASE_URL: 'mysql://u:s3cr3t@h' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cr3t') }),
    );
  });
});
