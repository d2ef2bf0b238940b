// JeecgBoot data rules (sys_permission_data_rule) as scopes: the column rules of the rule editor
// (rule_conditions as QueryRuleEnum stores them: '=', 'IN', 'RIGHT_LIKE', 'LEFT_LIKE', 'LIKE', '!=')
// and USE_SQL_RULES fragments in the forms JeecgBoot's own QueryGenerator comment gives
// ("配置自定义SQL: orgCode = '#{sys_org_code}'") and the forms seen in deployments (sub-selects on
// an assignment table). A fragment that is more than a conjunction of known comparisons is
// undecided, quoted; it never becomes a scope by guess.
import { describe, expect, it } from 'vitest';
import { combinedScope, ruleScope, type DataRule } from '../../src/importers/jeecg/data-rule-scope.js';

const rule = (column: string, condition: string, value: string, name = 'r'): DataRule => ({ id: '1', name, column, condition, value, line: 1 });
const sql = (value: string) => rule('', 'USE_SQL_RULES', value, '自定义SQL');

describe('JeecgBoot column data rules', () => {
  it('equality with the user is own, with the department unit; a right-hand LIKE on the org code the unit and below', () => {
    expect(ruleScope(rule('create_by', '=', '#{sys_user_code}'))).toEqual({ scope: 'own' });
    expect(ruleScope(rule('sys_org_code', '=', '#{sys_org_code}'))).toEqual({ scope: 'unit' });
    expect(ruleScope(rule('sys_org_code', 'RIGHT_LIKE', '#{sys_org_code}'))).toEqual({ scope: 'unit-subtree' });
    expect(ruleScope(rule('sys_org_code', 'IN', '#{sys_multi_org_code}'))).toMatchObject({ scope: 'unit' });
  });

  it('a suffix or substring match of the org code, or an inequality, is undecided (it reaches units outside the subtree)', () => {
    expect(ruleScope(rule('sys_org_code', 'LEFT_LIKE', '#{sys_org_code}'))).toHaveProperty('undecided');
    expect(ruleScope(rule('sys_org_code', 'LIKE', '#{sys_org_code}'))).toHaveProperty('undecided');
    expect(ruleScope(rule('sys_org_code', '!=', '#{sys_org_code}'))).toHaveProperty('undecided');
    expect(ruleScope(rule('create_by', '!=', '#{sys_user_code}'))).toHaveProperty('undecided');
  });

  it('a constant or a date narrows rows but not whose they are', () => {
    expect(ruleScope(rule('last_stay_date', '>=', '2021-01-01'))).toMatchObject({ scope: 'any' });
    expect(ruleScope(rule('create_time', '<=', '#{sys_date}'))).toMatchObject({ scope: 'any' });
  });
});

describe('JeecgBoot USE_SQL_RULES fragments', () => {
  it("reads the forms QueryGenerator documents: orgCode = '#{sys_org_code}'", () => {
    expect(ruleScope(sql("org_code = '#{sys_org_code}'"))).toEqual({ scope: 'unit' });
    expect(ruleScope(sql("hotel_org_code like '#{sys_org_code}%'"))).toEqual({ scope: 'unit-subtree' });
    expect(ruleScope(sql("create_by = '#{sys_user_code}'"))).toEqual({ scope: 'own' });
    expect(ruleScope(sql("`sys_org_code` IN ('#{sys_org_code}')"))).toEqual({ scope: 'unit' });
  });

  it('a conjunction takes its narrowest part; a constant part narrows nothing', () => {
    expect(ruleScope(sql("(org_code = '#{sys_org_code}' AND del_flag = 0)"))).toEqual({ scope: 'unit' });
    expect(ruleScope(sql("status = '1' and create_by = '#{sys_user_code}'"))).toEqual({ scope: 'own' });
  });

  it('a sub-select, OR, a function, a leading wildcard are undecided, and the fragment is quoted', () => {
    const subSelect = "hotel_org_code in (select org_code from sec_officer_hotel where user_id = '#{sys_user_id}' and del_flag = 0)";
    const s = ruleScope(sql(subSelect));
    expect(s).toHaveProperty('undecided');
    expect((s as { undecided: string }).undecided).toContain('sec_officer_hotel');
    expect(ruleScope(sql("org_code = '#{sys_org_code}' or create_by = '#{sys_user_code}'"))).toHaveProperty('undecided');
    expect(ruleScope(sql("find_in_set(org_code, '#{sys_multi_org_code}')"))).toHaveProperty('undecided');
    expect(ruleScope(sql("org_code like '%#{sys_org_code}'"))).toHaveProperty('undecided');
    expect(ruleScope(sql("org_code = '#{sys_org_code}'; delete from sys_user"))).toHaveProperty('undecided');
    expect(ruleScope(sql(''))).toHaveProperty('undecided');
  });
});

describe('several rules on one menu', () => {
  it('are applied together: the narrowest decides', () => {
    expect(combinedScope([rule('sys_org_code', 'RIGHT_LIKE', '#{sys_org_code}'), rule('create_by', '=', '#{sys_user_code}')])).toEqual({ scope: 'own' });
    expect(combinedScope([])).toEqual({ scope: 'any' });
  });

  it('one undecided rule leaves the scope undecided, bounded by what the others allow', () => {
    const mixed = combinedScope([rule('sys_org_code', 'RIGHT_LIKE', '#{sys_org_code}'), sql("x in (select y from z where u = '#{sys_user_id}')")]);
    expect(mixed.scope).toBe('unit-subtree');
    expect(mixed.undecided).toContain('select y from z');
    expect(combinedScope([sql('a in (select b from c)')])).toMatchObject({ scope: 'any', undecided: expect.stringContaining('select b') });
  });
});
