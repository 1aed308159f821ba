import type { UsersService } from '../users/users.service';
import { CreateAdminCommand } from './create-admin.command';

/**
 * create-admin checks the fields with the registration rules before it touches
 * the database. test/cli.e2e-spec.ts proves with the built CLI that a refusal
 * (there: the password policy, which the users service applies) is a non-zero
 * exit with the message on stderr.
 */
describe('CreateAdminCommand input', () => {
  const users = {
    createOrPromoteAdmin: jest.fn(() => Promise.reject(new Error('must not be reached'))),
  };
  const command = new CreateAdminCommand(users as unknown as UsersService);
  const valid = {
    username: 'valid_name',
    email: 'ok@example.org',
    password: 'a long admin passphrase',
  };

  it.each([
    [{ username: 'x' }, /^invalid input: username must be 3–32/],
    [{ email: 'nope' }, /^invalid input: email must be a valid email/],
    [
      { username: 'root\u202Enimda' },
      /^invalid input: username must not contain invisible or bidirectional control characters/,
    ],
  ])('refuses %j with the rule it breaks, before any database work', async (change, message) => {
    await expect(command.run([], { ...valid, ...change })).rejects.toThrow(message);
    expect(users.createOrPromoteAdmin).not.toHaveBeenCalled();
  });
});
