// SQL text held in a module-level `const` (`const BY_PHONE = 'SELECT … WHERE phone = $1'` at the top
// of a file) is run in the functions that hand it to a raw-SQL call (`pool.query(BY_PHONE,
// [req.query.phone])` in a route handler). Written at module level, the statement belongs to no
// function a route reaches; read where it is run, each call is a read of its own, in the function
// it is in, binding the values that call gives (one call or several: each binds its own).
import { ts } from './typescript-parser.js';
import { boundValues, TEMPLATE_PARAM, useOfExpression, type SqlUse } from './find-sql-text.js';
import type { SqlTextFact } from './code-facts.js';

/** How many nodes of the file are looked at for the calls running a module-level SQL constant, and how many calls are kept. */
const MAX_NODES = 20_000;
const MAX_RUNS = 16;

/** A call that runs a module-level SQL constant, with the statements as that call binds them. */
export interface ModuleSqlRun {
  call: ts.CallExpression;
  statements: SqlTextFact[];
}

/**
 * The raw-SQL calls in the file that run the module-level `const` whose initializer is `node`, each
 * with `statements` bound by it (the values of a template's `${…}` kept), or undefined where `node`
 * is not such a constant, a call running it is outside every function, none runs it, or the walk
 * is cut short (too many nodes or calls): then the text stays where it is written.
 */
export function moduleSqlRuns(node: ts.Node, file: ts.SourceFile, statements: readonly SqlTextFact[]): ModuleSqlRun[] | undefined {
  if (statements.some((s) => s.source === 'mapper')) return undefined;
  const decl = node.parent;
  if (!decl || !ts.isVariableDeclaration(decl) || decl.initializer !== node || !ts.isIdentifier(decl.name)) return undefined;
  const list = decl.parent;
  if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return undefined;
  const statement = list.parent;
  if (!statement || !ts.isVariableStatement(statement) || !ts.isSourceFile(statement.parent)) return undefined;
  const name = decl.name.text;
  const uses: SqlUse[] = [];
  let seen = 0;
  let cut = false;
  // As find-sql-text.ts's walk for a `const`: the nodes after this one have no parent yet (the
  // file's walk sets them as it goes), so this walk sets them, to the same parents.
  const visit = (n: ts.Node, parent: ts.Node): void => {
    if (cut) return;
    if (++seen > MAX_NODES || uses.length > MAX_RUNS) {
      cut = true;
      return;
    }
    (n as { parent: ts.Node }).parent = parent;
    if (ts.isIdentifier(n) && n.text === name && n !== decl.name) {
      const use = useOfExpression(n);
      if (use) uses.push(use);
    }
    ts.forEachChild(n, (child) => visit(child, n));
  };
  ts.forEachChild(file, (child) => visit(child, file));
  if (cut || uses.length === 0) return undefined;
  const inFunction = (call: ts.Node): boolean => {
    for (let p = call.parent; p; p = p.parent) if (ts.isFunctionLike(p)) return true;
    return false;
  };
  if (!uses.every((u) => inFunction(u.call))) return undefined;
  return uses.map((use) => ({
    call: use.call,
    statements: statements.map((st) => {
      const bindings = boundValues(use, file);
      for (const [key, origin] of Object.entries(st.bindings.named)) if (key.startsWith(TEMPLATE_PARAM)) bindings.named[key] = origin;
      const { check: _check, answeredBy: _answered, ...rest } = st;
      return { ...rest, bindings };
    }),
  }));
}
