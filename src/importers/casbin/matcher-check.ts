// What a Casbin matcher may contain, decided on its syntax tree before casbin ever evaluates it.
// casbin compiles matchers with @casbin/expression-eval, which evaluates any JavaScript-like
// expression: computed member access and `this` reach Function (`keyMatch[this]("…")()` runs
// arbitrary code). A model is data from the export under audit, so every matcher, and every rule
// `eval()` takes from a policy line, is parsed here with casbin's own parser (jsep, the very
// module casbin's evaluator uses) and accepted only when each node is on the allow-list below:
// request and policy fields, literals, comparison, logical and arithmetic operators, `!`/`-`/`+`,
// `in` with an array literal, conditionals, and calls of functions named directly. Calls of
// casbin's built-ins and the model's role functions are evaluated; calls of any other plain name
// are an application's own function, which is never run (see casbin-requests.ts).
import { createRequire } from 'node:module';
import { FunctionMap, Util } from 'casbin';

/** The jsep syntax tree (jsep 0.3, as @casbin/expression-eval uses it). */
interface Node {
  type: string;
  name?: string;
  value?: unknown;
  operator?: string;
  computed?: boolean;
  object?: Node;
  property?: Node;
  callee?: Node;
  arguments?: Node[];
  argument?: Node;
  left?: Node;
  right?: Node;
  test?: Node;
  consequent?: Node;
  alternate?: Node;
  elements?: Node[];
  body?: Node[];
}

type Jsep = ((expression: string) => Node) & { addBinaryOp(operator: string, precedence: number): void };

/** casbin's own parser: the jsep that casbin's @casbin/expression-eval loads, found from casbin. */
const jsep: Jsep = (() => {
  const requireHere = createRequire(import.meta.url);
  const requireFromCasbin = createRequire(requireHere.resolve('casbin'));
  const evaluator = requireFromCasbin('@casbin/expression-eval') as { parse: Jsep };
  // casbin registers `in` (precedence 1) before compiling any matcher; the same here.
  evaluator.parse.addBinaryOp('in', 1);
  return evaluator.parse;
})();

/** The names an expression of the model may use. */
export interface ModelNames {
  /** Request fields as casbin names them in expressions (`r_sub`, `r2_obj` …). */
  requestTokens: ReadonlySet<string>;
  /** Policy fields (`p_sub`, `p_eft`, `p2_obj` …). */
  policyTokens: ReadonlySet<string>;
  /** casbin's built-in functions and the model's role functions (g, g2 …). */
  functions: ReadonlySet<string>;
}

export interface MatcherCheck {
  /** Why the expression is refused (it would not be evaluated safely); undefined when accepted. */
  refusal: string | undefined;
  /** Functions called by plain name that are neither casbin's nor the model's: never run. */
  unknown: string[];
  /** Attribute reads on request values (`r.sub.Owner`): the export holds no such objects. */
  attributes: string[];
  /** Policy fields whose values `eval()` evaluates as expressions (`p_sub_rule`). */
  evalFields: string[];
  /** Each call of a casbin or role function whose first argument is a field: `g` → `r_sub`, `g2` → `r_obj`. */
  firstArguments: Array<[string, string]>;
  /**
   * Every call of an unknown function sits under `&&` and `||` only (never negated, compared,
   * computed with or used in a conditional): the matcher's value then can only rise when a
   * call's value rises, so constant false and constant true bound it.
   */
  monotone: boolean;
}

/** casbin's own function names, from casbin itself, plus the model's role functions. */
export function modelFunctionNames(roleTypes: Iterable<string>): Set<string> {
  return new Set([...FunctionMap.loadFunctionMap().getFunctions().keys(), ...roleTypes]);
}

/** The casbin expression (`r_sub == p_sub`, dots already escaped by casbin's model) as casbin compiles it. */
export function compiledForm(expression: string): string {
  return Util.bracketCompatible(expression);
}

const BINARY = new Set(['==', '!=', '===', '!==', '<', '>', '<=', '>=', '+', '-', '*', '/', '%', 'in']);
const LOGICAL = new Set(['&&', '||']);
const UNARY = new Set(['!', '-', '+']);
/** Names JavaScript gives every object, function, string, array or number: never a field or function of a model. */
const BUILT_IN_PROPERTIES = new Set(
  [Object.prototype, Function.prototype, String.prototype, Array.prototype, Number.prototype, Boolean.prototype].flatMap((o) => Object.getOwnPropertyNames(o)).concat(['prototype', '__proto__', 'eval']),
);
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

class Refused extends Error {}

