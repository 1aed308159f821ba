import type { AppException } from '../common/errors/app.exception';
import { parseScimFilter } from './scim-filter';

function refusal(filter: string): string | undefined {
  try {
    parseScimFilter(filter);
    return undefined;
  } catch (error) {
    return (error as AppException).extensions?.scimType as string;
  }
}

describe('parseScimFilter', () => {
  it.each([
    ['userName eq "ada"', { field: 'scim_user_name', equals: 'ada' }],
    ['UserName EQ "ada"', { field: 'scim_user_name', equals: 'ada' }],
    [
      'urn:ietf:params:scim:schemas:core:2.0:User:userName eq "ada"',
      { field: 'scim_user_name', equals: 'ada' },
    ],
    ['externalId eq "00u1"', { field: 'external_id', equals: '00u1' }],
    ['emails.value eq "a@b.org"', { field: 'email', equals: 'a@b.org' }],
    ['emails eq "a@b.org"', { field: 'email', equals: 'a@b.org' }],
    ['active eq false', { field: 'is_active', equals: false }],
    ['active eq True', { field: 'is_active', equals: true }],
    ['userName eq "a \\"quoted\\" name"', { field: 'scim_user_name', equals: 'a "quoted" name' }],
  ])('parses %s', (filter, expected) => {
    expect(parseScimFilter(filter)).toEqual(expected);
  });

  it('gives "and" precedence over "or", and honours parentheses', () => {
    const a = { field: 'scim_user_name', equals: 'a' };
    const b = { field: 'scim_user_name', equals: 'b' };
    const off = { field: 'is_active', equals: false };
    expect(parseScimFilter('userName eq "a" or userName eq "b" and active eq false')).toEqual({
      any: [a, { all: [b, off] }],
    });
    expect(parseScimFilter('(userName eq "a" or userName eq "b") and active eq false')).toEqual({
      all: [{ any: [a, b] }, off],
    });
    expect(parseScimFilter('userName eq "a" AND active eq false OR userName eq "b"')).toEqual({
      any: [{ all: [a, off] }, b],
    });
  });

  it.each([
    'userName ne "a"',
    'userName co "a"',
    'userName sw "a"',
    'meta.created gt "2020-01-01"',
    'title pr',
    'not (userName eq "a")',
    'emails[type eq "work"] eq "x"',
    'displayName eq "a"',
    'userName eq 42',
    'active eq "false"',
    'active eq null',
    'userName eq "a" and',
    'userName eq "a" xor userName eq "b"',
    '((userName eq "a")',
    'userName eq "a"))',
    'userName "a"',
    'userName eq "unterminated',
    'userName eq "bad \\q escape"',
    '',
    '@',
    `${'('.repeat(30)}userName eq "a"${')'.repeat(30)}`,
    `userName eq "${'a'.repeat(3000)}"`,
  ])('refuses %j with invalidFilter', (filter) => {
    expect(refusal(filter)).toBe('invalidFilter');
  });
});
