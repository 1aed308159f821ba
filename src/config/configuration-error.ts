/**
 * Thrown when a setting is missing or malformed. Its message is one line that
 * names the setting, so an operator can fix the environment without reading a
 * stack trace; secret values are never echoed back.
 */
export class ConfigurationError extends Error {
  constructor(
    readonly setting: string,
    readonly problem: string,
  ) {
    super(`${setting} ${problem}`);
    this.name = 'ConfigurationError';
  }
}
