// Data access in Prisma, TypeORM, Sequelize, Mongoose and knex, read from calls: which model or
// table, what operation, the condition keys and where their values come from, and whether the
// rows returned are capped. SQL written in code is read by find-sql-text.ts and
// read-sql-statement.ts, with a SQL parser.
import { nameTable } from './name-table.js';
import { ts } from './typescript-parser.js';
import { localConstantValue } from './local-constant.js';
import { calleeName, dottedName, importedFrom, positionOf, propertyName, valueOrigin } from './ast-values.js';
import { eggModelOf } from './egg-data-access.js';

/** JavaScript's global objects: `Math.max(…)`, `Array.from(…)`, `Object.keys(…)` call no model. */
const JS_GLOBALS = new Set(['Math', 'JSON', 'Object', 'Array', 'Number', 'String', 'Boolean', 'Date', 'Promise', 'Reflect', 'Intl', 'Buffer', 'BigInt', 'Symbol', 'Map', 'Set', 'WeakMap', 'WeakSet', 'RegExp', 'Error', 'Atomics', 'Proxy', 'Function', 'URL', 'URLSearchParams', 'Crypto', 'Headers', 'Response', 'Request']);
import type { QueryFact, ValueOrigin } from './code-facts.js';

type Operation = QueryFact['operation'];

const PRISMA_OPS: Record<string, Operation> = nameTable<Operation>({
  findUnique: 'find-one', findUniqueOrThrow: 'find-one', findFirst: 'find-one', findFirstOrThrow: 'find-one',
  findMany: 'find-many', count: 'count', aggregate: 'count', groupBy: 'find-many',
  create: 'create', createMany: 'create', update: 'update', updateMany: 'update', upsert: 'update',
  delete: 'delete', deleteMany: 'delete',
});
const PRISMA_ONLY = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'deleteMany', 'updateMany', 'createMany', 'upsert', 'groupBy']);
// 'count' stands for every query whose result is only an aggregate (count, exists, sum, min, max,
// average): it answers a question about the rows without returning any row's values.
const SEQUELIZE_OPS: Record<string, Operation> = nameTable<Operation>({ findAll: 'find-many', findAndCountAll: 'find-many', findByPk: 'find-one', destroy: 'delete', bulkCreate: 'create', sum: 'count', max: 'count', min: 'count' });
const MONGOOSE_OPS: Record<string, Operation> = nameTable<Operation>({ findById: 'find-one', deleteOne: 'delete', deleteMany: 'delete', findOneAndDelete: 'delete', findByIdAndDelete: 'delete', countDocuments: 'count', estimatedDocumentCount: 'count', exists: 'count', updateMany: 'update', updateOne: 'update', findOneAndUpdate: 'update', findByIdAndUpdate: 'update', remove: 'delete' });
const TYPEORM_OPS: Record<string, Operation> = nameTable<Operation>({ findBy: 'find-many', findOneBy: 'find-one', findOneByOrFail: 'find-one', findAndCount: 'find-many', countBy: 'count', exist: 'count', exists: 'count', existsBy: 'count', sum: 'count', average: 'count', minimum: 'count', maximum: 'count', softDelete: 'delete' });
const SHARED_OPS: Record<string, Operation> = nameTable<Operation>({ find: 'find-many', findOne: 'find-one', findOneOrFail: 'find-one', count: 'count', delete: 'delete', update: 'update', save: 'create', insert: 'create', create: 'create' });
// Reads that select one record by a key unique to it (the library rejects any other key): what
// the request passes them is a reference to a record, whatever the key is called (reportNo, orderNo).
const UNIQUE_LOOKUPS = new Set(['findUnique', 'findUniqueOrThrow', 'findByPk', 'findById']);
const KNEX_ROOTS = new Set(['knex', 'db', 'trx', 'k', 'pg', 'database', 'sql', 'qb']);
const ROW_CAPS = new Set(['take', 'limit', 'first', 'top']);
/** Mongoose Query methods that return the query itself, so a cap or projection may follow any of them; `where` is not among them (it adds conditions the chain walk does not read). */
const MONGOOSE_MODIFIERS = new Set(['select', 'limit', 'skip', 'sort', 'lean', 'exec', 'populate', 'projection', 'collation', 'hint', 'maxTimeMS', 'session', 'read', 'batchSize', 'comment', 'allowDiskUse', 'setOptions', 'orFail']);
/** How many chained modifiers are followed after a Mongoose call, at most. */
const MAX_CHAIN = 32;
const LOGICAL = new Set(['OR', 'AND', 'NOT', '$or', '$and', '$nor', 'or', 'and', '[Op.or]', '[Op.and]']);

export interface Conditions {
  list: QueryFact['conditions'];
  olderThan: boolean;
}

// A fragment match: the caller types part of a value and gets whole values back (Prisma
// contains/startsWith/endsWith, Sequelize Op.like/substring, Mongoose $regex, TypeORM Like()).
const PARTIAL_OPERATORS = /^(\$|\[Op\.)?(contains|startsWith|endsWith|like|iLike|substring|regex|startsWith|endsWith)\]?$/;
/** `Like('%x%')`, `ILike(…)` (TypeORM), a regular expression literal or `new RegExp(…)` (Mongoose). */
function partialValue(value: ts.Expression): boolean {
  if (value.kind === ts.SyntaxKind.RegularExpressionLiteral) return true;
  if (ts.isNewExpression(value) && ts.isIdentifier(value.expression) && value.expression.text === 'RegExp') return true;
  return ts.isCallExpression(value) && ts.isIdentifier(value.expression) && /^I?Like$/.test(value.expression.text);
}

/**
 * Flattens a condition object: nested relations and OR/AND lists contribute their leaf keys. A
 * list built in place is read through `.filter(Boolean)` (`OR: [kw ? { name: kw } : undefined,
 * phone ? { phone } : undefined].filter(Boolean)`), and a filter added only on some condition —
 * a branch of `c ? { … } : …`, the right of `c && { … }`, spread into the object — is read as an
 * optional filter (`alternative`): it does not restrict every row.
 */
