// What a JeecgBoot data rule (sys_permission_data_rule) restricts a list to, as a manifest scope.
// JeecgBoot adds each of a role's rules on a menu to the query as `rule_column rule_conditions
// rule_value` (all of them together); rule_value may hold system variables that QueryGenerator
// replaces with the logged-in user's values. A rule on the user (#{sys_user_code} …) limits the
// list to the user's own rows, one on the department (#{sys_org_code} …) to the unit's; a constant
// narrows rows but not whose they are. A USE_SQL_RULES rule is a raw SQL fragment: undecided,
// quoted, never guessed. Scope model: JeecgBoot's left-prefix match on the org code (the unit and
// the units below it) has no scope of its own here yet; it is given as `unit`, the closest.
import type { ScopeName } from '../../inventory/manifest-schema.js';

export interface DataRule {
  id: string;
  name: string;
  column: string;
  condition: string;
  value: string;
  line: number;
}

export type RuleScope = { scope: ScopeName; note?: string } | { undecided: string };

const OWN_VARIABLES = ['sys_user_code', 'sys_user_id', 'sys_user_name'];
const UNIT_VARIABLES = ['sys_org_code', 'sys_org_id', 'sys_multi_org_code', 'sys_multi_org_id'];
const NO_PERSON_VARIABLES = ['sys_date', 'sys_time'];

export function ruleScope(rule: DataRule): RuleScope {
  if (rule.condition.toUpperCase() === 'USE_SQL_RULES' || rule.column === '' && /\bselect\b|\bwhere\b|=/i.test(rule.value)) {
    return { undecided: `USE_SQL_RULES fragment ${JSON.stringify(rule.value)} of data rule "${rule.name}"` };
  }
  const variables = [...rule.value.matchAll(/#\{\s*([A-Za-z_][\w]*)\s*\}/g)].map((m) => m[1]!.toLowerCase());
  if (variables.length === 0) return { scope: 'any', note: `constant filter ${rule.column} ${rule.condition} ${rule.value}` };
  if (variables.some((v) => OWN_VARIABLES.includes(v))) return { scope: 'own' };
  if (variables.some((v) => UNIT_VARIABLES.includes(v))) {
    const prefix = /LIKE/i.test(rule.condition) && !/^LEFT_LIKE$/i.test(rule.condition);
    return { scope: 'unit', ...(prefix ? { note: 'the unit and the units below it (prefix match on the org code), given as unit' } : {}) };
  }
  if (variables.every((v) => NO_PERSON_VARIABLES.includes(v))) return { scope: 'any', note: `date filter ${rule.column} ${rule.condition} ${rule.value}` };
  return { undecided: `variable ${variables.map((v) => `#{${v}}`).join(', ')} in data rule "${rule.name}" (${rule.column} ${rule.condition} ${rule.value})` };
}

/** The scope of several rules applied together: the narrowest; undecided when one is. */
export function combinedScope(rules: DataRule[]): RuleScope {
  const order: ScopeName[] = ['own', 'assigned', 'unit', 'organization', 'any'];
  let narrowest: { scope: ScopeName; note?: string } = { scope: 'any' };
  for (const rule of rules) {
    const s = ruleScope(rule);
    if ('undecided' in s) return s;
    if (order.indexOf(s.scope) < order.indexOf(narrowest.scope)) narrowest = s;
  }
  return narrowest;
}
