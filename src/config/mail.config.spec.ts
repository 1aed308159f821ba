import { loadMailSettings } from './mail.config';

describe('mail settings', () => {
  it('default to no SMTP server and a local sender', () => {
    expect(loadMailSettings({})).toEqual({
      smtpUrl: undefined,
      from: 'ReViewPoint <no-reply@localhost>',
    });
  });

  it('accept smtp:// and smtps:// URLs and a sender with or without a display name', () => {
    expect(
      loadMailSettings({
        SMTP_URL: 'smtps://u:p@mail.example.org:465',
        MAIL_FROM: 'a@example.org',
      }),
    ).toEqual({ smtpUrl: 'smtps://u:p@mail.example.org:465', from: 'a@example.org' });
    expect(loadMailSettings({ MAIL_FROM: 'Review Team <team@example.org>' }).from).toBe(
      'Review Team <team@example.org>',
    );
  });

  it('rejects another scheme without quoting the URL (it may hold a password)', () => {
    expect(() => loadMailSettings({ SMTP_URL: 'http://u:s3cr3t@mail.example.org' })).toThrow(
      /^SMTP_URL must use one of the schemes smtp:\/\/, smtps:\/\/$/,
    );
  });

  it.each(['no-reply', 'ReViewPoint', 'Name <not an address>', 'a@b@c'])(
    'rejects MAIL_FROM=%j with a message naming it',
    (value) => {
      expect(() => loadMailSettings({ MAIL_FROM: value })).toThrow(
        /^MAIL_FROM must be an email address/,
      );
    },
  );
});