/** Parses `expression` (casbin's escaped form) with casbin's parser and checks it against the allow-list. */
export function checkExpression(expression: string, names: ModelNames): MatcherCheck {
  const unknown = new Set<string>();
  const attributes = new Set<string>();
  const evalFields: string[] = [];
  const firstArguments: Array<[string, string]> = [];
  let monotone = true;
  let root: Node;
  try {
    root = jsep(compiledForm(expression));
  } catch (error) {
    return { refusal: `casbin cannot parse it: ${(error as Error).message}`, unknown: [], attributes: [], evalFields: [], firstArguments: [], monotone: false };
  }

  const visit = (node: Node, underLogicOnly: boolean): void => {
    switch (node.type) {
      case 'Literal':
        return;
      case 'Identifier': {
        const name = node.name ?? '';
        if (names.requestTokens.has(name) || names.policyTokens.has(name)) return;
        throw new Refused(`"${display(name)}" is neither a request nor a policy field of the model`);
      }
      case 'MemberExpression':
        attributes.add(attributePath(node, names));
        return;
      case 'CallExpression': {
        const callee = node.callee!;
        const args = node.arguments ?? [];
        if (callee.type !== 'Identifier') {
          visit(callee, false); // a more precise reason first (computed access, `this` …)
          throw new Refused('it calls something other than a function named directly (only calls such as keyMatch(r.obj, p.obj) are allowed)');
        }
        const name = callee.name ?? '';
        if (name === 'eval') {
          const [arg] = args;
          if (args.length !== 1 || arg?.type !== 'Identifier' || !names.policyTokens.has(arg.name ?? '')) throw new Refused('eval() takes exactly one policy field (eval(p.sub_rule))');
          evalFields.push(arg.name ?? '');
          if (!underLogicOnly) monotone = false;
          return;
        }
        if (names.requestTokens.has(name) || names.policyTokens.has(name)) throw new Refused(`it calls the field "${display(name)}" as a function`);
        if (!names.functions.has(name)) {
          if (!PLAIN_NAME.test(name) || BUILT_IN_PROPERTIES.has(name)) throw new Refused(`it calls "${name}", a name JavaScript gives every object, not a function of casbin or of an application`);
          unknown.add(name);
          if (!underLogicOnly) monotone = false;
        } else if (args[0]?.type === 'Identifier') {
          firstArguments.push([name, args[0].name ?? '']);
        }
        for (const a of args) visit(a, false);
        return;
      }
      case 'UnaryExpression':
        if (!UNARY.has(node.operator ?? '')) throw new Refused(`operator "${node.operator}" is not one casbin matchers use`);
        visit(node.argument!, false);
        return;
      case 'BinaryExpression':
        if (!BINARY.has(node.operator ?? '')) throw new Refused(`operator "${node.operator}" is not one casbin matchers use`);
        if (node.operator === 'in' && node.right?.type !== 'ArrayExpression') throw new Refused('"in" takes a list in brackets, such as r.act in ("GET", "POST"); casbin\'s "in" binds more loosely than && and ||, so here it is not applied to a list alone');
        visit(node.left!, false);
        visit(node.right!, false);
        return;
      case 'LogicalExpression':
        if (!LOGICAL.has(node.operator ?? '')) throw new Refused(`operator "${node.operator}" is not one casbin matchers use`);
        visit(node.left!, underLogicOnly);
        visit(node.right!, underLogicOnly);
        return;
      case 'ConditionalExpression':
        visit(node.test!, false);
        visit(node.consequent!, false);
        visit(node.alternate!, false);
        return;
      case 'ArrayExpression':
        for (const e of node.elements ?? []) visit(e, false);
        return;
      case 'ThisExpression':
        throw new Refused('it uses `this`, which reaches the evaluator’s own objects');
      case 'Compound':
        throw new Refused('it holds several expressions separated by commas where casbin expects one expression');
      default:
        throw new Refused(`it holds a ${node.type}, which casbin matchers do not use`);
    }
  };

  try {
    visit(root, true);
    // casbin finds eval() arguments with a pattern of its own; a form it would not substitute is refused.
    if (Util.getEvalValue(expression).length !== evalFields.length) throw new Refused('eval() is written in a form casbin does not substitute (write eval(p.field))');
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return { refusal: error.message, unknown: [], attributes: [], evalFields: [], firstArguments: [], monotone: false };
  }
  return { refusal: undefined, unknown: [...unknown].sort(), attributes: [...attributes].sort(), evalFields: [...new Set(evalFields)].sort(), firstArguments, monotone };
}

/** `r_sub.Owner` → `r.sub.Owner`; anything but attribute names read from a request field is refused. */
function attributePath(node: Node, names: ModelNames): string {
  if (node.computed) throw new Refused('it uses computed member access ([…]), which reaches the evaluator’s own objects');
  const property = node.property?.name ?? '';
  if (node.property?.type !== 'Identifier' || BUILT_IN_PROPERTIES.has(property)) throw new Refused(`it reads ".${display(property)}", a property JavaScript gives every object, not an attribute of a request`);
  const object = node.object!;
  if (object.type === 'MemberExpression') return `${attributePath(object, names)}.${property}`;
  if (object.type === 'Identifier' && names.requestTokens.has(object.name ?? '')) return `${(object.name ?? '').replace('_', '.')}.${property}`;
  throw new Refused('it reads a member of something other than a request field (only r.field.Attribute is read)');
}

/** `r_sub` → `r.sub` as the model writes it. */
function display(name: string): string {
  return /^[rp]\d*_/.test(name) ? name.replace('_', '.') : name;
}

/**
 * The expression casbin evaluates for one policy rule when the matcher calls eval(): each
 * `eval(p_x)` replaced by the rule's value of p.x, as casbin's enforcer does (Util.replaceEval on
 * the escaped value).
 */
export function withEvalRules(expression: string, values: ReadonlyMap<string, string>): string {
  let result = expression;
  for (const field of Util.getEvalValue(expression)) {
    const value = values.get(field);
    if (value !== undefined) result = Util.replaceEval(result, field, Util.escapeAssertion(value));
  }
  return result;
}

/** The effects casbin's default effector knows (it compares the escaped text, never evaluates it). */
const EFFECTS = new Set([
  'some(where (p_eft == allow))',
  '!some(where (p_eft == deny))',
  'some(where (p_eft == allow)) && !some(where (p_eft == deny))',
  'priority(p_eft) || deny',
  'subjectPriority(p_eft) || deny',
]);

export function isKnownEffect(escaped: string): boolean {
  return EFFECTS.has(escaped);
}
