// The scope a condition gives: keys that tie records to the holder (owner, user, author …) make
// it own, keys that tie them to the holder's unit (outlet, branch, tenant …) make it unit.

export const OWNER_KEY = /^(owner|user|author|created_?by|assignee|courier|member|patient|customer|account)(_?id)?$|^(user|owner)\./i;
export const UNIT_KEY = /^(outlet|unit|org|organi[sz]ation|tenant|dept|department|branch|station|ward|site|store|shop|gym|hospital)(_?id)?$/i;

/** The scope a CASL condition object gives: own, unit, or any (no condition, or none on the holder). */
export function scopeOfConditions(conditions: string[] | undefined): 'own' | 'unit' | 'any' {
  if (!conditions || conditions.length === 0) return 'any';
  if (conditions.some((c) => OWNER_KEY.test(c))) return 'own';
  if (conditions.some((c) => UNIT_KEY.test(c))) return 'unit';
  return 'any';
}