export function readConditions(node: ts.Expression | undefined, file: ts.SourceFile, out: Conditions, depth = 0, alternative = false): void {
  if (!node || depth > 5) return;
  const optional = alternative ? { alternative: true as const } : {};
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node)) return readConditions(node.expression, file, out, depth, alternative);
  // A filter built first and passed by name: `const where = { phone }; … findAll({ where })`.
  if (ts.isIdentifier(node)) return readConditions(localConstantValue(node, file), file, out, depth + 1, alternative);
  // `isPhone ? { phone: kw } : { name: kw }`: a field both branches filter by restricts every run;
  // one only a branch names is an alternative (`kw ? { name: kw } : undefined` adds it optionally).
  if (ts.isConditionalExpression(node)) return readBranches(node, file, out, depth, alternative);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return readConditions(node.right, file, out, depth + 1, true);
  // `[…].filter(Boolean)`, `[…].filter((x) => x)`: the list's own entries, less the empty ones.
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'filter' && ts.isArrayLiteralExpression(stripParentheses(node.expression.expression))) {
    return readConditions(node.expression.expression, file, out, depth + 1, alternative);
  }
  if (ts.isArrayLiteralExpression(node)) {
    for (const e of node.elements) readConditions(ts.isSpreadElement(e) ? e.expression : e, file, out, depth + 1, alternative);
    return;
  }
  if (!ts.isObjectLiteralExpression(node)) return;
  for (const p of node.properties) {
    if (ts.isShorthandPropertyAssignment(p)) {
      out.list.push({ field: p.name.text, origin: valueOrigin(p.name, file), ...optional });
      continue;
    }
    if (ts.isSpreadAssignment(p)) {
      readConditions(p.expression, file, out, depth + 1, alternative);
      continue;
    }
    if (!ts.isPropertyAssignment(p)) continue;
    const key = propertyName(p.name);
    if (key === undefined) continue;
    const value = p.initializer;
    if (LOGICAL.has(key)) {
      readConditions(value, file, out, depth + 1, alternative);
    } else if (ts.isObjectLiteralExpression(value)) {
      // An operator object ({ lt: date }, { $lt: date }, { [Op.lt]: date }) or a relation filter.
      const inner = value.properties.filter(ts.isPropertyAssignment);
      const operators = inner.map((q) => propertyName(q.name) ?? '');
      if (operators.length > 0 && operators.every((o) => /^(\$|\[Op\.)?(lt|lte|gt|gte|eq|ne|in|notIn|nin|contains|startsWith|endsWith|equals|like|iLike|substring|regex|options|mode|not|between)\]?$/.test(o))) {
        const origins = inner.map((q) => valueOrigin(q.initializer, file));
        out.list.push({ field: key, origin: origins.includes('user') ? 'user' : origins.includes('request') ? 'request' : origins.includes('variable') ? 'variable' : 'constant', ...optional, ...(operators.some((o) => PARTIAL_OPERATORS.test(o)) ? { partial: true as const } : {}) });
        if (operators.some((o) => /lt/.test(o))) out.olderThan = true;
      } else {
        readConditions(value, file, out, depth + 1, alternative);
      }
    } else {
      out.list.push({ field: key, origin: valueOrigin(value, file), ...optional, ...(partialValue(value) ? { partial: true as const } : {}) });
    }
  }
}

function readBranches(node: { whenTrue: ts.Expression; whenFalse: ts.Expression }, file: ts.SourceFile, out: Conditions, depth: number, alternative: boolean): void {
  const branches = [node.whenTrue, node.whenFalse].map((b) => {
    const c: Conditions = { list: [], olderThan: false };
    readConditions(b, file, c, depth + 1);
    return c;
  });
  const [a, b] = branches as [Conditions, Conditions];
  const inBoth = (c: Conditions['list'][number], other: Conditions) => other.list.some((o) => o.field === c.field && o.origin === c.origin && !o.alternative);
  for (const c of a.list) out.list.push(!alternative && !c.alternative && inBoth(c, b) ? c : { ...c, alternative: true });
  for (const c of b.list) if (alternative || c.alternative || !inBoth(c, a)) out.list.push({ ...c, alternative: true });
  if (a.olderThan || b.olderThan) out.olderThan = true;
}

function stripParentheses(node: ts.Expression): ts.Expression {
  let e = node;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

function optionsObject(call: ts.CallExpression): ts.ObjectLiteralExpression | undefined {
  const first = call.arguments[0];
  return first && ts.isObjectLiteralExpression(first) ? first : undefined;
}

function property(obj: ts.ObjectLiteralExpression | undefined, name: string): ts.Expression | undefined {
  if (!obj) return undefined;
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && propertyName(p.name) === name) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
  }
  return undefined;
}

function blanksFields(data: ts.Expression | undefined): boolean {
  if (!data || !ts.isObjectLiteralExpression(data)) return false;
  const values = data.properties.filter(ts.isPropertyAssignment).map((p) => p.initializer);
  return values.length > 0 && values.some((v) => v.kind === ts.SyntaxKind.NullKeyword || (ts.isStringLiteralLike(v) && /^(|\*+|anonymi[sz]ed|deleted|redacted)$/i.test(v.text)));
}

// Fields that name a record, not a person, and Prisma's aggregates: a select of only these reads no PI.
const KEY_OR_AGGREGATE = /^(id|_id|uuid|_count|_sum|_avg|_min|_max)$/;
/** How deep nested `include`/`select` relations are followed, and how many are kept per query. */
const MAX_RELATION_DEPTH = 3;
const MAX_RELATIONS = 16;

/** `select: { id: true, _count: { select: { orders: true } } }`: only keys and aggregates. */
function selectsOnlyKeys(select: ts.Expression | undefined): boolean {
  if (!select || !ts.isObjectLiteralExpression(select) || select.properties.length === 0) return false;
  return select.properties.every((p) => ts.isPropertyAssignment(p) && KEY_OR_AGGREGATE.test(propertyName(p.name) ?? ''));
}

/**
 * The relations a Prisma read returns with its rows: every key of `include` (but `_count`) that is
 * not `false`, and every key of `select` given its own object (`patient: { select: { name: true } }`;
 * `name: true` in a select is a column or a relation, which only the schema tells: not taken).
 * Nested include/select are followed MAX_RELATION_DEPTH levels deep.
 */
function readRelations(options: ts.ObjectLiteralExpression | undefined, file: ts.SourceFile, out: NonNullable<QueryFact['relations']>, depth: number): void {
  if (!options || depth >= MAX_RELATION_DEPTH) return;
  for (const key of ['include', 'select']) {
    const value = property(options, key);
    if (!value || !ts.isObjectLiteralExpression(value)) continue;
    for (const p of value.properties) {
      if (out.length >= MAX_RELATIONS) return;
      if (!ts.isPropertyAssignment(p)) continue;
      const name = propertyName(p.name);
      if (name === undefined || KEY_OR_AGGREGATE.test(name)) continue;
      const v = p.initializer;
      const nested = ts.isObjectLiteralExpression(v) ? v : undefined;
      if (key === 'select' && !nested) continue;
      if (!nested && v.kind !== ts.SyntaxKind.TrueKeyword) continue;
      // A nested select of only keys (`patient: { select: { id: true } }`) reads no PI of it.
      if (nested && selectsOnlyKeys(property(nested, 'select'))) continue;
      out.push({ name, at: positionOf(p, file), ...relationColumns(nested) });
      readRelations(nested, file, out, depth + 1);
    }
  }
}

