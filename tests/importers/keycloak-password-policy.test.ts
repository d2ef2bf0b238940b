// Keycloak's password-policy grammar: tokens joined by " and ", id or id(value), defaults for
// absent or "undefined" values, unknown ids kept aside (never guessed).
import { describe, expect, it } from 'vitest';
import { interpretPasswordPolicy, tokenizePasswordPolicy } from '../../src/importers/keycloak/password-policy.js';

const interpret = (policy: string) => interpretPasswordPolicy(tokenizePasswordPolicy(policy));

describe('Keycloak password policy grammar', () => {
  it('reads the admin console form with every common policy', () => {
    const p = interpret('length(8) and digits(1) and upperCase(1) and specialChars(1) and notUsername(undefined) and passwordHistory(3) and hashAlgorithm(pbkdf2-sha256) and hashIterations(27500) and forceExpiredPasswordChange(90)');
    expect(p).toMatchObject({ minLength: 8, characterClasses: 3, rotationDays: 90, passwordHistory: 3, hashAlgorithm: 'pbkdf2-sha256', hashIterations: 27500, blocklist: false });
    expect(p.unknown).toEqual([]);
    expect(p.malformed).toEqual([]);
  });

  it('splits on " and " only, so a regexPattern value may hold spaces and parentheses', () => {
    const tokens = tokenizePasswordPolicy('regexPattern(^(?=.*[a-z]) .*$) and length(12)');
    expect(tokens.map((t) => [t.id, t.value])).toEqual([
      ['regexPattern', '^(?=.*[a-z]) .*$'],
      ['length', '12'],
    ]);
  });

  it('applies Keycloak defaults to ids without a value or with "undefined"', () => {
    expect(interpret('length and digits and lowerCase(undefined)')).toMatchObject({ minLength: 8, characterClasses: 2 });
    expect(interpret('forceExpiredPasswordChange').rotationDays).toBe(365);
  });

  it('counts a class required zero times as not required, and the blacklist as a blocklist', () => {
    expect(interpret('length(10) and digits(0) and upperCase(2) and passwordBlacklist(weak.txt)')).toMatchObject({ minLength: 10, characterClasses: 1, blocklist: true });
  });

  it('takes an empty policy as no constraint at all', () => {
    expect(interpret('')).toMatchObject({ minLength: 0, characterClasses: 0, blocklist: false, rotationDays: undefined, hashAlgorithm: undefined });
  });

  it('keeps unknown ids and malformed values aside instead of guessing', () => {
    const p = interpret('length(abc) and customLength(12) and digits(1)');
    expect(p.unknown.map((t) => t.raw)).toEqual(['customLength(12)']);
    expect(p.malformed.map((t) => t.raw)).toEqual(['length(abc)']);
    expect(p.minLength).toBe(8); // Keycloak's default for length, with a warning
  });
});
