import { findShapeProblem, MAX_BODY_DEPTH } from './value-shape';

/** `depth` levels of alternating objects and arrays around a leaf. */
function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

describe('findShapeProblem', () => {
  it('accepts ordinary bodies and non-objects', () => {
    expect(findShapeProblem({ username: 'ada', tags: ['a', { b: 1 }] })).toBeUndefined();
    expect(findShapeProblem(undefined)).toBeUndefined();
    expect(findShapeProblem('text')).toBeUndefined();
    expect(findShapeProblem({})).toBeUndefined();
  });

  it('allows exactly MAX_BODY_DEPTH levels and refuses one more', () => {
    expect(findShapeProblem(nested(MAX_BODY_DEPTH))).toBeUndefined();
    expect(findShapeProblem(nested(MAX_BODY_DEPTH + 1))).toEqual({ kind: 'too_deep' });
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    const body = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(findShapeProblem(body)).toEqual({ kind: 'too_deep' });
  });

  it.each([
    ['{"__proto__":{"x":1}}', '__proto__'],
    ['{"a":1,"constructor":{"prototype":{}}}', 'constructor'],
    ['{"prototype":null}', 'prototype'],
    ['{"a":[{"b":{"__proto__":1}}]}', 'a.0.b.__proto__'],
  ])('names the prototype key in %s', (json, field) => {
    expect(findShapeProblem(JSON.parse(json))).toEqual({ kind: 'prototype_key', field });
  });

  it('does not mind the words as values or as array elements', () => {
    expect(
      findShapeProblem({ name: '__proto__', list: ['constructor', 'prototype'] }),
    ).toBeUndefined();
  });
});
