// Exact checks that a stored value is a piece of personal information, not merely shaped like
// one: a mainland mobile number in a range assigned to a carrier, a resident ID number whose
// GB 11643-1999 check digit and birth date are valid, a bank card number that passes the Luhn
// check with a card scheme's prefix and length, a licence plate of a province (new-energy plates
// included). Each keeps only what it needs to mask the value; nothing here prints a value.

export type ValidatorId = 'cn-mobile' | 'cn-resident-id' | 'bank-card' | 'cn-plate';

export interface ValueValidator {
  /** Stable id, used in reports. */
  id: ValidatorId;
  category: string;
  /** The value in canonical form when it is one, else undefined. */
  match(value: string): string | undefined;
  /** The canonical value masked for output. */
  mask(canonical: string): string;
}

/**
 * Mobile prefixes assigned by MIIT to the three carriers, China Broadnet and the virtual
 * operators (13x, 145–149, 15x but 154, 162/165/166/167, 170–173/175–178, 18x, 19x but 194).
 * 140–144 (13-digit IoT numbers) and 174 (satellite) are left out: not people's phones.
 */
const MOBILE_PREFIXES = new Set([
  ...range(130, 139),
  145, 146, 147, 148, 149,
  150, 151, 152, 153, 155, 156, 157, 158, 159,
  162, 165, 166, 167,
  170, 171, 172, 173, 175, 176, 177, 178,
  ...range(180, 189),
  190, 191, 192, 193, 195, 196, 197, 198, 199,
].map(String));

export const cnMobile: ValueValidator = {
  id: 'cn-mobile',
  category: 'contact.phone',
  match(value) {
    let digits = value.trim().replace(/[\s-]/g, '');
    if (digits.startsWith('+86')) digits = digits.slice(3);
    else if (digits.startsWith('0086')) digits = digits.slice(4);
    else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
    if (!/^1[0-9]{10}$/.test(digits) || !MOBILE_PREFIXES.has(digits.slice(0, 3))) return undefined;
    return digits;
  },
  mask: (d) => `${d.slice(0, 3)}****${d.slice(7)}`,
};

/** Province-level codes (GB/T 2260) that begin a resident ID number: mainland, Taiwan, Hong Kong, Macao. */
const REGION_CODES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83']);
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The GB 11643-1999 check character of the first 17 digits. */
export function residentIdCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK[sum % 11] as string;
}

export const cnResidentId: ValueValidator = {
  id: 'cn-resident-id',
  category: 'identity.id-number',
  match(value) {
    const id = value.trim().toUpperCase();
    if (!/^[0-9]{17}[0-9X]$/.test(id) || !REGION_CODES.has(id.slice(0, 2))) return undefined;
    if (!validBirthDate(id.slice(6, 14))) return undefined;
    return residentIdCheck(id.slice(0, 17)) === id[17] ? id : undefined;
  },
  mask: (id) => `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`,
};

/** YYYYMMDD, a real calendar day from 1900 on (no date in the future of a fixed bound: output must not change with the day it runs). */
function validBirthDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(4, 6));
  const day = Number(text.slice(6, 8));
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] as number);
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Card schemes by prefix, with the lengths they issue: UnionPay, Visa, Mastercard, Amex, JCB, and the old domestic 9558 (ICBC). */
function plausibleCard(digits: string): boolean {
  const n = digits.length;
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if (digits.startsWith('62')) return n >= 16 && n <= 19;
  if (digits.startsWith('4')) return n === 16 || n === 19;
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return n === 16;
  if (two === 34 || two === 37) return n === 15;
  if (four >= 3528 && four <= 3589) return n >= 16 && n <= 19;
  if (digits.startsWith('9558')) return n === 19;
  return false;
}

export const bankCard: ValueValidator = {
  id: 'bank-card',
  category: 'financial.payment-card',
  match(value) {
    const digits = value.trim().replace(/[\s-]/g, '');
    if (!/^[0-9]{15,19}$/.test(digits) || !plausibleCard(digits) || !luhnValid(digits)) return undefined;
    // An 18-digit resident ID number may pass the Luhn check by chance: it is an ID number.
    if (cnResidentId.match(digits) !== undefined) return undefined;
    return digits;
  },
  mask: (d) => `${d.slice(0, 4)}${'*'.repeat(d.length - 8)}${d.slice(-4)}`,
};

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** Letters on plates exclude I and O. */
const L = 'A-HJ-NP-Z';
const PLATE = new RegExp(
  `^[${PROVINCES}][${L}](?:` +
    // new-energy: small cars D/F + 5 (the second may be a letter), large vehicles 5 digits + D/F
    `[DF][${L}0-9][0-9]{4}|[0-9]{5}[DF]` +
    // ordinary: 5 letters or digits, or 4 and a special-use character (trailer, coach, police, HK, Macao)
    `|[${L}0-9]{5}|[${L}0-9]{4}[挂学警港澳]` +
    ')$',
);

export const cnPlate: ValueValidator = {
  id: 'cn-plate',
  category: 'vehicle.licence-plate',
  match(value) {
    const plate = value.trim().toUpperCase().replace(/[\s·•.-]/g, '');
    return PLATE.test(plate) ? plate : undefined;
  },
  mask: (p) => `${p.slice(0, 2)}${'*'.repeat(p.length - 4)}${p.slice(-2)}`,
};

export const VALIDATORS: readonly ValueValidator[] = [cnMobile, cnResidentId, bankCard, cnPlate];

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
