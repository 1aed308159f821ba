import type { AppException } from '../common/errors/app.exception';
import { applyScimPatch, SCIM_PATCH_SCHEMA } from './scim-patch';
import type { ScimUserState } from './scim-user';

const ada: ScimUserState = {
  userName: 'ada',
  email: 'ada@example.org',
  active: true,
  externalId: null,
};

const patch = (...Operations: unknown[]) => ({ schemas: [SCIM_PATCH_SCHEMA], Operations });

function refusal(body: unknown): string | undefined {
  try {
    applyScimPatch(ada, body);
    return undefined;
  } catch (error) {
    return (error as AppException).extensions?.scimType as string;
  }
}

describe('applyScimPatch', () => {
  it.each([
    [
      'Okta: replace without path',
      patch({ op: 'replace', value: { active: false } }),
      { active: false },
    ],
    [
      'Entra: capitalised op and "False"',
      patch({ op: 'Replace', path: 'active', value: 'False' }),
      { active: false },
    ],
    ['Entra: "True"', patch({ op: 'Replace', path: 'active', value: 'True' }), { active: true }],
    [
      'Entra: emails[type eq "work"].value',
      patch({ op: 'Add', path: 'emails[type eq "work"].value', value: 'new@example.org' }),
      { email: 'new@example.org' },
    ],
    [
      'emails[primary eq true].value',
      patch({ op: 'replace', path: 'emails[primary eq true].value', value: 'p@example.org' }),
      { email: 'p@example.org' },
    ],
    [
      'emails as an array',
      patch({
        op: 'replace',
        path: 'emails',
        value: [
          { value: 'h@x.org', type: 'home' },
          { value: 'w@x.org', primary: true },
        ],
      }),
      { email: 'w@x.org' },
    ],
    ['userName', patch({ op: 'replace', path: 'userName', value: 'ada.l' }), { userName: 'ada.l' }],
    [
      'an email userName, kept as sent',
      patch({ op: 'replace', path: 'userName', value: 'Ada.L@Example.org' }),
      { userName: 'Ada.L@Example.org' },
    ],
    [
      'externalId added then removed',
      patch({ op: 'add', path: 'externalId', value: 'x1' }, { op: 'remove', path: 'externalId' }),
      { externalId: null },
    ],
    [
      'the core URN prefix',
      patch({
        op: 'replace',
        path: 'urn:ietf:params:scim:schemas:core:2.0:User:active',
        value: false,
      }),
      { active: false },
    ],
    [
      'ignored attributes',
      patch(
        { op: 'replace', path: 'name.givenName', value: 'Ada' },
        {
          op: 'add',
          value: {
            displayName: 'Ada',
            'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {
              manager: { value: 'x' },
            },
          },
        },
      ),
      {},
    ],
    [
      'operations in order',
      patch(
        { op: 'replace', path: 'active', value: false },
        { op: 'replace', path: 'active', value: true },
      ),
      {},
    ],
  ])('applies %s', (_label, body, changed) => {
    expect(applyScimPatch(ada, body)).toEqual({ ...ada, ...changed });
  });

  it('leaves the given state alone', () => {
    const state = { ...ada };
    applyScimPatch(state, patch({ op: 'replace', path: 'active', value: false }));
    expect(state).toEqual(ada);
  });

  it.each([
    ['no schemas', { Operations: [{ op: 'add', path: 'active', value: true }] }, 'invalidSyntax'],
    ['no operations', patch(), 'invalidSyntax'],
    ['an unknown op', patch({ op: 'copy', path: 'active', value: true }), 'invalidSyntax'],
    [
      'an unknown member',
      patch({ op: 'add', path: 'active', value: true, from: 'x' }),
      'invalidSyntax',
    ],
    ['an unknown path', patch({ op: 'add', path: 'shoeSize', value: 1 }), 'invalidPath'],
    ['a read-only path', patch({ op: 'replace', path: 'meta.created', value: 'x' }), 'mutability'],
    ['removing userName', patch({ op: 'remove', path: 'userName' }), 'mutability'],
    ['removing active', patch({ op: 'remove', path: 'active' }), 'mutability'],
    ['removing the email', patch({ op: 'remove', path: 'emails' }), 'invalidValue'],
    ['remove without path', patch({ op: 'remove' }), 'noTarget'],
    [
      'a filter selecting nothing',
      patch({ op: 'replace', path: 'emails[type eq "home"].value', value: 'a@b.org' }),
      'noTarget',
    ],
    ['a bad boolean', patch({ op: 'replace', path: 'active', value: 'yes' }), 'invalidValue'],
    ['a bad email', patch({ op: 'replace', path: 'emails.value', value: 'nope' }), 'invalidValue'],
    [
      'a userName over 255 characters',
      patch({ op: 'replace', path: 'userName', value: `${'a'.repeat(250)}@b.org` }),
      'invalidValue',
    ],
    [
      'a userName with a control character',
      patch({ op: 'replace', path: 'userName', value: 'a\tb@b.org' }),
      'invalidValue',
    ],
    ['add without value', patch({ op: 'add', path: 'active' }), 'invalidValue'],
    [
      'an unknown attribute without path',
      patch({ op: 'add', value: { shoeSize: 1 } }),
      'invalidPath',
    ],
  ])('refuses %s with %s', (_label, body, scimType) => {
    expect(refusal(body)).toBe(scimType);
  });
});
