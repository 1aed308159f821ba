import type { UserCriteria } from '../users/user-criteria';
import { ScimErrors } from './scim-errors';

/**
 * SCIM filters (RFC 7644 §3.4.2.2), parsed by a real grammar and translated
 * to user criteria. Everything the grammar recognises but this service does
 * not support (other operators, `not`, value paths, other attributes) is
 * refused with 400 `invalidFilter` naming what, never ignored.
 *
 *   filter     = orExpr
 *   orExpr     = andExpr *( "or" andExpr )
 *   andExpr    = term *( "and" term )
 *   term       = "(" filter ")" / "not" "(" filter ")" / attrPath "pr"
 *              / attrPath compareOp compValue
 *   compareOp  = eq / ne / co / sw / ew / gt / lt / ge / le   (case-insensitive)
 *   compValue  = false / null / true / number / string         (JSON)
 *
 * Supported: `eq` on userName, externalId, emails (or emails.value), active
 * and id, joined by `and`/`or`, grouped with parentheses.
 */

type Token =
  | { kind: 'word'; text: string; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'punct'; text: '(' | ')' | '[' | ']'; at: number };

const CORE_USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:user:';
const OPERATORS = new Set(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'lt', 'ge', 'le']);
const MAX_FILTER_LENGTH = 2_000;
const MAX_DEPTH = 20;

/** SCIM attribute (lower-cased, core URN prefix removed) → the user field it filters. */
const ATTRIBUTES: Record<string, { field: string; type: 'string' | 'boolean' }> = {
  username: { field: 'scim_user_name', type: 'string' },
  externalid: { field: 'external_id', type: 'string' },
  emails: { field: 'email', type: 'string' },
  'emails.value': { field: 'email', type: 'string' },
  active: { field: 'is_active', type: 'boolean' },
  id: { field: 'id', type: 'string' },
};

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i];
    if (char === ' ' || char === '\t') {
      i += 1;
    } else if (char === '(' || char === ')' || char === '[' || char === ']') {
      tokens.push({ kind: 'punct', text: char, at: i });
      i += 1;
    } else if (char === '"') {
      let end = i + 1;
      while (end < input.length && input[end] !== '"') end += input[end] === '\\' ? 2 : 1;
      if (end >= input.length) throw ScimErrors.invalidFilter(`Unterminated string at ${i + 1}.`);
      const literal = input.slice(i, end + 1);
      let value: unknown;
      try {
        value = JSON.parse(literal);
      } catch {
        throw ScimErrors.invalidFilter(`Invalid string literal at ${i + 1}.`);
      }
      tokens.push({ kind: 'string', value: value as string, at: i });
      i = end + 1;
    } else {
      const match = /^[A-Za-z0-9:._$+-]+/.exec(input.slice(i));
      if (!match) throw ScimErrors.invalidFilter(`Unexpected "${char}" at ${i + 1}.`);
      tokens.push({ kind: 'word', text: match[0], at: i });
      i += match[0].length;
    }
  }
  return tokens;
}

