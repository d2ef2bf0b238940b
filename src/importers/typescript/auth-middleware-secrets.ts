// The secret a known authentication middleware checks every caller against, given in its options
// in the code: hono/bearer-auth's `bearerAuth({ token: '…' })` (one token or a list), hono/basic-auth's
// `basicAuth({ username, password: '…' })`, express-basic-auth's `basicAuth({ users: { admin: '…' } })`
// and koa-basic-auth's `auth({ name, pass: '…' })`. Such a value is a credential written in the
// code, as a signing key is (PIPL-CODE-010): whoever has the code passes the check, every client
// shares it, and it changes only with a release. The middleware is known by the module its callee
// is imported (or required) from, whatever its local name; the value is classified as keys are
// (a literal, a module constant, an environment fallback …), and the literal is only rated and masked.
import { ts } from './typescript-parser.js';
import { importedFrom, propertyName } from './ast-values.js';
import type { CredentialFact } from './code-facts.js';
import { keyFact, keyValue, type KeyUse } from './extract-keys.js';

interface AuthMiddleware {
  use: KeyUse;
  /** Options holding the secret itself (a string, or a list of strings). */
  secretOptions: readonly string[];
  /** An option mapping user names to their secrets (`users: { admin: '…' }`). */
  usersOption?: string;
}

const AUTH_MIDDLEWARE: ReadonlyMap<string, AuthMiddleware> = new Map([
  ['hono/bearer-auth', { use: 'access-token', secretOptions: ['token'] }],
  ['hono/basic-auth', { use: 'access-password', secretOptions: ['password'] }],
  ['express-basic-auth', { use: 'access-password', secretOptions: [], usersOption: 'users' }],
  ['koa-basic-auth', { use: 'access-password', secretOptions: ['pass'] }],
]);

/** The authentication middleware a call is, by the module its callee is imported from. */
function middlewareOf(call: ts.CallExpression | ts.NewExpression, file: ts.SourceFile): { module: string; spec: AuthMiddleware } | undefined {
  if (!ts.isIdentifier(call.expression)) return undefined;
  const from = importedFrom(file, call.expression.text);
  const spec = from !== undefined ? AUTH_MIDDLEWARE.get(from) : undefined;
  return spec && from !== undefined ? { module: from, spec } : undefined;
}

/** Whether a property is one an authentication middleware reads its secret from (judged here, not as a password literal). */
export function isAuthMiddlewareSecretOption(prop: ts.PropertyAssignment, file: ts.SourceFile): boolean {
  const options = prop.parent;
  const call = options && ts.isObjectLiteralExpression(options) ? options.parent : undefined;
  if (!call || !(ts.isCallExpression(call) || ts.isNewExpression(call)) || call.arguments?.[0] !== options) return false;
  const spec = middlewareOf(call, file)?.spec;
  return spec !== undefined && spec.secretOptions.includes(propertyName(prop.name) ?? '');
}

/** The secrets an authentication middleware call is given in its options object, as key sites. */
export function authMiddlewareSecrets(call: ts.CallExpression | ts.NewExpression, file: ts.SourceFile, constants: Record<string, string>): CredentialFact[] {
  const options = call.arguments?.[0];
  if (!options || !ts.isObjectLiteralExpression(options)) return [];
  const found = middlewareOf(call, file);
  if (!found) return [];
  const { spec } = found;
  const callee = (call.expression as ts.Identifier).text;
  const out: CredentialFact[] = [];
  for (const p of options.properties) {
    if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
    const option = propertyName(p.name) ?? '';
    const value = ts.isPropertyAssignment(p) ? p.initializer : p.name;
    if (spec.secretOptions.includes(option)) {
      // bearerAuth({ token: ['a', 'b'] }): each token of the list.
      const values = ts.isArrayLiteralExpression(value) ? value.elements.filter((e): e is ts.Expression => !ts.isSpreadElement(e) && !ts.isOmittedExpression(e)) : [value];
      for (const v of values) out.push(keyFact(spec.use, `${callee}({ ${option} })`, keyValue(v, file, constants), v, file));
    } else if (option === spec.usersOption && ts.isObjectLiteralExpression(value)) {
      for (const user of value.properties) {
        if (!ts.isPropertyAssignment(user)) continue;
        const name = propertyName(user.name);
        if (name !== undefined) out.push(keyFact(spec.use, `${callee}({ ${option}: { ${name} } })`, keyValue(user.initializer, file, constants), user.initializer, file));
      }
    }
  }
  return out;
}
