// The allow-list every Casbin matcher passes before casbin evaluates it (matcher-check.ts): what
// is refused and why, and that casbin's own shapes (the examples of the casbin project) pass.
import { describe, expect, it } from 'vitest';
import { checkExpression, modelFunctionNames, withEvalRules } from '../../src/importers/casbin/matcher-check.js';

const names = {
  requestTokens: new Set(['r_sub', 'r_dom', 'r_obj', 'r_act']),
  policyTokens: new Set(['p_sub', 'p_dom', 'p_obj', 'p_act', 'p_eft', 'p_sub_rule']),
  functions: modelFunctionNames(['g', 'g2']),
};
/** As casbin's model escapes a matcher: `r.sub` → `r_sub`. */
const escaped = (m: string) => m.replace(/\b([rp]\d*)\./g, '$1_');
const check = (m: string) => checkExpression(escaped(m), names);

describe('Casbin matcher allow-list', () => {
  const refused: Array<[string, string, RegExp]> = [
    ['the published escape', 'this["__defineGetter__"]("toString", ([])["valueOf"]["bind"](([])["shift"]["bind"](("abc,constructor")["split"](",")))) || keyMatch[this]("return process.exit(0)")() || r.sub == p.sub', /computed|this/],
    ['computed member access on a built-in', 'keyMatch["constructor"]("return 1")()', /computed/],
    ['`this`', 'this && r.sub == p.sub', /this/],
    ['a call on a call result', 'keyMatch(r.obj, p.obj)("x") && r.sub == p.sub', /calls something other/],
    ['a non-computed chain to a constructor', 'r.sub.constructor.constructor("return 1")()', /calls something other|constructor/],
    ['a method call on a request value', 'r.sub.startsWith("a") && r.obj == p.obj', /startsWith/],
    ['a bare identifier of the evaluation context', 'constructor && r.sub == p.sub', /"constructor" is neither/],
    ['an unknown function named like an Object property', 'toString(r.sub) && r.sub == p.sub', /toString/],
    ['several expressions at once', 'r.sub == p.sub, r.obj == p.obj', /several expressions/],
    ['calling a field', 'r.sub("x")', /calls the field "r.sub"/],
    ['eval of a request field', 'eval(r.sub)', /eval\(\) takes exactly one policy field/],
    ['a member of a policy value', 'p.sub.length > 1', /length|request field/],
    ['bitwise operators', '~r.sub', /operator "~"/],
    ['`in` with something other than a list', 'r.act in p.act', /"in" takes a list/],
    // casbin's `in` binds more loosely than &&: the list would be and-ed with what follows.
    ['`in` followed by && without parentheses', 'r.act in ("GET", "POST") && r.sub == p.sub', /not applied to a list alone/],
    ['a syntax error', 'r.sub == && p.sub', /cannot parse/],
  ];
  for (const [what, matcher, reason] of refused) {
    it(`refuses ${what}`, () => {
      expect(check(matcher).refusal).toMatch(reason);
    });
  }

  it('accepts the shapes of casbin’s own example models', () => {
    for (const m of [
      'g(r.sub, p.sub) && keyMatch(r.obj, p.obj) && regexMatch(r.act, p.act)',
      'g(r.sub, p.sub, r.dom) && r.dom == p.dom && keyMatch2(r.obj, p.obj) && r.act == p.act',
      'g(r.sub, p.sub) && g2(r.obj, p.obj) && r.act == p.act',
      'r.sub == p.sub && globMatch(r.obj, p.obj) && ipMatch(r.act, p.act) || r.sub == "root"',
      'r.sub == p.sub && !(r.obj == "/x") && keyGet2(r.obj, p.obj, "id") != "" && r.act == p.act',
      'r.act in ("GET", "POST")',
      'r.sub.Owner == r.obj && r.sub.Age >= 18 ? true : false',
    ]) expect(check(m).refusal, m).toBeUndefined();
  });

  it('lists application functions and attributes, and says when constant answers bound them', () => {
    expect(check('g(r.sub, p.sub) && outletOwns(r.sub, r.obj)')).toMatchObject({ unknown: ['outletOwns'], monotone: true });
    expect(check('g(r.sub, p.sub) && (keyMatch(r.obj, p.obj) || outletOwns(r.sub, r.obj))')).toMatchObject({ unknown: ['outletOwns'], monotone: true });
    expect(check('g(r.sub, p.sub) && !blocked(r.sub)')).toMatchObject({ unknown: ['blocked'], monotone: false });
    expect(check('level(r.sub) == 3')).toMatchObject({ unknown: ['level'], monotone: false });
    // `in` is an operator, not an application's function.
    expect(check('r.act in ("GET", "POST")')).toMatchObject({ unknown: [], monotone: true });
    expect(check('r.sub.Owner.Name == p.sub').attributes).toEqual(['r.sub.Owner.Name']);
    expect(check('eval(p.sub_rule) && r.obj == p.obj').evalFields).toEqual(['p_sub_rule']);
  });

  it('checks an eval() rule in the expression casbin would build from it', () => {
    const matcher = escaped('eval(p.sub_rule) && r.obj == p.obj');
    const rule = (value: string) => checkExpression(withEvalRules(matcher, new Map([['p_sub_rule', value]])), names).refusal;
    expect(rule('r.sub.Age > 18')).toBeUndefined();
    expect(rule('keyMatch[this]("return 1")()')).toMatch(/computed/);
    // A value that closes casbin's parentheses early is checked as casbin would see it.
    expect(rule('1) || this["x"] || (1')).toMatch(/this|computed/);
  });
});
