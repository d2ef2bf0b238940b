// What a JeecgBoot data rule (sys_permission_data_rule) restricts a list to, as a manifest scope.
// JeecgBoot's QueryGenerator adds each of a role's rules on a menu to the query (all of them
// together): a column rule as `rule_column rule_conditions rule_value`, a USE_SQL_RULES rule as its
// SQL text (`queryWrapper.and(apply(sql))`); system variables (#{sys_org_code} …) are replaced by
// the logged-in user's values. A comparison of a column with the user (#{sys_user_code} …) limits
// the list to the user's own rows, equality with the department (#{sys_org_code} …) to the unit's,
// a right-hand LIKE on the org code (`RIGHT_LIKE`, `LIKE '#{sys_org_code}%'`) to the unit and the
// units below it (JeecgBoot's org codes are hierarchical: A01, A01A04, A01A04A01); a constant
// narrows rows but not whose they are. Anything else — a sub-select, OR, a function, a comparison
// other than these, a substring or suffix match of the org code (which reaches units outside the
// holder's subtree) — is undecided: quoted, never guessed.
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
const UNIT_VARIABLES = ['sys_org_code', 'sys_org_id'];
/** The user's several departments (a comma-separated list): compared with IN, or equality. */
const MULTI_UNIT_VARIABLES = ['sys_multi_org_code', 'sys_multi_org_id'];
const NO_PERSON_VARIABLES = ['sys_date', 'sys_time'];
const ORDER: readonly ScopeName[] = ['own', 'assigned', 'unit', 'unit-subtree', 'unit-set', 'organization', 'any'];

type Comparison = 'eq' | 'in' | 'prefix' | 'other';

/** The scope one comparison of a column with `value` gives. */
function comparisonScope(comparison: Comparison, value: string, describe: string): RuleScope {
  const variables = [...value.matchAll(/#\{\s*([A-Za-z_][\w]*)\s*\}/g)].map((m) => m[1]!.toLowerCase());
  if (variables.length === 0) return { scope: 'any', note: `constant filter ${describe}` };
  if (variables.every((v) => NO_PERSON_VARIABLES.includes(v))) return { scope: 'any', note: `date filter ${describe}` };
  if (variables.length === 1) {
    const v = variables[0]!;
    if (OWN_VARIABLES.includes(v) && (comparison === 'eq' || comparison === 'in')) return { scope: 'own' };
    if (UNIT_VARIABLES.includes(v) && (comparison === 'eq' || comparison === 'in')) return { scope: 'unit' };
    if (MULTI_UNIT_VARIABLES.includes(v) && (comparison === 'eq' || comparison === 'in')) return { scope: 'unit', note: "the holder's departments" };
    if (UNIT_VARIABLES.includes(v) && comparison === 'prefix') return { scope: 'unit-subtree' };
  }
  return { undecided: describe };
}

/** A column rule's operator (QueryRuleEnum's value) as a comparison. */
function columnComparison(condition: string): Comparison {
  const c = condition.trim().toUpperCase();
  if (c === '=' || c === 'EQ') return 'eq';
  if (c === 'IN') return 'in';
  if (c === 'RIGHT_LIKE') return 'prefix';
  return 'other';
}

/**
 * The scope a USE_SQL_RULES fragment gives, when it is a conjunction of comparisons this reader
 * knows: `col = '#{var}'`, `col IN ('#{var}')`, `col LIKE '#{var}%'`, `col = 'constant'`.
 */
function sqlScope(sql: string, quoted: string): RuleScope {
  let text = sql.trim();
  while (/^\(.*\)$/s.test(text) && balanced(text.slice(1, -1))) text = text.slice(1, -1).trim();
  // Words and marks that make a fragment more than a conjunction of comparisons (a one-item IN
  // list aside): a sub-select, OR, NOT, a function call, a second statement.
  const bare = text.replace(/'[^']*'/g, "''").replace(/\bin\s*\(\s*(''|[\w.#{}]+)\s*\)/gi, "= ''");
  if (text === '' || /\b(select|or|not|exists|union|case|between)\b|[;()<>!]/i.test(bare)) return { undecided: quoted };
  const parts = text.split(/\s+and\s+/i);
  const scopes: RuleScope[] = [];
  for (const part of parts) {
    const m = /^`?([A-Za-z_][\w.]*)`?\s*(=|in|like)\s*(.+)$/is.exec(part.trim());
    if (!m) return { undecided: quoted };
    const op = m[2]!.toLowerCase();
    let value = m[3]!.trim();
    if (op === 'in') {
      const list = /^\(\s*('[^']*'|[\w.#{}]+)\s*\)$/.exec(value);
      if (!list) return { undecided: quoted };
      value = list[1]!;
    }
    const literal = /^'([^']*)'$/.exec(value) ?? /^(#\{\s*\w+\s*\}|-?\d+(?:\.\d+)?)$/.exec(value);
    if (!literal) return { undecided: quoted };
    const inner = literal[1]!;
    let comparison: Comparison = op === 'in' ? 'in' : 'eq';
    if (op === 'like') {
      // Only a prefix match (the value, then one trailing %) keeps to the subtree; a leading or
      // inner wildcard matches codes outside it.
      if (/^#\{\s*\w+\s*\}%$/.test(inner)) comparison = 'prefix';
      else if (!/[%_]/.test(inner)) comparison = 'eq';
      else return { undecided: quoted };
    }
    const s = comparisonScope(comparison, op === 'like' ? inner.replace(/%$/, '') : inner, quoted);
    if ('undecided' in s) return s;
    scopes.push(s);
  }
  return narrowest(scopes);
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function narrowest(scopes: readonly RuleScope[]): RuleScope {
  let best: { scope: ScopeName; note?: string } = { scope: 'any' };
  for (const s of scopes) {
    if ('undecided' in s) return s;
    if (ORDER.indexOf(s.scope) < ORDER.indexOf(best.scope)) best = s;
  }
  return best;
}

export function ruleScope(rule: DataRule): RuleScope {
  if (rule.condition.toUpperCase() === 'USE_SQL_RULES' || (rule.column === '' && /\bselect\b|\bwhere\b|=/i.test(rule.value))) {
    return sqlScope(rule.value, `USE_SQL_RULES fragment ${JSON.stringify(rule.value)} of data rule "${rule.name}"`);
  }
  return comparisonScope(columnComparison(rule.condition), rule.value, `${rule.column} ${rule.condition} ${rule.value}${columnComparison(rule.condition) === 'other' && /#\{/.test(rule.value) ? ` (data rule "${rule.name}")` : ''}`);
}

/**
 * The scope of several rules applied together: the narrowest. When one of them cannot be decided,
 * `scope` is only the widest the others allow (any when there are none) and `undecided` says why.
 */
export function combinedScope(rules: DataRule[]): { scope: ScopeName; note?: string; undecided?: string } {
  const scopes = rules.map(ruleScope);
  const decided = narrowest(scopes.filter((s) => !('undecided' in s)));
  const open = scopes.find((s): s is { undecided: string } => 'undecided' in s);
  const bound = 'undecided' in decided ? { scope: 'any' as const } : decided;
  return open ? { scope: bound.scope, undecided: open.undecided } : bound;
}
