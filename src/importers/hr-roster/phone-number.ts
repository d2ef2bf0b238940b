// Phone numbers as the join key between a staff list and accounts: compared by their digits, kept in
// the inventory only as a digest (an account's identifiers.phone), and shown masked (138****8000).
import { createHash } from 'node:crypto';

/** A phone number reduced to its digits for joining: +86 / 0086 prefixes and separators dropped. */
export function phoneKey(value: string): string | undefined {
  const digits = value.replace(/[\s\-()（）+]/g, '').replace(/^0086/, '').replace(/^86(?=1\d{10}$)/, '');
  return /^\d{5,15}$/.test(digits) ? digits : undefined;
}

/** A phone number as output shows it: 138****8000. */
export function maskPhone(value: string): string {
  const digits = phoneKey(value) ?? value;
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}

/** What an account's identifiers.phone holds: a digest of the digits, never the number. */
export function phoneDigest(value: string): string | undefined {
  const digits = phoneKey(value);
  return digits === undefined ? undefined : `sha256:${createHash('sha256').update(digits).digest('hex').slice(0, 32)}`;
}
