// The value a local constant is declared with, read without a type checker: a query's filter is
// often built first and passed by name (`const where = { phone }; return Member.findAll({ where })`,
// `const where = isPhone ? { phone: kw } : { name: kw }`). Only a `const` counts, declared once in
// the nearest function declaring the name (or at the top of the module) and before the use: a `let`
// or `var` may be reassigned, and a name declared twice has no single value.
import { ts } from './typescript-parser.js';
import { functionsAround } from './ast-values.js';

/** Whether a binding (a parameter's name, or a destructuring pattern) binds `name`. */
function binds(binding: ts.BindingName, name: string): boolean {
  if (ts.isIdentifier(binding)) return binding.text === name;
  return binding.elements.some((el) => !ts.isOmittedExpression(el) && binds(el.name, name));
}

/**
 * The declarations of `name` in a body (not in nested functions or classes): the `const` ones, or
 * null when the body declares it otherwise (`let`, `var`, destructured, without a value).
 */
function constDeclarations(body: ts.Node, name: string): ts.VariableDeclaration[] | null {
  const out: ts.VariableDeclaration[] = [];
  let other = false;
  const walk = (n: ts.Node): void => {
    if (other || ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isVariableDeclarationList(n)) {
      for (const d of n.declarations) {
        if (!binds(d.name, name)) continue;
        if ((n.flags & ts.NodeFlags.Const) === 0 || !d.initializer || !ts.isIdentifier(d.name)) other = true;
        else out.push(d);
      }
    }
    ts.forEachChild(n, walk);
  };
  ts.forEachChild(body, walk);
  return other ? null : out;
}

const onlyBefore = (decls: ts.VariableDeclaration[] | null, at: number, file: ts.SourceFile): ts.Expression | undefined => {
  const only = decls?.length === 1 ? decls[0] : undefined;
  return only && only.getStart(file) < at ? only.initializer : undefined;
};

/** The initializer of the constant `id` names, or undefined when it is not one local constant declared before the use. */
export function localConstantValue(id: ts.Identifier, file: ts.SourceFile): ts.Expression | undefined {
  const name = id.text;
  const at = id.getStart(file);
  const around = functionsAround(file, at);
  for (let i = around.length - 1; i >= 0; i--) {
    const fn = around[i] as ts.SignatureDeclaration;
    // A parameter of the name binds it here: a value this scan does not know.
    if (fn.parameters.some((p) => binds(p.name, name))) return undefined;
    const body = (fn as ts.FunctionLikeDeclaration).body;
    if (!body) continue;
    const decls = constDeclarations(body, name);
    if (decls !== null && decls.length === 0) continue;
    return onlyBefore(decls, at, file);
  }
  return onlyBefore(constDeclarations(file, name), at, file);
}
