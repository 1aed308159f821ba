import { z } from 'zod';
import { ConfigurationError } from './configuration-error';

/**
 * Small builders for environment settings. Every value arrives as a string (or
 * not at all); an empty string counts as unset so that `KEY=` in a `.env` file
 * means "use the default".
 */

type Env = Record<string, string | undefined>;

const blankToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

export function integerSetting(options: { min: number; max: number; default: number }) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .optional()
      .transform((raw, ctx) => {
        if (raw === undefined) return options.default;
        const text = raw.trim();
        const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
        if (!Number.isSafeInteger(value) || value < options.min || value > options.max) {
          ctx.addIssue({
            code: 'custom',
            message: `must be an integer from ${options.min} to ${options.max}`,
          });
          return z.NEVER;
        }
        return value;
      }),
  );
}

export function booleanSetting(defaultValue: boolean) {
  return optionalBooleanSetting().transform((value) => value ?? defaultValue);
}

export function optionalBooleanSetting() {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .optional()
      .transform((raw, ctx) => {
        if (raw === undefined) return undefined;
        const text = raw.trim().toLowerCase();
        if (['true', '1', 'yes', 'on'].includes(text)) return true;
        if (['false', '0', 'no', 'off'].includes(text)) return false;
        ctx.addIssue({ code: 'custom', message: 'must be true or false' });
        return z.NEVER;
      }),
  );
}

export function enumSetting<const T extends readonly [string, ...string[]]>(
  values: T,
  defaultValue: T[number],
) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .optional()
      .transform((raw, ctx): T[number] => {
        if (raw === undefined) return defaultValue;
        const text = raw.trim();
        if ((values as readonly string[]).includes(text)) return text;
        ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}` });
        return z.NEVER;
      }),
  );
}

export function stringSetting(defaultValue: string) {
  return z.preprocess(blankToUndefined, z.string().trim().default(defaultValue));
}

export function optionalStringSetting() {
  return z.preprocess(blankToUndefined, z.string().trim().optional());
}

/** A URL whose scheme must be one of `schemes` (given without the colon). */
export function optionalUrlSetting(schemes: readonly string[]) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .optional()
      .transform((raw, ctx) => {
        if (raw === undefined) return undefined;
        const text = raw.trim();
        let url: URL;
        try {
          url = new URL(text);
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be a valid URL' });
          return z.NEVER;
        }
        const scheme = url.protocol.replace(/:$/, '');
        if (!schemes.includes(scheme)) {
          ctx.addIssue({
            code: 'custom',
            message: `must use one of the schemes ${schemes.map((s) => `${s}://`).join(', ')}`,
          });
          return z.NEVER;
        }
        return text;
      }),
  );
}

/**
 * Parses one namespace of settings. The first problem becomes a
 * ConfigurationError naming the variable; the offending value is quoted only
 * for settings that are not secret.
 */
export function parseSettings<S extends z.ZodType>(
  schema: S,
  env: Env,
  secretKeys: readonly string[] = [],
): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const key = String(issue.path[0] ?? 'configuration');
  const raw = env[key];
  const shown =
    raw !== undefined && raw.trim() !== '' && !secretKeys.includes(key)
      ? ` (got ${JSON.stringify(raw.length > 80 ? `${raw.slice(0, 77)}...` : raw)})`
      : '';
  throw new ConfigurationError(key, `${issue.message}${shown}`);
}