class Parser {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): UserCriteria {
    const criteria = this.orExpr(0);
    const extra = this.tokens[this.position];
    if (extra) throw ScimErrors.invalidFilter(`Unexpected ${describe(extra)} at ${extra.at + 1}.`);
    return criteria;
  }

  private orExpr(depth: number): UserCriteria {
    const parts = [this.andExpr(depth)];
    while (this.keyword('or')) parts.push(this.andExpr(depth));
    return parts.length === 1 ? parts[0] : { any: parts };
  }

  private andExpr(depth: number): UserCriteria {
    const parts = [this.term(depth)];
    while (this.keyword('and')) parts.push(this.term(depth));
    return parts.length === 1 ? parts[0] : { all: parts };
  }

  private term(depth: number): UserCriteria {
    if (depth > MAX_DEPTH) throw ScimErrors.invalidFilter('The filter is nested too deeply.');
    const token = this.next('an attribute or "("');
    if (token.kind === 'punct' && token.text === '(') {
      const inner = this.orExpr(depth + 1);
      this.expectPunct(')');
      return inner;
    }
    if (token.kind !== 'word') throw unexpected(token, 'an attribute');
    if (token.text.toLowerCase() === 'not' && this.peekPunct('(')) {
      throw ScimErrors.invalidFilter('"not" is not supported.');
    }
    if (this.peekPunct('[')) {
      throw ScimErrors.invalidFilter(`Value filters such as "${token.text}[…]" are not supported.`);
    }
    const operator = this.next('an operator');
    if (operator.kind !== 'word') throw unexpected(operator, 'an operator');
    const op = operator.text.toLowerCase();
    if (op === 'pr') throw ScimErrors.invalidFilter('The "pr" operator is not supported.');
    if (!OPERATORS.has(op)) throw unexpected(operator, 'an operator');
    const value = this.value();
    if (op !== 'eq') {
      throw ScimErrors.invalidFilter(`The "${op}" operator is not supported; only "eq" is.`);
    }
    return criterion(token.text, value);
  }

  private value(): string | boolean | number | null {
    const token = this.next('a value');
    if (token.kind === 'string') return token.value;
    if (token.kind === 'word') {
      const text = token.text.toLowerCase();
      if (text === 'true') return true;
      if (text === 'false') return false;
      if (text === 'null') return null;
      if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(token.text)) return Number(token.text);
    }
    throw unexpected(token, 'a value (a JSON string, true, false, null or a number)');
  }

  private keyword(word: string): boolean {
    const token = this.tokens[this.position];
    if (token?.kind === 'word' && token.text.toLowerCase() === word) {
      this.position += 1;
      return true;
    }
    return false;
  }

  private peekPunct(text: string): boolean {
    const token = this.tokens[this.position];
    return token?.kind === 'punct' && token.text === text;
  }

  private expectPunct(text: ')'): void {
    const token = this.next(`"${text}"`);
    if (token.kind !== 'punct' || token.text !== text) throw unexpected(token, `"${text}"`);
  }

  private next(expected: string): Token {
    const token = this.tokens[this.position];
    if (!token) throw ScimErrors.invalidFilter(`The filter ends where ${expected} was expected.`);
    this.position += 1;
    return token;
  }
}

function describe(token: Token): string {
  return token.kind === 'string' ? 'a string' : `"${token.text}"`;
}

function unexpected(token: Token, expected: string) {
  return ScimErrors.invalidFilter(
    `Expected ${expected} at ${token.at + 1}, found ${describe(token)}.`,
  );
}

function criterion(attribute: string, value: string | boolean | number | null): UserCriteria {
  let name = attribute.toLowerCase();
  if (name.startsWith(CORE_USER_URN)) name = name.slice(CORE_USER_URN.length);
  const known = ATTRIBUTES[name];
  if (!known) throw ScimErrors.invalidFilter(`Filtering on "${attribute}" is not supported.`);
  if (known.type === 'boolean') {
    if (typeof value !== 'boolean') throw ScimErrors.invalidFilter(`"${attribute}" is a boolean.`);
    return { field: 'is_active', equals: value };
  }
  if (typeof value !== 'string') throw ScimErrors.invalidFilter(`"${attribute}" is a string.`);
  return { field: known.field as 'id' | 'scim_user_name' | 'email' | 'external_id', equals: value };
}

/** Parses a `filter` query parameter; 400 `invalidFilter` for anything not supported. */
export function parseScimFilter(filter: string): UserCriteria {
  if (filter.length > MAX_FILTER_LENGTH) throw ScimErrors.invalidFilter('The filter is too long.');
  const tokens = tokenize(filter);
  if (tokens.length === 0) throw ScimErrors.invalidFilter('The filter is empty.');
  return new Parser(tokens).parse();
}
