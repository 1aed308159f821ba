import { z } from 'zod';
import { ConfigurationError } from './configuration-error';
import {
  booleanSetting,
  enumSetting,
  integerSetting,
  optionalUrlSetting,
  parseSettings,
} from './settings';

const schema = z.object({
  PORT: integerSetting({ min: 1, max: 65535, default: 3000 }),
  FLAG: booleanSetting(false),
  MODE: enumSetting(['a', 'b'], 'a'),
  URL: optionalUrlSetting(['redis']),
  TOKEN: integerSetting({ min: 1, max: 10, default: 1 }),
});

describe('settings parsing', () => {
  it('applies defaults when unset or blank', () => {
    expect(parseSettings(schema, { PORT: '', FLAG: ' ' })).toEqual({
      PORT: 3000,
      FLAG: false,
      MODE: 'a',
      URL: undefined,
      TOKEN: 1,
    });
  });

  it('parses integers, booleans, enums and URLs', () => {
    expect(
      parseSettings(schema, {
        PORT: ' 8080 ',
        FLAG: 'yes',
        MODE: 'b',
        URL: 'redis://127.0.0.1:6379',
      }),
    ).toEqual({
      PORT: 8080,
      FLAG: true,
      MODE: 'b',
      URL: 'redis://127.0.0.1:6379',
      TOKEN: 1,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be an integer from 1 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be an integer from 1 to 65535 (got "70000")'],
    [{ PORT: '3000.5' }, 'PORT must be an integer from 1 to 65535 (got "3000.5")'],
    [{ FLAG: 'maybe' }, 'FLAG must be true or false (got "maybe")'],
    [{ MODE: 'c' }, 'MODE must be one of a, b (got "c")'],
    [{ URL: 'http://x' }, 'URL must use one of the schemes redis:// (got "http://x")'],
    [{ URL: 'not a url' }, 'URL must be a valid URL (got "not a url")'],
  ])('names the setting in one line for %j', (env, message) => {
    expect(() => parseSettings(schema, env)).toThrow(
      new ConfigurationError(message.split(' ')[0], message.slice(message.indexOf(' ') + 1)),
    );
    expect(() => parseSettings(schema, env)).toThrow(message);
  });

  it('does not quote the value of a secret setting', () => {
    expect(() => parseSettings(schema, { TOKEN: 'hunter2' }, ['TOKEN'])).toThrow(
      /^TOKEN must be an integer from 1 to 10$/,
    );
  });
});
