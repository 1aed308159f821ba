import { USERNAME_PATTERN } from './user-rules';
import { baseUsername, usernameCandidate } from './usernames';

describe('usernames for single sign-on', () => {
  it.each([
    ['ada.lovelace', 'x@example.org', 'ada.lovelace'],
    ['ada@corp.example', 'x@example.org', 'ada'],
    [undefined, 'grace.hopper@example.org', 'grace.hopper'],
    ['José Ñúñez', 'x@example.org', 'Jose-Nunez'],
    ['   ', 'bo@example.org', 'user-bo'],
    [undefined, '李@example.org', 'user'],
    ['a'.repeat(40), 'x@example.org', 'a'.repeat(32)],
    ['..--weird__name--..', 'x@example.org', 'weird__name'],
  ])('derives %p / %p → %p', (preferred, email, expected) => {
    const name = baseUsername(preferred, email);
    expect(name).toBe(expected);
    expect(name).toMatch(USERNAME_PATTERN);
  });

  it('numbers later candidates within the length limit', () => {
    expect(usernameCandidate('ada', 0)).toBe('ada');
    expect(usernameCandidate('ada', 1)).toBe('ada-2');
    const long = usernameCandidate('a'.repeat(32), 11);
    expect(long).toBe(`${'a'.repeat(29)}-12`);
    expect(long).toMatch(USERNAME_PATTERN);
  });
});
