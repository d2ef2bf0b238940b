// Credential handling in code: how passwords are hashed (algorithm, salt, cost, iterations),
// password literals, JWT lifetimes and session-cookie flags.
import { nameTable } from './name-table.js';
import { ts } from './typescript-parser.js';
import { calleeName, dottedName, importedFrom, positionOf, propertyName } from './ast-values.js';
import type { CredentialFact } from './code-facts.js';

const PASSWORDISH = /pass(word|wd)?|pwd|secret|credential|口令|密码/i;
const PASSWORD_NAME = /^(?:.*_)?(pass|passwd|password|pwd|defaultPassword|adminPassword|initialPassword|rootPassword)$|Password$|^PASSWORD$|_PASSWORD$/i;
// Words of a name that make it something about a password rather than one (passwordHash,
// PASSWORD_MIN_LENGTH, passwordField), matched at the start of each word of the name: matched
// anywhere, `min` made DEFAULT_ADMIN_PASSWORD and adminPassword "about" a password.
const NOT_A_PASSWORD = /^(hash|field|label|placeholder|pattern|regex|message|msg|min|max|length|policy|column|key|name|url|path|route|hint|error|confirm|type|reset|expir|salt|rounds)/;

/** The words of a name, lower case: `DEFAULT_ADMIN_` → default, admin; `maxLength` → max, length. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}
const HASH_ALGORITHMS: Record<string, string> = nameTable({ md5: 'md5', sha1: 'sha1', 'sha-1': 'sha1', sha256: 'sha256', 'sha-256': 'sha256', sha512: 'sha512', 'sha-512': 'sha512', sm3: 'sm3' });

/** Seconds in a jsonwebtoken/ms duration: 3600, '2h', '7d', '1y'; undefined when unreadable. */
export function durationSeconds(value: ts.Expression | undefined): number | undefined {
  if (!value) return undefined;
  if (ts.isNumericLiteral(value)) return Number(value.text);
  if (ts.isBinaryExpression(value) && value.operatorToken.kind === ts.SyntaxKind.AsteriskToken) {
    const a = durationSeconds(value.left);
    const b = durationSeconds(value.right);
    return a !== undefined && b !== undefined ? a * b : undefined;
  }
  if (!ts.isStringLiteralLike(value)) return undefined;
  return durationText(value.text);
}

/**
 * Seconds in a lifetime held by a constant: the constants table keeps text, and a bare number is
 * far more often `const TTL = 3600` (seconds to jsonwebtoken) than the string '3600' (milliseconds).
 */
export function constantDuration(text: string): number | undefined {
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : durationText(text);
}

/** Seconds in a duration written as text ('2h', '30d'; a bare number is milliseconds, as the ms package reads it). */
export function durationText(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|y|yrs?|years?)?\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'ms').toLowerCase();
  // jsonwebtoken reads a bare numeric string as milliseconds (the ms package).
  const factor = unit === 'ms' ? 0.001 : unit.startsWith('s') ? 1 : unit.startsWith('m') ? 60 : unit.startsWith('h') ? 3600 : unit.startsWith('d') ? 86400 : unit.startsWith('w') ? 604800 : 31557600;
  return n * factor;
}

function objectProperty(obj: ts.Expression | undefined, name: string): ts.Expression | undefined {
  if (!obj || !ts.isObjectLiteralExpression(obj)) return undefined;
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && propertyName(p.name) === name) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
  }
  return undefined;
}

/**
 * The roles a signed token's payload names literally: `role: 'renter'`, `roles: ['client']` (the
 * claim a role check reads back from the verified token); undefined when the payload names none or
 * gives one by an expression (`role: staff.role`), which this scan cannot read.
 */
