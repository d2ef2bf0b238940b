// SQL written in code, found as text: string literals and template strings that are SQL
// statements, raw fragments of query builders (knex.raw, sequelize.query, prisma.$queryRaw and
// $queryRawUnsafe, pool.query / connection.execute of mysql2 and pg), and MyBatis-style mapper
// XML held in a string. Each becomes SQL text with every placeholder a bind parameter, and the
// origin of the value bound to each parameter where the call shows it. Parsing happens later,
// in the dialect of the code base's driver (read-sql-statement.ts).
import { nameTable } from './name-table.js';
import { ts } from './typescript-parser.js';
import { positionOf, propertyName, valueOrigin } from './ast-values.js';
import type { SqlTextFact, ValueOrigin } from './code-facts.js';

/** A statement, not prose that happens to start with "select" or "update". */
const SQL_STATEMENT = /^\s*(\(\s*)?(select\b[\s\S]*\bfrom\b|select\s+(count|exists|1\b)|delete\s+from\b|delete\s+\w+\s+from\b|update\s+[\w."`[\]]+\s+(\w+\s+)?set\b|insert\s+(ignore\s+)?into\b|replace\s+into\b|with\s+(recursive\s+)?[\w"`]+\s+as\s*\()/i;
const MAPPER_ELEMENT = /<(select|insert|update|delete)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;
export const TEMPLATE_PARAM = '__tpl';

export function findSqlText(node: ts.StringLiteralLike | ts.TemplateExpression, file: ts.SourceFile): SqlTextFact[] {
  return findSqlTextAndCall(node, file).statements;
}

/**
 * The statements, and the raw-SQL call that runs them where the code shows it (`pool.query(sql)`,
 * the text given in place or through a `const`): the call whose result holds the rows, for the
 * scan to tell whether the route answers with them unchanged (find-response.ts).
 */
export function findSqlTextAndCall(node: ts.StringLiteralLike | ts.TemplateExpression, file: ts.SourceFile): { statements: SqlTextFact[]; call?: ts.CallExpression } {
  let text: string;
  if (ts.isTemplateExpression(node)) {
    text = node.head.text;
    node.templateSpans.forEach((span, i) => {
      text += `:${TEMPLATE_PARAM}${i}${span.literal.text}`;
    });
  } else text = node.text;
  const mapper = /<(select|insert|update|delete)\b[^>]*>/i.test(text) && /<\/(select|insert|update|delete)\s*>/i.test(text);
  // Nearly every string in code is neither: the position and the origins of the template's
  // values are worked out only for one that is.
  if (!mapper && !SQL_STATEMENT.test(text)) return { statements: [] };
  const templateOrigins: ValueOrigin[] = ts.isTemplateExpression(node) ? node.templateSpans.map((span) => valueOrigin(span.expression, file)) : [];
  const at = positionOf(node, file);
  if (mapper) {
    const out: SqlTextFact[] = [];
    for (const m of text.matchAll(MAPPER_ELEMENT)) {
      const { sql, optional } = mapperStatement(m[2] ?? '');
      if (!SQL_STATEMENT.test(sql)) continue; // a regular expression or markup, not a statement
      const named: Record<string, ValueOrigin> = nameTable<ValueOrigin>();
      templateOrigins.forEach((o, i) => (named[`${TEMPLATE_PARAM}${i}`] = o));
      out.push({ text: sql, bindings: { positional: [], named, ...(optional.length > 0 ? { optional } : {}) }, source: 'mapper', at });
    }
    return { statements: out };
  }
  const use = useOf(node);
  const bindings = boundValues(use, file);
  templateOrigins.forEach((o, i) => (bindings.named[`${TEMPLATE_PARAM}${i}`] = o));
  return { statements: [{ text, bindings, source: ts.isTemplateExpression(node) && templateOrigins.length > 0 ? 'template' : 'string', at }], ...(use ? { call: use.call } : {}) };
}

/** Raw-SQL calls whose later arguments are the bound values. */
const RAW_CALLS = /^(query|execute|raw|\$queryRaw|\$executeRaw|\$queryRawUnsafe|\$executeRawUnsafe|all|get|run|prepare|none|one|oneOrNone|many|manyOrNone|any|result|select)$/;

/** Where a statement's text is run: the raw-SQL call, and the arguments after the text that bind its values. */
export interface SqlUse {
  name: string;
  call: ts.CallExpression;
  rest: readonly ts.Expression[];
}

/** How many nodes of a scope are looked at for the calls that run a SQL text held in a `const`, at most. */
const MAX_USE_NODES = 20_000;

/**
 * The call that runs `expr` (the SQL text or a name bound to it): `pool.query(expr, [a, b])`, or a
 * query config object `pool.query({ text: expr, values: [a] })` (pg; mysql2's `{ sql, values }`).
 */
export function useOfExpression(expr: ts.Node): SqlUse | undefined {
  const parent = expr.parent;
  if (!parent) return undefined;
  if (ts.isCallExpression(parent) && parent.arguments[0] === expr) {
    const callee = parent.expression;
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
    return RAW_CALLS.test(name) ? { name, call: parent, rest: parent.arguments.slice(1) } : undefined;
  }
  // { text: sql, values } / { sql, values }: the config object is the call's only argument.
  const prop = ts.isPropertyAssignment(parent) && parent.initializer === expr ? parent : ts.isShorthandPropertyAssignment(parent) ? parent : undefined;
  const key = prop ? propertyName(prop.name) : undefined;
  const config = prop?.parent;
  if (!prop || (key !== 'text' && key !== 'sql') || !config || !ts.isObjectLiteralExpression(config)) return undefined;
  const use = useOfExpression(config);
  if (!use) return undefined;
  const values = config.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && propertyName(p.name) === 'values');
  const bound = values && ts.isPropertyAssignment(values) ? values.initializer : values && ts.isShorthandPropertyAssignment(values) ? values.name : undefined;
  return { name: use.name, call: use.call, rest: bound ? [bound] : use.rest };
}

/**
 * The call that runs a statement: the text given to it in place, or the text of a `const` the
 * scope (the function, or the module) hands to exactly one raw-SQL call — `const sql = 'SELECT …
 * WHERE id = $1'; pool.query(sql, [req.user.id])`. Several calls running one name bind it
 * differently: none is taken.
 */
function useOf(node: ts.Node): SqlUse | undefined {
  const direct = useOfExpression(node);
  if (direct) return direct;
  const decl = node.parent;
  if (!decl || !ts.isVariableDeclaration(decl) || decl.initializer !== node || !ts.isIdentifier(decl.name)) return undefined;
  const list = decl.parent;
  if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return undefined;
  const name = decl.name.text;
  let scope: ts.Node | undefined = list.parent;
  while (scope && !ts.isBlock(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  if (!scope) return undefined;
  const uses: SqlUse[] = [];
  let seen = 0;
  // The file is walked once, setting each node's parent as it goes (parse-code-file.ts): the
  // nodes after this one have none yet, so this walk sets them, to the same parents.
  const visit = (n: ts.Node, parent: ts.Node): void => {
    if (++seen > MAX_USE_NODES || uses.length > 1) return;
    (n as { parent: ts.Node }).parent = parent;
    if (ts.isIdentifier(n) && n.text === name && n !== decl.name) {
      const use = useOfExpression(n);
      if (use) uses.push(use);
    }
    ts.forEachChild(n, (child) => visit(child, n));
  };
  const root = scope;
  ts.forEachChild(root, (child) => visit(child, root));
  return seen <= MAX_USE_NODES && uses.length === 1 ? uses[0] : undefined;
}

/** The values a call binds to the statement's parameters: `pool.query(sql, [a, b])`, `knex.raw(sql, { id })`, `sequelize.query(sql, { replacements })`. */
export function boundValues(use: SqlUse | undefined, file: ts.SourceFile): SqlTextFact['bindings'] {
  const out: SqlTextFact['bindings'] = { positional: [], named: nameTable<ValueOrigin>() };
  if (!use) return out;
  const { name } = use;
  const rest = use.rest;
  const first = rest[0];
  if (name.endsWith('Unsafe') || (first && !ts.isArrayLiteralExpression(first) && !ts.isObjectLiteralExpression(first) && rest.length > 1)) {
    for (const a of rest) out.positional.push(valueOrigin(a, file));
    return out;
  }
  if (!first) return out;
  const fill = (values: ts.Expression) => {
    if (ts.isArrayLiteralExpression(values)) for (const e of values.elements) out.positional.push(valueOrigin(e, file));
    else if (ts.isObjectLiteralExpression(values)) {
      for (const p of values.properties) {
        if (ts.isPropertyAssignment(p)) {
          const key = propertyName(p.name);
          if (key !== undefined) out.named[key] = valueOrigin(p.initializer, file);
        } else if (ts.isShorthandPropertyAssignment(p)) out.named[p.name.text] = valueOrigin(p.name, file);
      }
    }
  };
  if (ts.isArrayLiteralExpression(first)) fill(first);
  else if (ts.isObjectLiteralExpression(first)) {
    // sequelize.query(sql, { replacements: [...] | {...}, bind: [...] }); knex.raw(sql, { id: … }).
    const options = first.properties.filter(ts.isPropertyAssignment);
    const inner = options.find((p) => ['replacements', 'bind', 'values', 'params'].includes(propertyName(p.name) ?? ''));
    if (inner) fill(inner.initializer);
    else fill(first);
  } else out.positional.push(valueOrigin(first, file));
  return out;
}

const XML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/**
 * A MyBatis statement element's body as SQL: `#{x}` and `${x}` become the parameter `:x`; the
 * dynamic tags are unwrapped (`<where>` → WHERE, `<set>` → SET, `<foreach>` → a parameter list)
 * and the parameters inside `<if>`/`<when>`/`<otherwise>` are optional filters.
 */
function mapperStatement(body: string): { sql: string; optional: string[] } {
  const optional: string[] = [];
  let sql = body.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  sql = sql.replace(/<foreach\b[^>]*>[\s\S]*?<\/foreach\s*>/gi, ' (:__foreach) ');
  // Parameters inside conditional elements (innermost first) are optional.
  for (let i = 0; i < 8 && /<(if|when|otherwise)\b/i.test(sql); i++) {
    sql = sql.replace(/<(if|when|otherwise)\b[^>]*>((?:(?!<(?:if|when|otherwise)\b)[\s\S])*?)<\/\1\s*>/gi, (_m, _tag, inner: string) =>
      inner.replace(/[#$]\{\s*([\w.]+)[^}]*\}/g, (_p, name: string) => {
        const param = name.replace(/\./g, '_');
        optional.push(param);
        return `:${param}`;
      }),
    );
  }
  sql = sql.replace(/[#$]\{\s*([\w.]+)[^}]*\}/g, (_p, name: string) => `:${name.replace(/\./g, '_')}`);
  sql = sql.replace(/<where\s*>/gi, ' WHERE ').replace(/<set\s*>/gi, ' SET ');
  sql = sql.replace(/<trim\b[^>]*prefix\s*=\s*"(\w+)"[^>]*>/gi, ' $1 ');
  sql = sql.replace(/<\/?[\w:-]+\b[^>]*>/g, ' ');
  sql = sql.replace(/&(lt|gt|amp|quot|apos);/g, (e) => XML_ENTITIES[e] ?? e);
  // What <where>/<trim prefixOverrides>/<set suffixOverrides> remove: a leading AND/OR, a trailing comma.
  sql = sql.replace(/\bWHERE\s+(AND|OR)\b/gi, 'WHERE ').replace(/\bWHERE\s*$/i, '').replace(/\bWHERE\s+(ORDER|GROUP|LIMIT)\b/gi, '$1');
  sql = sql.replace(/,\s*(WHERE\b|$)/gi, ' $1');
  return { sql: sql.replace(/\s+/g, ' ').trim(), optional: [...new Set(optional)] };
}