/**
 * The related model's fields a Prisma relation returns: `true` or an object without `select` (an
 * `include` of its own, a `where`, a `take`) the whole row; `{ select: { … } }` the keys given
 * `true` (its own relations are reads of their own); an `omit` or a selection the scan cannot
 * read, unknown (no `columns`).
 */
function relationColumns(nested: ts.ObjectLiteralExpression | undefined): { columns?: string[] } {
  if (nested === undefined) return { columns: ['*'] };
  if (property(nested, 'omit') !== undefined) return {};
  const columns = selectedFields(property(nested, 'select'));
  return columns !== undefined ? { columns } : {};
}

/**
 * The relations a TypeORM `find` loads with its rows: `relations: ['profile', 'profile.address']`
 * (each path's last name) or `relations: { profile: true, orders: { items: true } }`. Each returns
 * the related row whole, unless the find has a `select`: then the relation's own object in it
 * (`select: { profile: { birthday: true } }`) says which fields, and without one, unknown.
 */
function typeormRelations(options: ts.ObjectLiteralExpression | undefined, file: ts.SourceFile): NonNullable<QueryFact['relations']> {
  const out: NonNullable<QueryFact['relations']> = [];
  const value = property(options, 'relations');
  if (!value) return out;
  const select = property(options, 'select');
  const columnsOf = (name: string): { columns?: string[] } => {
    if (select === undefined) return { columns: ['*'] };
    if (!ts.isObjectLiteralExpression(select)) return {};
    const own = property(select, name);
    const columns = own && ts.isObjectLiteralExpression(own) ? selectedFields(own) : undefined;
    return columns !== undefined ? { columns } : {};
  };
  const add = (name: string, at: ts.Node) => {
    if (out.length < MAX_RELATIONS && /^[A-Za-z_$][\w$]*$/.test(name) && !out.some((r) => r.name === name)) out.push({ name, at: positionOf(at, file), ...columnsOf(name) });
  };
  if (ts.isArrayLiteralExpression(value)) {
    for (const e of value.elements) if (ts.isStringLiteralLike(e)) add(e.text.split('.').pop() as string, e);
  } else if (ts.isObjectLiteralExpression(value)) {
    const walk = (obj: ts.ObjectLiteralExpression, depth: number): void => {
      if (depth >= MAX_RELATION_DEPTH) return;
      for (const p of obj.properties) {
        if (!ts.isPropertyAssignment(p)) continue;
        const name = propertyName(p.name);
        if (name === undefined || p.initializer.kind === ts.SyntaxKind.FalseKeyword) continue;
        add(name, p);
        if (ts.isObjectLiteralExpression(p.initializer)) walk(p.initializer, depth + 1);
      }
    };
    walk(value, 0);
  }
  return out;
}

/**
 * The fields an ORM read returns, when the code says: `['*']` (every column of the row) when it
 * selects nothing, the names it selects (`select: { nickname: true }`, `select: ['nickname']`,
 * Sequelize `attributes: ['nickname']`, Mongoose `'nickname city'`, knex `.select('nickname')`),
 * undefined when the selection is not a literal the scan can read (a variable, a spread, a
 * computed key, an exclusion list, `-field`): then what the read returns is not known.
 */
export function selectedFields(select: ts.Expression | undefined): string[] | undefined {
  if (select === undefined) return ['*'];
  let e = select;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  const out: string[] = [];
  if (ts.isArrayLiteralExpression(e)) {
    for (const el of e.elements) {
      if (!ts.isStringLiteralLike(el)) return undefined;
      out.push(el.text);
    }
    return out.length > 0 ? out : undefined;
  }
  if (ts.isStringLiteralLike(e)) {
    // Mongoose: 'nickname city' (an exclusion, '-password', leaves the rest of the row: unknown).
    const names = e.text.split(/\s+/).filter((n) => n.length > 0);
    if (names.length === 0 || names.some((n) => n.startsWith('-') || n.startsWith('+'))) return undefined;
    return names;
  }
  if (!ts.isObjectLiteralExpression(e) || e.properties.length === 0) return undefined;
  for (const p of e.properties) {
    if (ts.isShorthandPropertyAssignment(p) || !ts.isPropertyAssignment(p)) return undefined;
    const name = propertyName(p.name);
    if (name === undefined || name.startsWith('[')) return undefined;
    const v = p.initializer;
    // A relation's own selection (Prisma/TypeORM `patient: { select: … }`) is another model's read.
    if (ts.isObjectLiteralExpression(v)) continue;
    if (v.kind === ts.SyntaxKind.TrueKeyword || (ts.isNumericLiteral(v) && v.text === '1')) out.push(name);
    else if (v.kind === ts.SyntaxKind.FalseKeyword || (ts.isNumericLiteral(v) && v.text === '0')) return undefined; // an exclusion
    else return undefined;
  }
  return out;
}

export function fact(library: QueryFact['library'], model: string, operation: Operation, conditions: Conditions, where: boolean, limited: boolean, at: ts.Node, file: ts.SourceFile, blanks = false): QueryFact {
  return {
    library,
    model,
    operation,
    conditions: conditions.list,
    where,
    limited: limited || operation === 'find-one' || operation === 'count',
    ...(blanks ? { blanks } : {}),
    ...(conditions.olderThan ? { olderThan: true } : {}),
    at: positionOf(at, file),
  };
}

/**
 * The fields a read given an options object (`{ where, select }`) returns: its `key` read by
 * selectedFields; no options at all, the whole row; options the scan cannot read (a variable, a
 * spread into the object), unknown.
 */
function optionSelection(call: ts.CallExpression, options: ts.ObjectLiteralExpression | undefined, key: string): string[] | undefined {
  if (call.arguments.length === 0) return ['*'];
  if (!options || options.properties.some((p) => !ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p))) return undefined;
  return selectedFields(property(options, key));
}

/** A read's returned fields, when known (only reads return rows: a write or an aggregate returns none). */
function withColumns(q: QueryFact, columns: string[] | undefined): QueryFact {
  if (columns === undefined || (q.operation !== 'find-one' && q.operation !== 'find-many')) return q;
  return { ...q, columns };
}

