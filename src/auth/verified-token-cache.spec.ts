import { VerifiedTokenCache } from './verified-token-cache';

describe('VerifiedTokenCache', () => {
  let now = 1_000;
  const cache = () => new VerifiedTokenCache<{ exp: number; sub: string }>(3, () => now);

  beforeEach(() => {
    now = 1_000;
  });

  it('answers a remembered token until its exp, then forgets it', () => {
    const tokens = cache();
    tokens.remember('a.b.c', { exp: 1_010, sub: 'u1' });
    expect(tokens.get('a.b.c')).toEqual({ exp: 1_010, sub: 'u1' });
    now = 1_009.999;
    expect(tokens.get('a.b.c')?.sub).toBe('u1');
    now = 1_010;
    expect(tokens.get('a.b.c')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('matches the exact text only', () => {
    const tokens = cache();
    tokens.remember('a.b.c', { exp: 2_000, sub: 'u1' });
    expect(tokens.get('a.b.C')).toBeUndefined();
    expect(tokens.get('a.b.c ')).toBeUndefined();
    expect(tokens.get('a.b')).toBeUndefined();
  });

  it('holds at most its capacity, dropping the oldest first', () => {
    const tokens = cache();
    for (const name of ['t1', 't2', 't3', 't4']) tokens.remember(name, { exp: 2_000, sub: name });
    expect(tokens.size).toBe(3);
    expect(tokens.get('t1')).toBeUndefined();
    expect(tokens.get('t2')?.sub).toBe('t2');
    expect(tokens.get('t4')?.sub).toBe('t4');
  });

  it('keeps the first claims recorded for a token', () => {
    const tokens = cache();
    tokens.remember('t', { exp: 2_000, sub: 'first' });
    tokens.remember('t', { exp: 3_000, sub: 'second' });
    expect(tokens.get('t')?.sub).toBe('first');
  });
});
