// Permission definitions: accesscontrol grants objects (v2 list and v3 nested shapes, $extend)
// and builder chains (grant/deny/extend, readAny/readOwn …), which nest-access-control's
// RolesBuilder shares; CASL defineAbility, AbilityBuilder and raw rules.
import { ts } from './typescript-parser.js';
import { calleeName, dottedName, positionOf, propertyName } from './ast-values.js';
import type { GrantFact } from './code-facts.js';
import { scopeOfConditions } from './grant-scope.js';

const AC_ACTIONS = /^(create|read|update|delete)(Any|Own)$/;

function attributesOf(node: ts.Expression | undefined): string[] {
  if (!node) return ['*'];
  if (ts.isStringLiteralLike(node)) return node.text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (ts.isArrayLiteralExpression(node)) return node.elements.filter(ts.isStringLiteralLike).map((e) => e.text.trim());
  return ['*'];
}

function stringsOf(node: ts.Expression | undefined, constants: Record<string, string>): string[] {
  if (!node) return [];
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((e) => stringsOf(e as ts.Expression, constants));
  const ref = dottedName(node);
  if (ref !== undefined) return [constants[ref] ?? ref];
  return [];
}

/** The grants object: `{ role: { resource: { 'read:any': ['*'] }, $extend: [...] } }` or a list of `{ role, resource, action, attributes }`. */
export function grantsFromObject(node: ts.Expression, file: ts.SourceFile, constants: Record<string, string>): GrantFact[] {
  const out: GrantFact[] = [];
  let order = 0;
  if (ts.isArrayLiteralExpression(node)) {
    for (const element of node.elements) {
      if (!ts.isObjectLiteralExpression(element)) continue;
      const get = (name: string) => element.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === name)?.initializer;
      const roles = stringsOf(get('role'), constants);
      const extend = get('$extend');
      if (extend) {
        for (const role of roles) out.push({ library: 'accesscontrol', role, resource: '', action: '', possession: 'any', attributes: [], denied: false, extend: stringsOf(extend, constants), order: order++, at: positionOf(element, file) });
        continue;
      }
      const resource = stringsOf(get('resource'), constants)[0];
      const actionText = stringsOf(get('action'), constants)[0];
      if (!resource || !actionText) continue;
      const [action, possessionText] = actionText.toLowerCase().split(':');
      const possession = (stringsOf(get('possession'), constants)[0] ?? possessionText ?? 'any').toLowerCase() === 'own' ? 'own' : 'any';
      const denied = stringsOf(get('effect'), constants)[0] === 'deny' || get('denied')?.kind === ts.SyntaxKind.TrueKeyword;
      for (const role of roles) {
        out.push({ library: 'accesscontrol', role, resource, action: action ?? actionText, possession, attributes: attributesOf(get('attributes')), denied, order: order++, at: positionOf(element, file) });
      }
    }
    return out;
  }
  if (!ts.isObjectLiteralExpression(node)) return out;
  for (const roleProp of node.properties) {
    if (!ts.isPropertyAssignment(roleProp) || !ts.isObjectLiteralExpression(roleProp.initializer)) continue;
    const roleName = propertyName(roleProp.name);
    if (roleName === undefined) continue;
    const role = roleName.startsWith('[') ? (constants[roleName.slice(1, -1)] ?? roleName) : roleName;
    for (const resProp of roleProp.initializer.properties) {
      if (!ts.isPropertyAssignment(resProp)) continue;
      const resourceName = propertyName(resProp.name);
      if (resourceName === undefined) continue;
      if (resourceName === '$extend') {
        out.push({ library: 'accesscontrol', role, resource: '', action: '', possession: 'any', attributes: [], denied: false, extend: stringsOf(resProp.initializer, constants), order: order++, at: positionOf(resProp, file) });
        continue;
      }
      if (!ts.isObjectLiteralExpression(resProp.initializer)) continue;
      const resource = resourceName.startsWith('[') ? (constants[resourceName.slice(1, -1)] ?? resourceName) : resourceName;
      for (const actProp of resProp.initializer.properties) {
        if (!ts.isPropertyAssignment(actProp)) continue;
        const key = propertyName(actProp.name);
        if (!key) continue;
        const [action, possession] = key.toLowerCase().split(':');
        if (!action) continue;
        const rules = actProp.initializer;
        if (ts.isArrayLiteralExpression(rules) && rules.elements.some(ts.isObjectLiteralExpression)) {
          // v3: 'read': [{ attributes, possession, effect }]
          for (const rule of rules.elements) {
            if (!ts.isObjectLiteralExpression(rule)) continue;
            const get = (n: string) => rule.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === n)?.initializer;
            const rulePossession = stringsOf(get('possession'), constants)[0] === 'own' ? 'own' : 'any';
            out.push({ library: 'accesscontrol', role, resource, action, possession: rulePossession, attributes: attributesOf(get('attributes')), denied: stringsOf(get('effect'), constants)[0] === 'deny', order: order++, at: positionOf(rule, file) });
          }
          continue;
        }
        // v2: 'read:any': ['*', '!field']
        out.push({ library: 'accesscontrol', role, resource, action, possession: possession === 'own' ? 'own' : 'any', attributes: attributesOf(rules), denied: false, order: order++, at: positionOf(actProp, file) });
      }
    }
  }
  return out;
}