/** Model name from a repository receiver: `this.waybillRepository` → waybill, `getRepository(Waybill)` → Waybill. */
function repositoryModel(receiver: ts.Expression): string | undefined {
  if (ts.isCallExpression(receiver) && calleeName(receiver) === 'getRepository') {
    const a = receiver.arguments[0];
    return a ? (dottedName(a) ?? (ts.isStringLiteralLike(a) ? a.text : undefined)) : undefined;
  }
  const name = dottedName(receiver);
  const last = name?.split('.').pop();
  const m = last ? /^(.*?)(Repository|Repo)$/i.exec(last) : null;
  return m && m[1] ? m[1] : undefined;
}

/**
 * A receiver that may be a repository defined elsewhere: `resumeRepo()` (a helper called with no
 * argument), `repo` (a constant, lower-case: a capitalised name is a Sequelize or Mongoose model),
 * `this.repo` (a class field). The handle a query names, looked up in `FileFacts.repositories`.
 */
function repositoryHandle(receiver: ts.Expression): string | undefined {
  if (ts.isCallExpression(receiver) && receiver.arguments.length === 0 && ts.isIdentifier(receiver.expression)) return `${receiver.expression.text}()`;
  if (ts.isIdentifier(receiver)) return /^[A-Z]/.test(receiver.text) ? undefined : receiver.text;
  if (ts.isPropertyAccessExpression(receiver) && receiver.expression.kind === ts.SyntaxKind.ThisKeyword) return `this.${receiver.name.text}`;
  return undefined;
}

/**
 * The model a repository-making expression names: `X.getRepository(Model)`,
 * `getRepository(Model)`, `manager.getMongoRepository(Model)`, `await …` of one; or, for a
 * helper's call (`resumeRepo()`) or another handle, `=handle`, a reference resolved when the code
 * base is linked.
 */
