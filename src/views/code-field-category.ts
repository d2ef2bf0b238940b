// The PI category of a field a query in code selects by: the store's own field of that name
// (compared without case or separators, so recipientPhone is recipient_phone), else what the
// name plainly says (phone, ID number, name).
import type { StoreProfile } from './inventory-index.js';

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const BY_NAME: Array<[RegExp, string]> = [
  [/phone|mobile|tel$|telephone|cellphone|手机|电话/, 'contact.phone'],
  [/idcard|idnumber|idno|identitynumber|citizenid|nationalid|身份证/, 'identity.id-number'],
  [/^(full|real|first|last|sender|recipient|receiver|customer|patient|member)?name$|姓名/, 'identity.name'],
  [/email/, 'contact.email'],
  [/address|地址/, 'contact.address'],
];

export function fieldCategory(field: string, profile: StoreProfile | undefined): string | null {
  const wanted = normalise(field.split('.').pop() ?? field);
  for (const [name, category] of profile?.categoryOf ?? []) if (normalise(name) === wanted) return category;
  for (const [pattern, category] of BY_NAME) if (pattern.test(wanted)) return category;
  return null;
}