/**
 * A builder chain `ac.grant('a').extend('b').readAny('waybill', attrs).deny('c').deleteAny('x')`,
 * read at its outermost call. Undefined when the call is not the outermost of an accesscontrol chain.
 */
export function grantsFromChain(call: ts.CallExpression, file: ts.SourceFile, constants: Record<string, string>): GrantFact[] | undefined {
  const parent = call.parent;
  if (parent && ts.isPropertyAccessExpression(parent) && parent.parent && ts.isCallExpression(parent.parent)) return undefined;
  // A chain with no `grant`/`deny` link is none (checked before building the chain).
  let hasGrant = false;
  for (let n: ts.Expression = call; ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression); n = n.expression.expression) {
    const linkName = n.expression.name.text;
    if (linkName === 'grant' || linkName === 'deny') {
      hasGrant = true;
      break;
    }
  }
  if (!hasGrant) return undefined;
  const links: Array<{ name: string; call: ts.CallExpression }> = [];
  let node: ts.Expression = call;
  while (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    links.unshift({ name: node.expression.name.text, call: node });
    node = node.expression.expression;
  }
  if (!links.some((l) => l.name === 'grant' || l.name === 'deny') || !links.some((l) => AC_ACTIONS.test(l.name) || l.name === 'extend')) return undefined;
  const out: GrantFact[] = [];
  let roles: string[] = [];
  let denied = false;
  let resource: string | undefined;
  let order = 0;
  for (const { name, call: c } of links) {
    const [a, b] = c.arguments;
    if (name === 'grant' || name === 'deny') {
      denied = name === 'deny';
      roles = stringsOf(a, constants);
      resource = undefined;
    } else if (name === 'role') roles = stringsOf(a, constants);
    else if (name === 'resource' || name === 'on') resource = stringsOf(a, constants)[0];
    else if (name === 'extend') {
      for (const role of roles) out.push({ library: 'accesscontrol', role, resource: '', action: '', possession: 'any', attributes: [], denied: false, extend: stringsOf(a, constants), order: order++, at: positionOf(c, file) });
    } else {
      const m = AC_ACTIONS.exec(name);
      if (!m) continue;
      const target = a ? stringsOf(a, constants)[0] : resource;
      if (!target) continue;
      for (const role of roles) {
        out.push({ library: 'accesscontrol', role, resource: target, action: (m[1] ?? '').toLowerCase(), possession: m[2] === 'Own' ? 'own' : 'any', attributes: attributesOf(b), denied, order: order++, at: positionOf(c.expression, file) });
      }
    }
  }
  return out;
}

