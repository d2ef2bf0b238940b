// A password written in code need not be named as one: an initial or reset password is often a
// module constant (`const RESET_PASSWORD = 'Hy123456'`, `const INIT_PWD = …`) that the code gives
// to every account it creates or resets — stored as the account's password, usually hashed first:
//
//   insert('staff', { ...row, password: hash(RESET_PASSWORD, salt) })
//   user.passwordHash = await bcrypt.hash(DEFAULT_PWD, 10)
//   password: createHash('md5').update(INIT + salt).digest('hex')
//
// Whatever the constant is called, that use makes its literal a password in code. The scan notes
// each module constant given to an account's password field (directly, or as the value a hash or
// encryption call receives first), and reports the constant once, where it is written.
import { ts } from './typescript-parser.js';
import { positionOf } from './ast-values.js';
import { plausiblePasswordLiteral } from './extract-credentials.js';
import type { CredentialFact } from './code-facts.js';

/** Words a field storing an account's password is named with (`password`, `passwordHash`, `login_pwd`, `hashedPassword`). */
const PASSWORD_WORD = new Set(['password', 'passwd', 'pwd', 'pass']);
const FIELD_WORD = new Set(['hash', 'hashed', 'digest', 'encrypted', 'enc', 'user', 'login', 'account', 'initial', 'init', 'default', 'new', 'admin']);
/** Words of a constant's name that make it something else given with a password. */
const NOT_THE_PASSWORD = new Set(['key', 'secret', 'pepper', 'salt', 'iv', 'token', 'algorithm', 'alg', 'encoding', 'prefix', 'suffix', 'rounds', 'cost']);
/** How many calls and concatenations deep a password value is followed. */
const MAX_DEPTH = 4;

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

/** Whether a property or member of that name stores an account's password. */
function storesPassword(name: string): boolean {
  const w = words(name);
  return w.some((x) => PASSWORD_WORD.has(x)) && w.every((x) => PASSWORD_WORD.has(x) || FIELD_WORD.has(x));
}

/** The name a password value starts from: `C`, `hash(C, salt)`, `C + salt`, `createHash('md5').update(C + salt).digest('hex')`. */
function sourceName(node: ts.Expression, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  let e = node;
  while (ts.isParenthesizedExpression(e) || ts.isAwaitExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return sourceName(e.left, depth + 1);
  if (ts.isTemplateExpression(e) && e.head.text === '' && e.templateSpans[0]) return sourceName(e.templateSpans[0].expression, depth + 1);
  if (ts.isCallExpression(e)) {
    const first = e.arguments[0];
    const fromArgument = first !== undefined && !ts.isStringLiteralLike(first) ? sourceName(first, depth + 1) : undefined;
    if (fromArgument !== undefined) return fromArgument;
    // A chain's earlier link: `.digest('hex')` of `.update(C + salt)`.
    if (ts.isPropertyAccessExpression(e.expression) && ts.isCallExpression(e.expression.expression)) return sourceName(e.expression.expression, depth + 1);
  }
  return undefined;
}

/** The constant a password field is given (`password: hash(RESET_PASSWORD, salt)` → RESET_PASSWORD), if the value starts from a name. */
export function passwordSourceName(field: string, value: ts.Expression): string | undefined {
  if (!storesPassword(field) || ts.isStringLiteralLike(value)) return undefined;
  return sourceName(value, 0);
}

/**
 * The module constants (`const NAME = '…'` at the top of the file) among `names`, as passwords in
 * code, each once where it is written; those already reported by their own name are left out.
 */
export function passwordConstants(file: ts.SourceFile, names: ReadonlySet<string>, reported: readonly CredentialFact[]): CredentialFact[] {
  const out: CredentialFact[] = [];
  if (names.size === 0) return out;
  for (const st of file.statements) {
    if (!ts.isVariableStatement(st) || (st.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !names.has(d.name.text) || !d.initializer || !ts.isStringLiteralLike(d.initializer)) continue;
      // A key, salt or pepper hashed with the password is not it (`hmac(PEPPER, pw)`).
      if (!plausiblePasswordLiteral(d.initializer.text) || words(d.name.text).some((w) => NOT_THE_PASSWORD.has(w))) continue;
      const at = positionOf(d, file);
      if (reported.some((c) => c.kind === 'hard-coded-password' && c.at.line === at.line && c.at.column === at.column)) continue;
      out.push({ kind: 'hard-coded-password', name: d.name.text, literal: d.initializer.text, at });
    }
  }
  return out;
}
