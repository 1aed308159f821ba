import { describeDuration, resetLink, resetMail } from './reset-mail';

describe('password-reset mail', () => {
  it.each([
    [60, '1 minute'],
    [90, '2 minutes'],
    [1800, '30 minutes'],
    [3600, '1 hour'],
    [5400, '90 minutes'],
    [7200, '2 hours'],
  ])('says %i seconds as "%s"', (seconds, words) => {
    expect(describeDuration(seconds)).toBe(words);
  });

  it('appends the token to PASSWORD_RESET_URL, keeping its own query', () => {
    expect(resetLink('https://app.example.org/reset', 'abc_-123')).toBe(
      'https://app.example.org/reset?token=abc_-123',
    );
    expect(resetLink('https://app.example.org/reset?lang=en', 'abc')).toBe(
      'https://app.example.org/reset?lang=en&token=abc',
    );
  });

  it('greets the user and carries the link and its lifetime', () => {
    const mail = resetMail({
      to: 'ada@example.org',
      username: 'ada',
      link: 'https://app.example.org/reset?token=abc',
      ttlSeconds: 1800,
    });
    expect(mail.to).toBe('ada@example.org');
    expect(mail.subject).toMatch(/reset/i);
    expect(mail.text).toContain('Hello ada,');
    expect(mail.text).toContain('\nhttps://app.example.org/reset?token=abc\n');
    expect(mail.text).toContain('within 30 minutes');
  });
});
