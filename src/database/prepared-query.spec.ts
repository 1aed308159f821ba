import { positional } from './prepared-query';

describe('positional', () => {
  it('turns named parameters into placeholders in order of appearance, repeats included', () => {
    expect(positional('SELECT 1 FROM t WHERE a = :first AND (b > :second OR c = :first)')).toEqual({
      sql: 'SELECT 1 FROM t WHERE a = ? AND (b > ? OR c = ?)',
      order: ['first', 'second', 'first'],
    });
  });

  it('leaves casts and text without parameters alone', () => {
    expect(positional("SELECT x::text FROM t WHERE y = 'refresh'")).toEqual({
      sql: "SELECT x::text FROM t WHERE y = 'refresh'",
      order: [],
    });
  });
});