function signedRoles(payload: ts.Expression | undefined): string[] | undefined {
  const role = objectProperty(payload, 'role');
  if (role !== undefined) return ts.isStringLiteralLike(role) && role.text.length > 0 ? [role.text] : undefined;
  const roles = objectProperty(payload, 'roles');
  if (roles === undefined || !ts.isArrayLiteralExpression(roles) || roles.elements.length === 0) return undefined;
  const names: string[] = [];
  for (const e of roles.elements) {
    if (!ts.isStringLiteralLike(e) || e.text.length === 0) return undefined;
    names.push(e.text);
  }
  return names;
}

function booleanOf(node: ts.Expression | undefined): boolean | undefined {
  if (!node) return undefined;
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined; // an expression (e.g. isProduction): not stated
}

function enclosingFunctionName(node: ts.Node, file: ts.SourceFile): string {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name) return n.name.getText(file);
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent)) return n.parent.name.getText(file);
  }
  return '';
}

/** `createHash('md5').update(password)`: the hash call chain and what it hashes. */
function hashChain(call: ts.CallExpression, file: ts.SourceFile, algorithm: string): CredentialFact | undefined {
  // Walk up the chain: createHash(…).update(x).update(y).digest(…)
  let node: ts.Node = call;
  const hashed: string[] = [];
  while (node.parent && ts.isPropertyAccessExpression(node.parent) && node.parent.parent && ts.isCallExpression(node.parent.parent)) {
    const next = node.parent.parent;
    if (node.parent.name.text === 'update') hashed.push(...next.arguments.map((a) => a.getText(file)));
    node = next;
  }
  const context = `${hashed.join(' ')} ${enclosingFunctionName(call, file)}`;
  if (!PASSWORDISH.test(context)) return undefined;
  return { kind: 'password-hash', algorithm, salted: /salt/i.test(hashed.join(' ')) || hashed.length > 1, at: positionOf(call, file) };
}

const SESSION_COOKIE_NAME = /sess|sid|token|auth|jwt|login/i;
/** Names of values that are tokens or session ids (token, accessToken, refresh_token, jwt, sessionId, sid). */
const TOKEN_VALUE = /token|jwt|sess(ion)?_?id|^sid$|session/i;
/** Calls that make a token or a session id: jwt.sign, jwtService.signAsync, randomBytes, randomUUID, uuid(), nanoid(). */
const TOKEN_CALL = /^(sign|signAsync|randomBytes|randomUUID|uuid|uuidv4|v4|nanoid|generateToken|createToken|issueToken|signToken)$/;

/**
 * Whether a cookie's value is a token or a session id: a name saying so (`token`,
 * `tokens.refresh`), a call making one (`jwt.sign(…)`), or a local constant bound to such a call
 * in the function or module around the cookie call.
 */
function carriesToken(value: ts.Expression | undefined, at: ts.Node, depth = 0): boolean {
  if (!value || depth > 2) return false;
  while (ts.isParenthesizedExpression(value) || ts.isAsExpression(value) || ts.isNonNullExpression(value)) value = value.expression;
  if (ts.isCallExpression(value)) {
    const callee = calleeName(value);
    if (callee !== undefined && TOKEN_CALL.test(callee)) return true;
    // token.toString('hex'), randomBytes(32).toString('hex')
    return ts.isPropertyAccessExpression(value.expression) && carriesToken(value.expression.expression, at, depth + 1);
  }
  if (ts.isAwaitExpression(value)) return carriesToken(value.expression, at, depth + 1);
  const ref = dottedName(value);
  if (ref === undefined) return false;
  if (TOKEN_VALUE.test(ref.split('.').pop() ?? ref)) return true;
  if (!ts.isIdentifier(value)) return false;
  // const t = jwt.sign(…) in a block around the cookie call.
  for (let n: ts.Node | undefined = at.parent; n; n = n.parent) {
    const statements = ts.isBlock(n) || ts.isSourceFile(n) ? n.statements : undefined;
    if (!statements) continue;
    for (const st of statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.name.text === value.text && d.initializer) return carriesToken(d.initializer, at, depth + 1);
      }
    }
  }
  return false;
}