export function repositoryDefinition(init: ts.Expression): string | undefined {
  let e = init;
  while (ts.isParenthesizedExpression(e) || ts.isAwaitExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  if (!ts.isCallExpression(e)) return undefined;
  const name = calleeName(e);
  if (name !== undefined && /^get(Mongo|Tree)?Repository$/.test(name)) {
    const a = e.arguments[0];
    return a ? (dottedName(a) ?? (ts.isStringLiteralLike(a) ? a.text : undefined)) : undefined;
  }
  if (e.arguments.length === 0 && ts.isIdentifier(e.expression)) return `=${e.expression.text}()`;
  return undefined;
}

/** Prisma groupBy's `by` list (`by: ['status']` or `by: 'status'`), when every entry is a literal. */
function prismaGroupBy(options: ts.ObjectLiteralExpression | undefined): string[] | undefined {
  const by = property(options, 'by');
  if (by && ts.isStringLiteralLike(by)) return [by.text];
  if (!by || !ts.isArrayLiteralExpression(by) || by.elements.length === 0 || !by.elements.every(ts.isStringLiteralLike)) return undefined;
  return by.elements.map((e) => (e as ts.StringLiteralLike).text);
}

/** A query made by an ORM call, or undefined. */
export function queryFromCall(call: ts.CallExpression, file: ts.SourceFile): QueryFact | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const op = call.expression.name.text;
  // Every form below needs an operation one of the libraries has (looked up as the branches do,
  // inherited names included); most calls in a code base are none of them.
  if (!(op in PRISMA_OPS || op in TYPEORM_OPS || op in SHARED_OPS || op in SEQUELIZE_OPS || op in MONGOOSE_OPS)) return undefined;
  const receiver = call.expression.expression;
  const options = optionsObject(call);
  const conditions: Conditions = { list: [], olderThan: false };
  // egg-sequelize / egg-mongoose: `ctx.model.User.findAll(…)` is the model User (egg-data-access.ts).
  const eggModel = eggModelOf(receiver);

  // Prisma: prisma.waybill.findMany({ where, take }); this.prisma.waybill…; tx.waybill…
  if (eggModel === undefined && ts.isPropertyAccessExpression(receiver) && PRISMA_OPS[op] && (PRISMA_ONLY.has(op) || /prisma|tx|client|db/i.test(dottedName(receiver.expression) ?? ''))) {
    const model = receiver.name.text;
    const where = property(options, 'where');
    readConditions(where, file, conditions);
    const capped = property(options, 'take') !== undefined;
    const read = PRISMA_OPS[op] === 'find-one' || PRISMA_OPS[op] === 'find-many';
    // A read selecting nothing but record keys and aggregates (`select: { id: true, _count: … }`)
    // returns no one's values: an aggregate, as a SQL `SELECT COUNT(*)` is.
    const operation = read && selectsOnlyKeys(property(options, 'select')) ? 'count' : PRISMA_OPS[op];
    // groupBy({ by: ['status'], _count, _sum }) returns the `by` fields and aggregates only: its
    // columns are the `by` list (unknown when not a list of literals); the linker reads it as an
    // aggregate where none of them holds PI (groupedBy).
    const groupedBy = op === 'groupBy' ? prismaGroupBy(options) : undefined;
    const selection = op === 'groupBy' ? groupedBy : property(options, 'omit') !== undefined ? undefined : optionSelection(call, options, 'select');
    const base = withColumns(fact('prisma', model, operation, conditions, where !== undefined, capped, call, file, blanksFields(property(options, 'data'))), selection);
    const q = groupedBy !== undefined ? { ...base, groupedBy } : base;
    // Relations it includes or selects are read with it (the related model's fields).
    const relations: NonNullable<QueryFact['relations']> = [];
    if (read) readRelations(options, file, relations, 0);
    const withRelations = relations.length > 0 ? { ...q, relations } : q;
    return UNIQUE_LOOKUPS.has(op) ? { ...withRelations, uniqueKey: true } : withRelations;
  }
  // TypeORM repositories: this.waybillRepository.find({ where, take }), findOneBy({ … }); a
  // handle (resumeRepo(), a module constant, this.repo) is also resolved to the model its
  // definition names, in this file or the one it is imported from, when the code base is linked.
  const typeormOp = eggModel === undefined && (TYPEORM_OPS[op] !== undefined || SHARED_OPS[op] !== undefined);
  const handle = typeormOp ? repositoryHandle(receiver) : undefined;
  const repoModel = typeormOp ? (repositoryModel(receiver) ?? (handle !== undefined ? '' : undefined)) : undefined;
  if (repoModel !== undefined) {
    const operation = (TYPEORM_OPS[op] ?? SHARED_OPS[op]) as Operation;
    const byForm = op.endsWith('By') || op === 'findOneByOrFail' || op === 'delete' || op === 'softDelete';
    const where = byForm ? call.arguments[0] : property(options, 'where');
    readConditions(where, file, conditions);
    const capped = property(options, 'take') !== undefined;
    const base = withColumns(fact('typeorm', repoModel, operation, conditions, where !== undefined, capped, call, file, op === 'update' && blanksFields(call.arguments[1])), byForm ? ['*'] : optionSelection(call, options, 'select'));
    // `relations: ['profile']` (or `{ profile: true }`) loads the related rows with the read.
    const relations = !byForm && (operation === 'find-one' || operation === 'find-many') ? typeormRelations(options, file) : [];
    const q = relations.length > 0 ? { ...base, relations } : base;
    return handle !== undefined ? { ...q, handle } : q;
  }
  // Sequelize and Mongoose models: capitalised identifiers (Waybill.findAll, Waybill.find) — not a
  // global object of JavaScript (Math.max, Array.from, Object.keys …) unless the file imports a model by that name.
  // A Sequelize-only operation on an injected handle (`@InjectRepository(User) userModel` of
  // @midwayjs/sequelize: `this.userModel.findAll(…)`): the model its definition names, when linked.
  const sequelizeHandle = eggModel === undefined && SEQUELIZE_OPS[op] !== undefined && ts.isPropertyAccessExpression(receiver) && receiver.expression.kind === ts.SyntaxKind.ThisKeyword ? `this.${receiver.name.text}` : undefined;
  const model = eggModel ?? (ts.isIdentifier(receiver) && /^[A-Z]/.test(receiver.text) && !(JS_GLOBALS.has(receiver.text) && importedFrom(file, receiver.text) === undefined) ? receiver.text : sequelizeHandle !== undefined ? '' : undefined);
  if (model === undefined || (model === '' && sequelizeHandle === undefined)) return undefined;
  if (SEQUELIZE_OPS[op] || ((op === 'findOne' || op === 'count' || op === 'update') && (property(options, 'where') || property(optionsObject({ arguments: call.arguments.slice(1) } as unknown as ts.CallExpression), 'where')))) {
    const operation = (SEQUELIZE_OPS[op] ?? SHARED_OPS[op]) as Operation;
    const opts = op === 'update' && call.arguments[1] && ts.isObjectLiteralExpression(call.arguments[1]) ? call.arguments[1] : options;
    const where = op === 'findByPk' ? call.arguments[0] : property(opts, 'where');
    if (op === 'findByPk' && where) conditions.list.push({ field: 'id', origin: valueOrigin(where, file) });
    else readConditions(where, file, conditions);
    const capped = property(opts, 'limit') !== undefined;
    const q = withColumns(fact('sequelize', model, operation, conditions, where !== undefined, capped, call, file, op === 'update' && blanksFields(call.arguments[0])), op === 'findByPk' ? (call.arguments[1] === undefined ? ['*'] : ts.isObjectLiteralExpression(call.arguments[1]) ? selectedFields(property(call.arguments[1], 'attributes')) : undefined) : opts === options ? optionSelection(call, options, 'attributes') : undefined);
    const withHandle = sequelizeHandle !== undefined ? { ...q, handle: sequelizeHandle } : q;
    return UNIQUE_LOOKUPS.has(op) ? { ...withHandle, uniqueKey: true } : withHandle;
  }
  if (MONGOOSE_OPS[op] || SHARED_OPS[op]) {
    const operation = (MONGOOSE_OPS[op] ?? SHARED_OPS[op]) as Operation;
    if (operation === 'create') return fact('mongoose', model, 'create', conditions, false, true, call, file);
    const filter = call.arguments[0];
    if (op.startsWith('findById') && filter) conditions.list.push({ field: '_id', origin: valueOrigin(filter, file) });
    else readConditions(filter, file, conditions);
    const hasFilter = filter !== undefined && !(ts.isObjectLiteralExpression(filter) && filter.properties.length === 0);
    // The query's modifiers, in any order (`.sort(…).limit(500)`, `.select(…).lean().limit(100)`):
    // a `.limit(n)` anywhere in the chain caps a find (`.limit(0)` is Mongoose's "no limit"), and
    // a `.select(…)` is the projection (the second argument when none; two of them, unknown).
    let chained = false;
    const selects: ts.CallExpression[] = [];
    let link: ts.Node = call;
    for (let steps = 0; steps < MAX_CHAIN && link.parent && ts.isPropertyAccessExpression(link.parent) && link.parent.expression === link && MONGOOSE_MODIFIERS.has(link.parent.name.text) && link.parent.parent && ts.isCallExpression(link.parent.parent) && link.parent.parent.expression === link.parent; steps++) {
      const modifier = link.parent.name.text;
      const c: ts.CallExpression = link.parent.parent;
      if (ROW_CAPS.has(modifier) && !(c.arguments[0] && ts.isNumericLiteral(c.arguments[0]) && Number(c.arguments[0].text) === 0)) chained = true;
      if (modifier === 'select') selects.push(c);
      link = c;
    }
    const selectCall = selects.length === 1 ? selects[0] : undefined;
    const projection = selects.length > 1 ? null : selectCall ? (selectCall.arguments.length === 1 ? selectCall.arguments[0] : null) : call.arguments[1];
    const q = withColumns(fact('mongoose', model, operation, conditions, hasFilter, chained, call, file, operation === 'update' && blanksFields(call.arguments[1])), projection === null ? undefined : selectedFields(projection));
    return UNIQUE_LOOKUPS.has(op) ? { ...q, uniqueKey: true } : q;
  }
  return undefined;
}

/**
 * knex: a chain rooted at `knex('waybills')` (or db/trx), read once at its outermost call.
 * Returns undefined for calls inside a chain (the outermost call reports the whole chain).
 */