/** The role a CASL rule is inside: `if (user.role === 'admin')`, `user.roles.includes('x')`, `case Role.X:`. */
function enclosingRole(node: ts.Node, file: ts.SourceFile, constants: Record<string, string>): string {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isCaseClause(n)) {
      const s = stringsOf(n.expression, constants)[0];
      if (s) return s;
    }
    if (ts.isIfStatement(n) && (n.thenStatement.pos <= node.pos && node.end <= n.thenStatement.end)) {
      const text = n.expression.getText(file);
      const m = /role[s]?\b[^=]*?(?:===?|\.includes\(|\.has\()\s*([A-Za-z_$][\w.]*|'[^']*'|"[^"]*")/.exec(text) ?? /([A-Za-z_$][\w.]*|'[^']*'|"[^"]*")\s*===?\s*[\w.]*role\b/.exec(text);
      if (m && m[1]) {
        const raw = m[1];
        return /^['"]/.test(raw) ? raw.slice(1, -1) : (constants[raw] ?? raw);
      }
    }
    if (ts.isFunctionDeclaration(n) && n.name && /for(?:Role)?_?([A-Z]\w*)$/i.test(n.name.text)) return n.name.text;
  }
  return '*';
}

/** The callee names caslRule reads (AbilityBuilder's `can`/`cannot`). */
export const CASL_RULE_CALLS: ReadonlySet<string> = new Set(['can', 'cannot']);

/** `can('read', 'Waybill', { ownerId: user.id })` / `cannot(…)`, inside defineAbility or an AbilityBuilder. */
export function caslRule(call: ts.CallExpression, file: ts.SourceFile, constants: Record<string, string>, order: number): GrantFact[] {
  const name = calleeName(call);
  if (name === undefined || !CASL_RULE_CALLS.has(name)) return [];
  if (ts.isPropertyAccessExpression(call.expression) && !/builder|^can$|^cannot$/i.test(dottedName(call.expression.expression) ?? '')) return []; // ability.can(…) is a check
  const [a, b, c, d] = call.arguments;
  const actions = stringsOf(a, constants);
  const subjects = stringsOf(b, constants);
  if (actions.length === 0 || subjects.length === 0) return [];
  // can(action, subject, fields?, conditions?) or can(action, subject, conditions)
  const fieldsNode = c && (ts.isArrayLiteralExpression(c) || ts.isStringLiteralLike(c)) ? c : undefined;
  const condNode = fieldsNode ? d : c;
  const conditions = condNode && ts.isObjectLiteralExpression(condNode) ? condNode.properties.map((p) => (p.name ? (propertyName(p.name) ?? '') : '')).filter((k) => k) : undefined;
  const role = enclosingRole(call, file, constants);
  const out: GrantFact[] = [];
  for (const action of actions) for (const resource of subjects) {
    const scope = scopeOfConditions(conditions);
    out.push({ library: 'casl', role, resource, action, possession: scope === 'any' ? 'any' : 'own', attributes: fieldsNode ? attributesOf(fieldsNode) : ['*'], denied: name === 'cannot', ...(conditions ? { conditions } : {}), order: order + out.length, at: positionOf(call, file) });
  }
  return out;
}

/** Raw CASL rules: `createMongoAbility([{ action, subject, conditions, inverted, fields }])`. */
export function caslRawRules(node: ts.Expression, file: ts.SourceFile, constants: Record<string, string>, order: number): GrantFact[] {
  if (!ts.isArrayLiteralExpression(node)) return [];
  const out: GrantFact[] = [];
  for (const element of node.elements) {
    if (!ts.isObjectLiteralExpression(element)) continue;
    const get = (n: string) => element.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === n)?.initializer;
    const cond = get('conditions');
    const conditions = cond && ts.isObjectLiteralExpression(cond) ? cond.properties.map((p) => (p.name ? (propertyName(p.name) ?? '') : '')) : undefined;
    const scope = scopeOfConditions(conditions);
    const role = stringsOf(get('role'), constants)[0] ?? enclosingRole(node, file, constants);
    for (const action of stringsOf(get('action'), constants)) for (const resource of stringsOf(get('subject'), constants)) {
      out.push({ library: 'casl', role, resource, action, possession: scope === 'any' ? 'any' : 'own', attributes: get('fields') ? attributesOf(get('fields')) : ['*'], denied: get('inverted')?.kind === ts.SyntaxKind.TrueKeyword, ...(conditions ? { conditions } : {}), order: order + out.length, at: positionOf(element, file) });
    }
  }
  return out;
}