/** The callee names the forms below are called by (one without a plain name is read in full). */
export const CREDENTIAL_CALLS: ReadonlySet<string> = new Set(['createHash', 'md5', 'sha1', 'MD5', 'SHA1', 'sha256', 'SHA256', 'hash', 'hashSync', 'genSalt', 'genSaltSync', 'pbkdf2', 'pbkdf2Sync', 'argon2id', 'scrypt', 'scryptSync', 'sign', 'register', 'registerAsync', 'cookie', 'setCookie', 'jwtSign', 'set', 'session', 'cookieSession', 'expressSession']);

export function credentialFromCall(call: ts.CallExpression, file: ts.SourceFile, constants: Record<string, string>): CredentialFact | undefined {
  const name = calleeName(call);
  if (name !== undefined && !CREDENTIAL_CALLS.has(name)) return undefined;
  const full = dottedName(call.expression) ?? '';
  const args = call.arguments;
  const numberArg = (a: ts.Expression | undefined): number | undefined => {
    if (!a) return undefined;
    if (ts.isNumericLiteral(a)) return Number(a.text);
    const ref = dottedName(a);
    const c = ref !== undefined ? constants[ref] : undefined;
    return c !== undefined && /^\d+$/.test(c) ? Number(c) : undefined;
  };
  if (name === 'createHash' && args[0] && ts.isStringLiteralLike(args[0])) {
    const algorithm = HASH_ALGORITHMS[args[0].text.toLowerCase()];
    return algorithm ? hashChain(call, file, algorithm) : undefined;
  }
  // md5(password), sha1(pw), CryptoJS.MD5(password), CryptoJS.SHA1(…)
  if (name && /^(md5|sha1|MD5|SHA1|sha256|SHA256)$/.test(name) && args[0] && PASSWORDISH.test(`${args[0].getText(file)} ${enclosingFunctionName(call, file)}`)) {
    const algorithm = HASH_ALGORITHMS[name.toLowerCase()] ?? 'unknown';
    return { kind: 'password-hash', algorithm, salted: /salt/i.test(args[0].getText(file)), at: positionOf(call, file) };
  }
  if (/^(bcrypt|bcryptjs|bcryptjs?\.default)\.(hash|hashSync|genSalt|genSaltSync)$/.test(full) || ((name === 'hash' || name === 'hashSync') && /bcrypt/i.test(full)) || name === 'genSalt' || name === 'genSaltSync') {
    const costArg = name?.startsWith('genSalt') ? args[0] : args[1];
    if (!name?.startsWith('genSalt') && costArg && !ts.isNumericLiteral(costArg) && !dottedName(costArg)) return undefined; // hash(pw, salt): the salt call reports the cost
    if (!name?.startsWith('genSalt') && costArg && dottedName(costArg) && numberArg(costArg) === undefined && /salt/i.test(costArg.getText(file))) return undefined;
    const cost = costArg === undefined ? 10 : numberArg(costArg);
    return { kind: 'password-hash', algorithm: 'bcrypt', salted: true, ...(cost !== undefined ? { cost } : {}), at: positionOf(call, file) };
  }
  if (name === 'pbkdf2' || name === 'pbkdf2Sync') {
    const iterations = numberArg(args[2]);
    const digest = args[4] && ts.isStringLiteralLike(args[4]) ? args[4].text.toLowerCase().replace('-', '') : 'sha1';
    const algorithm = digest === 'sha512' ? 'pbkdf2-sha512' : digest === 'sha256' ? 'pbkdf2-sha256' : 'pbkdf2-sha1';
    return { kind: 'password-hash', algorithm, salted: true, ...(iterations !== undefined ? { iterations } : {}), at: positionOf(call, file) };
  }
  if ((name === 'hash' && /argon2/i.test(full)) || name === 'argon2id') {
    const type = args[1] ? objectProperty(args[1], 'type')?.getText(file) ?? '' : '';
    return { kind: 'password-hash', algorithm: /argon2i\b/.test(type) ? 'argon2i' : 'argon2id', salted: true, at: positionOf(call, file) };
  }
  if ((name === 'scrypt' || name === 'scryptSync') && args[0] && PASSWORDISH.test(args[0].getText(file))) {
    return { kind: 'password-hash', algorithm: 'scrypt', salted: true, at: positionOf(call, file) };
  }
  // jsonwebtoken: jwt.sign(payload, secret, { expiresIn }); a payload with `exp` has an expiry.
  if (name === 'sign' && /^(jwt|jsonwebtoken|jwtService|this\.jwtService|this\.jwt|JWT)\b|^sign$/.test(full) && args.length >= 1) {
    if (full === 'sign' && args.length < 2) return undefined;
    const options = args[2] ?? (/jwtService|this\.jwt/.test(full) ? args[1] : undefined);
    const expiresIn = objectProperty(options, 'expiresIn');
    const exp = objectProperty(args[0], 'exp');
    const seconds = expiresIn ? durationSeconds(expiresIn) : undefined;
    if (/jwtService|this\.jwt/.test(full) && !expiresIn) return undefined; // the module's signOptions decide (JwtModule.register)
    // An expiry given by an expression has a lifetime this scan cannot read: left unstated.
    // A lifetime named by a constant: this file's, or another file's, resolved at linking.
    const ref = expiresIn && seconds === undefined ? dottedName(expiresIn) : undefined;
    const local = ref !== undefined ? constants[ref] : undefined;
    const lifetime = seconds ?? (local !== undefined ? constantDuration(local) : undefined) ?? (expiresIn || exp ? undefined : 'none');
    const roles = signedRoles(args[0]);
    return { kind: 'jwt', ...(lifetime !== undefined ? { expiresInSeconds: lifetime } : ref !== undefined && local === undefined ? { expiresRef: ref } : {}), ...(roles ? { signedRoles: roles } : {}), at: positionOf(call, file) };
  }
  // @fastify/jwt: app.register(fastifyJwt, { secret, sign: { expiresIn } }) sets the lifetime of
  // every token the instance signs; app.jwt.sign(payload, { expiresIn }) and
  // reply.jwtSign(payload, { expiresIn }) set one call's. A call without expiresIn, or a register()
  // without sign.expiresIn, states nothing: the other place may set it.
  const fastifyJwtRegister = name === 'register' && args[0] !== undefined && ts.isIdentifier(args[0]) && /^(@fastify\/jwt|fastify-jwt)$/.test(importedFrom(file, args[0].text) ?? '');
  if (fastifyJwtRegister || (name === 'sign' && /\.jwt\.sign$/.test(full)) || (name === 'jwtSign' && args.length >= 1)) {
    const expiresIn = objectProperty(fastifyJwtRegister ? objectProperty(args[1], 'sign') : args[1], 'expiresIn');
    if (!expiresIn) return undefined;
    const seconds = durationSeconds(expiresIn);
    const ref = seconds === undefined ? dottedName(expiresIn) : undefined;
    const local = ref !== undefined ? constants[ref] : undefined;
    const lifetime = seconds ?? (local !== undefined ? constantDuration(local) : undefined);
    const roles = fastifyJwtRegister ? undefined : signedRoles(args[0]);
    return { kind: 'jwt', ...(lifetime !== undefined ? { expiresInSeconds: lifetime } : ref !== undefined && local === undefined ? { expiresRef: ref } : {}), ...(fastifyJwtRegister ? { name: '@fastify/jwt' } : {}), ...(roles ? { signedRoles: roles } : {}), at: positionOf(call, file) };
  }
  // NestJS JwtModule.register({ signOptions: { expiresIn } }).
  if ((name === 'register' || name === 'registerAsync') && /JwtModule/.test(full)) {
    const signOptions = objectProperty(args[0], 'signOptions');
    const expiresIn = objectProperty(signOptions, 'expiresIn');
    if (name === 'registerAsync') return undefined;
    const lifetime = expiresIn ? durationSeconds(expiresIn) : 'none';
    return { kind: 'jwt', ...(lifetime !== undefined ? { expiresInSeconds: lifetime } : {}), name: 'JwtModule', at: positionOf(call, file) };
  }
  // Express res.cookie(name, value, options): httpOnly and secure default to false. A cookie is
  // a session cookie by what it carries (a token or session id), whatever it is called.
  if (name === 'cookie' && args[0] && ts.isStringLiteralLike(args[0]) && (SESSION_COOKIE_NAME.test(args[0].text) || carriesToken(args[1], call))) {
    return { kind: 'session-cookie', name: args[0].text, httpOnly: booleanOf(objectProperty(args[2], 'httpOnly')) ?? false, secure: booleanOf(objectProperty(args[2], 'secure')) ?? false, at: positionOf(call, file) };
  }
  // Fastify reply.setCookie(name, value, options) (@fastify/cookie): httpOnly and secure default to false.
  if (name === 'setCookie' && args[0] && ts.isStringLiteralLike(args[0]) && (SESSION_COOKIE_NAME.test(args[0].text) || carriesToken(args[1], call))) {
    return { kind: 'session-cookie', name: args[0].text, httpOnly: booleanOf(objectProperty(args[2], 'httpOnly')) ?? false, secure: booleanOf(objectProperty(args[2], 'secure')) ?? false, at: positionOf(call, file) };
  }
  // Koa ctx.cookies.set(name, value, options): httpOnly defaults to true, secure to false.
  if (name === 'set' && /cookies\.set$/.test(full) && args[0] && ts.isStringLiteralLike(args[0]) && (SESSION_COOKIE_NAME.test(args[0].text) || carriesToken(args[1], call))) {
    return { kind: 'session-cookie', name: args[0].text, httpOnly: booleanOf(objectProperty(args[2], 'httpOnly')) ?? true, secure: booleanOf(objectProperty(args[2], 'secure')) ?? false, at: positionOf(call, file) };
  }
  // express-session / cookie-session middleware: httpOnly defaults to true, secure to false.
  if ((name === 'session' || name === 'cookieSession' || name === 'expressSession') && args[0] && ts.isObjectLiteralExpression(args[0])) {
    const cookie = name === 'cookieSession' ? args[0] : objectProperty(args[0], 'cookie');
    return { kind: 'session-cookie', name, httpOnly: booleanOf(objectProperty(cookie, 'httpOnly')) ?? true, secure: booleanOf(objectProperty(cookie, 'secure')) ?? false, at: positionOf(call, file) };
  }
  return undefined;
}

/** `password: 'admin123'`, `const DEFAULT_PASSWORD = '123456'`, `user.password = 'x'`. */
export function passwordLiteral(name: string, value: ts.Expression, file: ts.SourceFile, at: ts.Node): CredentialFact | undefined {
  if (!PASSWORD_NAME.test(name) || nameWords(name.replace(/password$/i, '').replace(/^password/i, '')).some((w) => NOT_A_PASSWORD.test(w))) return undefined;
  if (!ts.isStringLiteralLike(value)) return undefined;
  const literal = value.text;
  if (!plausiblePasswordLiteral(literal)) return undefined;
  return { kind: 'hard-coded-password', name, literal, at: positionOf(at, file) };
}

/** Whether a literal may be a password: not empty, not a hash, not a template, placeholder or mask. */
export function plausiblePasswordLiteral(literal: string): boolean {
  return !(literal.length === 0 || literal.length > 128 || /^\$2[aby]?\$|^\$argon2|^[a-f0-9]{32,}$/i.test(literal) || /\s{2,}|\{\{|<|%s|^\*+$/.test(literal));
}