export function queryFromKnexChain(call: ts.CallExpression, file: ts.SourceFile): QueryFact | undefined {
  const parent = call.parent;
  if (parent && ts.isPropertyAccessExpression(parent) && parent.parent && ts.isCallExpression(parent.parent)) return undefined; // not the outermost
  if (!namesKnexTable(call)) return undefined;
  const links: Array<{ name: string; call: ts.CallExpression }> = [];
  let node: ts.Expression = call;
  let table: string | undefined;
  while (ts.isCallExpression(node)) {
    const e: ts.Expression = node.expression;
    if (ts.isPropertyAccessExpression(e)) {
      links.unshift({ name: e.name.text, call: node });
      if ((e.name.text === 'from' || e.name.text === 'table' || e.name.text === 'into') && ts.isStringLiteralLike(node.arguments[0] ?? e)) table = (node.arguments[0] as ts.StringLiteral).text;
      node = e.expression;
    } else if (ts.isIdentifier(e) && KNEX_ROOTS.has(e.text) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      table = node.arguments[0].text;
      break;
    } else {
      return undefined;
    }
  }
  if (!table || links.length === 0) return undefined;
  if (!(ts.isIdentifier(node) || ts.isCallExpression(node)) || (ts.isIdentifier(node) && !KNEX_ROOTS.has(node.text))) {
    if (!ts.isCallExpression(node)) return undefined;
  }
  const conditions: Conditions = { list: [], olderThan: false };
  let where = false;
  let limited = false;
  let operation: Operation = 'find-many';
  let aggregated = false;
  for (const { name, call: c } of links) {
    if (/^(where|andWhere|orWhere|whereIn|whereNot)$/.test(name)) {
      where = true;
      const [a, b, d] = c.arguments;
      if (a && ts.isObjectLiteralExpression(a)) readConditions(a, file, conditions);
      else if (a && ts.isStringLiteralLike(a)) {
        const valueNode = d ?? b;
        conditions.list.push({ field: a.text, origin: valueNode ? valueOrigin(valueNode, file) : 'constant' });
        if (d && b && ts.isStringLiteralLike(b) && b.text.startsWith('<')) conditions.olderThan = true;
      }
    } else if (name === 'first') {
      operation = 'find-one';
      limited = true;
    } else if (name === 'limit') limited = true;
    else if (name === 'del' || name === 'delete' || name === 'truncate') operation = 'delete';
    else if (name === 'update') operation = 'update';
    else if (name === 'insert') operation = 'create';
    else if (KNEX_AGGREGATES.has(name)) aggregated = true;
  }
  const update = links.find((l) => l.name === 'update');
  // The columns: `.select('a', 'b')`, `.first('a')`, `.columns([…])`; none named, the whole row.
  let columns: string[] | undefined = ['*'];
  for (const { name, call: c } of links) {
    if (name !== 'select' && name !== 'columns' && name !== 'column' && !(name === 'first' && c.arguments.length > 0)) continue;
    if (c.arguments.length === 0) continue;
    const names = c.arguments.length === 1 && ts.isArrayLiteralExpression(c.arguments[0] as ts.Expression) ? (c.arguments[0] as ts.ArrayLiteralExpression).elements : c.arguments;
    const read = names.map((a) => (ts.isStringLiteralLike(a) && /^[\w.*]+$/.test(a.text) ? (a.text.split('.').pop() as string) : undefined));
    columns = read.some((x) => x === undefined) || columns === undefined ? undefined : [...(columns[0] === '*' && columns.length === 1 ? [] : columns), ...(read as string[])];
    if (columns?.includes('*')) columns = ['*'];
  }
  // An aggregate (`.count()`, `.count().first()`) returns no row's values, unless columns are
  // selected beside it (`.select('name', 'phone').count('a.id as n').groupBy('u.id')`): then each
  // row is a group with those columns' values, read as SQL's grouped rows are (groupedBy).
  const named = columns !== undefined && !columns.includes('*') && columns.length > 0;
  if (aggregated && (operation === 'find-one' || operation === 'find-many')) {
    if (!named) return fact('knex', table, 'count', conditions, where, limited, call, file, false);
    return { ...withColumns(fact('knex', table, operation, conditions, where, limited, call, file, false), columns), groupedBy: columns as string[] };
  }
  return withColumns(fact('knex', table, operation, conditions, where, limited, call, file, update ? blanksFields(update.call.arguments[0]) : false), columns);
}

/**
 * Whether the chain below names a table the way the walk in queryFromKnexChain reads one (a
 * `from`/`table`/`into` link with a string, or a knex root called with one), checked without
 * building the chain: nearly every call in a code base names none.
 */
function namesKnexTable(call: ts.CallExpression): boolean {
  let node: ts.Expression = call;
  while (ts.isCallExpression(node)) {
    const e: ts.Expression = node.expression;
    if (ts.isPropertyAccessExpression(e)) {
      if ((e.name.text === 'from' || e.name.text === 'table' || e.name.text === 'into') && ts.isStringLiteralLike(node.arguments[0] ?? e)) return true;
      node = e.expression;
    } else return ts.isIdentifier(e) && KNEX_ROOTS.has(e.text) && node.arguments[0] !== undefined && ts.isStringLiteralLike(node.arguments[0]);
  }
  return false;
}

const KNEX_AGGREGATES = new Set(['count', 'countDistinct', 'sum', 'sumDistinct', 'avg', 'avgDistinct', 'min', 'max']);

// TypeORM's query builder: `this.repo.createQueryBuilder('u').where('u.phone = :phone', { phone })
// .take(20).getMany()`, read once, at the call that runs it (getMany, getOne, getRawMany, getCount …).
const QB_TERMINALS: Record<string, Operation> = nameTable<Operation>({
  getMany: 'find-many', getManyAndCount: 'find-many', getRawMany: 'find-many', getRawAndEntities: 'find-many', stream: 'find-many',
  getOne: 'find-one', getOneOrFail: 'find-one', getRawOne: 'find-one',
  getCount: 'count', getExists: 'count',
  execute: 'find-many',
});
/** The callee names queryFromCall (an operation of one of the libraries) and queryFromQueryBuilder (a terminal) read: a call with another name is neither. */
export const QUERY_CALL_NAMES: ReadonlySet<string> = new Set([PRISMA_OPS, TYPEORM_OPS, SHARED_OPS, SEQUELIZE_OPS, MONGOOSE_OPS, QB_TERMINALS].flatMap((table) => Object.keys(table)));
/** How many links of a builder chain are followed, and statements of a function scanned for a builder variable's links, at most. */
const MAX_QB_LINKS = 64;
const MAX_QB_STATEMENTS = 256;
/** How many builder variables are followed back (`const qb2 = qb.where(…)`), at most. */
const MAX_QB_VARIABLES = 4;
/** `alias.field = :param`, `field IN (:...ids)`, `u.name LIKE :q`: a column compared with a bound parameter. */
const QB_COMPARISON = /([\w$."`]+)\s*(=|<>|!=|<=|>=|<|>|\bi?like\b|\bin\b|\bnot\s+in\b|\bis\s+not\b|\bis\b)\s*\(?\s*(?::(?:\.\.\.)?(\w+)|('[^']*'|\d+(?:\.\d+)?|true|false|null|now\(\)|current_timestamp))/gi;

/**
 * The conditions of a query-builder `where` argument: a string (`'u.phone = :phone AND u.deleted IS
 * NULL'`, a template's `${…}` taking that value's origin), an object (`{ phone }`, read as a
 * repository's `where`), or anything else — `Brackets`, a function, a variable — whose conditions
 * the scan does not read (only that the query has a condition).
 */
function readBuilderCondition(arg: ts.Expression | undefined, params: Map<string, ValueOrigin>, file: ts.SourceFile, alternative: boolean, out: Conditions): void {
  if (!arg) return;
  const list: Conditions = { list: [], olderThan: false };
  if (ts.isObjectLiteralExpression(arg) || ts.isArrayLiteralExpression(arg)) readConditions(arg, file, list);
  else if (ts.isStringLiteralLike(arg) || ts.isTemplateExpression(arg)) {
    const templates: ValueOrigin[] = [];
    let text: string;
    if (ts.isTemplateExpression(arg)) {
      text = arg.head.text;
      arg.templateSpans.forEach((span, i) => {
        templates.push(valueOrigin(span.expression, file));
        text += `:__tpl${i}${span.literal.text}`;
      });
    } else text = arg.text;
    // An OR anywhere in the fragment: each of its comparisons is an alternative.
    const or = /\bor\b/i.test(text);
    for (const m of text.matchAll(QB_COMPARISON)) {
      const field = (m[1] as string).replace(/["`]/g, '').split('.').pop() as string;
      if (!/^[A-Za-z_$][\w$]*$/.test(field)) continue;
      // A template's value inside a quoted literal (`LIKE '%${q}%'`) is that value.
      const param = m[3] ?? /:(__tpl\d+)/.exec(m[4] ?? '')?.[1];
      const tpl = param !== undefined ? /^__tpl(\d+)$/.exec(param) : null;
      const origin: ValueOrigin = param === undefined ? 'constant' : tpl ? (templates[Number(tpl[1])] ?? 'variable') : (params.get(param) ?? 'variable');
      list.list.push({ field, origin, ...(or ? { alternative: true as const } : {}) });
      if ((m[2] as string).startsWith('<')) list.olderThan = true;
    }
  }
  for (const c of list.list) out.list.push(alternative ? { ...c, alternative: true } : c);
  if (list.olderThan) out.olderThan = true;
}

/** The parameters a `where` link binds (`{ phone: req.query.phone }`, `{ uid }`), with their values' origins. */
function readBuilderParams(arg: ts.Expression | undefined, file: ts.SourceFile, into: Map<string, ValueOrigin>): void {
  if (!arg || !ts.isObjectLiteralExpression(arg)) return;
  for (const p of arg.properties) {
    if (ts.isPropertyAssignment(p)) {
      const key = propertyName(p.name);
      if (key !== undefined) into.set(key, valueOrigin(p.initializer, file));
    } else if (ts.isShorthandPropertyAssignment(p)) into.set(p.name.text, valueOrigin(p.name, file));
  }
}

/** The entity a `createQueryBuilder(User, 'u')`, `.from(User, 'u')` or `.update(User)` argument names. */
function builderEntity(arg: ts.Expression | undefined): string | undefined {
  if (!arg) return undefined;
  if (ts.isStringLiteralLike(arg)) return arg.text;
  const name = dottedName(arg);
  return name !== undefined && /^[A-Z]/.test(name.split('.').pop() ?? '') ? name : undefined;
}

interface BuilderLink {
  name: string;
  call: ts.CallExpression;
  /** Made in a branch (a builder variable's link under an `if`): an optional filter. */
  optional: boolean;
}

/**
 * The links of a chain ending at `call`, outermost last, down to its `createQueryBuilder` call;
 * when the chain starts at a variable (`qb.where(…).getMany()`), that variable's builder and the
 * links its own statements add (`qb.andWhere(…)`, under an `if`: optional) in the enclosing function.
 */
function builderChain(call: ts.CallExpression, file: ts.SourceFile, depth = 0): { root: ts.CallExpression; links: BuilderLink[] } | undefined {
  const links: BuilderLink[] = [];
  let node: ts.Expression = call;
  for (let steps = 0; steps < MAX_QB_LINKS; steps++) {
    while (ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) node = node.expression;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      if (name === 'createQueryBuilder') return { root: node, links };
      links.unshift({ name, call: node, optional: false });
      node = node.expression.expression;
      continue;
    }
    if (ts.isIdentifier(node)) return depth < MAX_QB_VARIABLES ? variableBuilder(node, call, links, file, depth + 1) : undefined;
    return undefined;
  }
  return undefined;
}

function variableBuilder(id: ts.Identifier, use: ts.Node, links: BuilderLink[], file: ts.SourceFile, depth: number): { root: ts.CallExpression; links: BuilderLink[] } | undefined {
  let fn: ts.Node | undefined = use.parent;
  while (fn && !ts.isFunctionLike(fn) && !ts.isSourceFile(fn)) fn = fn.parent;
  const body = fn && ts.isFunctionLike(fn) ? (fn as ts.FunctionLikeDeclaration).body : undefined;
  if (!body || !ts.isBlock(body)) return undefined;
  let declared: { root: ts.CallExpression; links: BuilderLink[] } | undefined;
  const added: BuilderLink[] = [];
  let seen = 0;
  const blockOf = (st: ts.Statement): readonly ts.Statement[] => (ts.isBlock(st) ? st.statements : [st]);
  // The statements before the use, in order; nested blocks (if, loops, try) are followed, the
  // links made in a branch or a loop optional; a statement holding the use is entered, not read.
  const walk = (statements: readonly ts.Statement[], optional: boolean): boolean => {
    for (const st of statements) {
      if (++seen > MAX_QB_STATEMENTS || st.getStart(file) >= use.pos) return false;
      const before = st.end <= use.pos;
      if (ts.isVariableStatement(st)) {
        if (!before) return false;
        for (const d of st.declarationList.declarations) {
          if (ts.isIdentifier(d.name) && d.name.text === id.text && d.initializer && ts.isCallExpression(d.initializer)) {
            const chain = builderChain(d.initializer, file, depth);
            declared = chain && !optional ? chain : undefined;
            added.length = 0;
          }
        }
      } else if (ts.isExpressionStatement(st)) {
        if (!before) return false;
        let e = st.expression;
        // qb = qb.andWhere(…)
        if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(e.left) && e.left.text === id.text) e = e.right;
        const own: BuilderLink[] = [];
        let n: ts.Expression = e;
        while (own.length < MAX_QB_LINKS && ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
          own.unshift({ name: n.expression.name.text, call: n, optional });
          n = n.expression.expression;
        }
        if (ts.isIdentifier(n) && n.text === id.text && own.length > 0 && declared && added.length < MAX_QB_LINKS) added.push(...own);
      } else if (ts.isIfStatement(st)) {
        if (!walk(blockOf(st.thenStatement), true)) return false;
        if (st.elseStatement && !walk(blockOf(st.elseStatement), true)) return false;
      } else if (ts.isBlock(st)) {
        if (!walk(st.statements, optional)) return false;
      } else if (ts.isTryStatement(st)) {
        if (!walk(st.tryBlock.statements, optional)) return false;
      } else if (ts.isForOfStatement(st) || ts.isForStatement(st) || ts.isForInStatement(st) || ts.isWhileStatement(st)) {
        if (!walk(blockOf(st.statement), true)) return false;
      } else if (!before) return false;
    }
    return true;
  };
  walk(body.statements, false);
  if (!declared) return undefined;
  return { root: declared.root, links: [...declared.links, ...added, ...links] };
}

/** A query run by a TypeORM query builder, read at its terminal call (`.getMany()`), or undefined. */
export function queryFromQueryBuilder(call: ts.CallExpression, file: ts.SourceFile): QueryFact | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const terminal = call.expression.name.text;
  const terminalOp = QB_TERMINALS[terminal];
  if (terminalOp === undefined || !file.text.includes('createQueryBuilder')) return undefined;
  const chain = builderChain(call, file);
  if (!chain) return undefined;
  const { root, links } = chain;
  // The entity: createQueryBuilder(User, 'u'), a link `.from(User, 'u')` / `.update(User)` /
  // `.insert().into(User)` / `.delete().from(User)`, or the repository the builder is made from.
  // A lone string is a repository builder's alias (`createQueryBuilder('u')`), not an entity.
  const first = root.arguments[0];
  let model = first !== undefined && (root.arguments.length >= 2 || !ts.isStringLiteralLike(first)) ? builderEntity(first) : undefined;
  for (const l of links) if (model === undefined && (l.name === 'from' || l.name === 'into' || l.name === 'update')) model = builderEntity(l.call.arguments[0]);
  const receiver = (root.expression as ts.PropertyAccessExpression).expression;
  const handle = model === undefined ? repositoryHandle(receiver) : undefined;
  if (model === undefined) model = repositoryModel(receiver) ?? (handle !== undefined ? '' : undefined);
  if (model === undefined) return undefined;

  let operation: Operation = terminalOp;
  const params = new Map<string, ValueOrigin>();
  for (const l of links) {
    if ((l.name === 'where' || l.name === 'andWhere' || l.name === 'orWhere') && l.call.arguments[1]) readBuilderParams(l.call.arguments[1], file, params);
    else if (l.name === 'setParameters') readBuilderParams(l.call.arguments[0], file, params);
    else if (l.name === 'setParameter' && l.call.arguments[0] && ts.isStringLiteralLike(l.call.arguments[0]) && l.call.arguments[1]) params.set(l.call.arguments[0].text, valueOrigin(l.call.arguments[1], file));
    else if (l.name === 'delete' || l.name === 'softDelete') operation = 'delete';
    else if (l.name === 'update') operation = 'update';
    else if (l.name === 'insert') operation = 'create';
  }
  // An orWhere makes every condition of the chain one alternative: where(a).andWhere(b).orWhere(c) is (a AND b) OR c.
  const anyOr = links.some((l) => l.name === 'orWhere');
  const conditions: Conditions = { list: [], olderThan: false };
  let where = false;
  let limited = false;
  const selects: ts.CallExpression[] = [];
  const relations: NonNullable<QueryFact['relations']> = [];
  let set: ts.Expression | undefined;
  for (const l of links) {
    const [a] = l.call.arguments;
    if (/^(where|andWhere|orWhere|whereInIds)$/.test(l.name)) {
      where = true;
      if (l.name === 'whereInIds') conditions.list.push({ field: 'id', origin: a ? valueOrigin(a, file) : 'constant', ...(anyOr || l.optional ? { alternative: true as const } : {}) });
      else readBuilderCondition(a, params, file, anyOr || l.optional, conditions);
    } else if ((l.name === 'take' || l.name === 'limit') && !(a && ts.isNumericLiteral(a) && Number(a.text) === 0) && !l.optional) limited = true;
    else if (l.name === 'select' || l.name === 'addSelect') selects.push(l.call);
    else if (/^(left|inner)JoinAndSelect$/.test(l.name) && a && ts.isStringLiteralLike(a) && relations.length < MAX_RELATIONS) {
      // The join selects the relation's whole row, unless a later `.select(…)` replaces every
      // selection: then which of its fields are returned is not read (no columns).
      const name = a.text.split('.').pop() as string;
      if (/^[A-Za-z_$][\w$]*$/.test(name)) relations.push({ name, at: positionOf(l.call, file), columns: ['*'] });
    } else if (l.name === 'set') set = a;
    if (l.name === 'select') for (const r of relations) delete r.columns;
  }
  // The fields returned: none selected, the whole row; `.select('u')` (an alias), the whole row;
  // `.select(['u.id', 'u.phone'])` and `.addSelect('u.phone')` their last names; an expression
  // (`COUNT(u.id)`, a function, a variable), unknown.
  let columns: string[] | undefined = ['*'];
  for (const s of selects) {
    const first = s.arguments[0];
    const args = first && ts.isArrayLiteralExpression(first) ? first.elements : s.arguments.slice(0, 1);
    const names = args.map((x) => (ts.isStringLiteralLike(x) && /^[\w$.]+$/.test(x.text) ? x.text : undefined));
    const adds = (s.expression as ts.PropertyAccessExpression).name.text === 'addSelect';
    if (names.length === 0) {
      if (!adds) columns = ['*'];
      continue;
    }
    if (names.some((n) => n === undefined)) {
      columns = undefined;
      continue;
    }
    const read = (names as string[]).map((n) => (n.includes('.') ? (n.split('.').pop() as string) : '*'));
    if (read.includes('*')) columns = adds && columns === undefined ? undefined : ['*'];
    else if (!adds) columns = read;
    else if (columns !== undefined && !columns.includes('*')) columns = [...columns, ...read];
  }
  const q = withColumns(fact('typeorm', model, operation, conditions, where, limited, call, file, operation === 'update' && blanksFields(set)), columns);
  const withRelations = relations.length > 0 && (operation === 'find-many' || operation === 'find-one') ? { ...q, relations } : q;
  return handle !== undefined ? { ...withRelations, handle } : withRelations;
}
