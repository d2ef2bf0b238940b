// Signing and encryption keys in code: the secret given to jwt.sign / jwt.verify, the `secret`
// options of express-jwt, koa-jwt, passport-jwt (`secretOrKey`), @nestjs/jwt, @fastify/jwt and session
// middleware, createHmac keys, and the key and IV of createCipheriv (and CryptoJS.AES). Each is
// classified by where the value comes from: a literal (directly, through a module constant, or
// as the fallback of `process.env.X || '…'`), the environment or configuration, a file, or a
// value this scan cannot trace. The literal itself is handed to the linking step only to be
// rated and masked; it is never reported.
import { ts } from './typescript-parser.js';
import { calleeName, dottedName, importedFrom, positionOf, propertyName } from './ast-values.js';
import type { CipherMode, CodePosition, CredentialFact } from './code-facts.js';
import { EGG_CONFIG_REF, eggConfigPath } from './egg-config.js';

export type KeyUse = 'jwt-signing' | 'jwt-verification' | 'session-signing' | 'hmac' | 'cipher-key' | 'cipher-iv' | 'access-token' | 'access-password';
export type KeySource = 'literal' | 'fallback-literal' | 'environment' | 'file' | 'random' | 'unknown';

const SECRET_OPTIONS = new Set(['secret', 'secretOrKey', 'secretOrPrivateKey', 'privateKey', 'signingKey', 'jwtSecret', 'keys']);
const ENVIRONMENT = /\bprocess\.env\b|\bconfig(Service)?\b|\bgetConfig\b|\benv\b|\bsettings\b|\bimport\.meta\.env\b|\bsecrets?Manager\b|\bvault\b|\bkms\b/i;
const FILE_READ = /\breadFileSync\b|\breadFile\b/;

interface KeyValue {
  source: KeySource;
  literal?: string;
  /** The literal's encoding when given to Buffer.from (hex, base64): its byte length differs. */
  encoding?: string;
  /** The name the value is bound to (a constant), when it is one. */
  boundTo?: string;
  /** A name this file does not define: a constant of another file, resolved when the code base is linked. */
  ref?: string;
  /** An all-zero buffer (Buffer.alloc(16)): a fixed value unless the file writes into it. */
  zeroFilled?: boolean;
  /** Where the literal is written (the string itself, or the constant's initializer in this file). */
  at?: CodePosition;
}

/** Where a key expression's value comes from. */
export function keyValue(node: ts.Expression | undefined, file: ts.SourceFile, constants: Record<string, string>, depth = 0): KeyValue {
  if (!node || depth > 4) return { source: 'unknown' };
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node)) return keyValue(node.expression, file, constants, depth + 1);
  if (ts.isStringLiteralLike(node)) return { source: 'literal', literal: node.text, at: positionOf(node, file) };
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) {
    const fallback = keyValue(node.right, file, constants, depth + 1);
    // An empty fallback is no key (jsonwebtoken refuses one): the left side decides.
    if (fallback.literal !== undefined && fallback.literal !== '') return { ...fallback, source: 'fallback-literal' };
    return keyValue(node.left, file, constants, depth + 1);
  }
  if (ts.isConditionalExpression(node)) {
    // isProduction ? process.env.KEY : 'dev-key': the literal is used in some environment.
    for (const branch of [node.whenTrue, node.whenFalse]) {
      const v = keyValue(branch, file, constants, depth + 1);
      if (v.literal !== undefined) return { ...v, source: 'fallback-literal' };
    }
    return keyValue(node.whenTrue, file, constants, depth + 1);
  }
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const name = calleeName(node) ?? '';
    const full = dottedName(node.expression) ?? '';
    const [a, b] = node.arguments ?? [];
    // Buffer.from('…', 'hex'), new TextEncoder().encode('…'), scryptSync('passphrase', 'salt', 32).
    if ((name === 'from' && /Buffer/.test(full)) || name === 'encode' || name === 'parse' || name === 'scryptSync' || name === 'pbkdf2Sync' || name === 'createSecretKey') {
      const inner = keyValue(a, file, constants, depth + 1);
      const encoding = name === 'from' && b && ts.isStringLiteralLike(b) ? b.text.toLowerCase() : /Hex\.parse/.test(full) ? 'hex' : /Base64\.parse/.test(full) ? 'base64' : undefined;
      return { ...inner, ...(encoding && name !== 'scryptSync' && name !== 'pbkdf2Sync' ? { encoding } : {}) };
    }
    // Buffer.alloc(16), Buffer.alloc(12, 0), new Uint8Array(16): an all-zero buffer, the same
    // bytes on every call - a fixed value as much as a written literal (a common mistake for an
    // IV). Taken as the zero bytes written in hex, so its length is rated like a literal's.
    const zeros = zeroBuffer(node, name, full);
    if (zeros !== undefined) return { source: 'literal', literal: '00'.repeat(zeros), encoding: 'hex', zeroFilled: true, at: positionOf(node, file) };
    // crypto.randomBytes(12), randomFillSync, getRandomValues, CryptoJS.lib.WordArray.random(16):
    // a fresh value on every call (an IV or nonce generated per encryption).
    if (/^(randomBytes|randomFillSync|getRandomValues|randomUUID)$/.test(name) || /WordArray\.random$/.test(full)) return { source: 'random' };
    if (FILE_READ.test(full)) return { source: 'file' };
    if (ENVIRONMENT.test(node.getText(file))) return { source: 'environment' };
    return { source: 'unknown' };
  }
  const ref = dottedName(node);
  if (ref !== undefined) {
    const constant = constants[ref];
    if (constant !== undefined) {
      const written = ts.isIdentifier(node) ? topLevelInitializer(file, ref) : undefined;
      return { source: 'literal', literal: constant, boundTo: ref, ...(written ? { at: positionOf(written, file) } : {}) };
    }
    // Egg: `app.config.jwt.secret` reads config/config.default, which the linker looks into (egg-config.ts).
    const eggPath = eggConfigPath(ref, file);
    if (eggPath !== undefined) return { source: 'environment', ref: `${EGG_CONFIG_REF}${eggPath}` };
    if (ENVIRONMENT.test(ref)) return { source: 'environment' };
    // const SECRET = process.env.JWT_SECRET ?? '' at the top of this file.
    const declared = ts.isIdentifier(node) ? topLevelInitializer(file, ref) : undefined;
    if (declared) {
      const value = keyValue(declared, file, constants, depth + 1);
      // const IV = Buffer.alloc(16) filled later (randomFillSync(IV), IV.write(…)): not zeros.
      if (value.zeroFilled && writtenInto(file, ref)) return { source: 'unknown', ref };
      // const IV = randomBytes(16) at the top of the module: made once when it loads, then the
      // same for every call of the process - not fresh per call, and not a literal: untraced.
      return value.source === 'random' ? { source: 'unknown', ref } : { ...value, boundTo: ref };
    }
    // const iv = crypto.randomBytes(12) inside the function: only a random generator is taken
    // from a local declaration, and only when the file declares the name once (the scan has no
    // scopes); any other local value stays untraced as before.
    const local = ts.isIdentifier(node) ? soleLocalInitializer(file, ref) : undefined;
    const localValue = local ? keyValue(local, file, constants, depth + 1) : undefined;
    if (localValue?.source === 'random') return { source: 'random' };
    // const iv = Buffer.alloc(16) in the function, never filled: zeros on every call.
    if (localValue?.zeroFilled && !writtenInto(file, ref)) return { ...localValue, boundTo: ref };
    return { source: 'unknown', ref };
  }
  if (ts.isElementAccessExpression(node) && ENVIRONMENT.test(node.getText(file))) return { source: 'environment' };
  if (ts.isArrayLiteralExpression(node) && node.elements[0]) return keyValue(node.elements[0] as ts.Expression, file, constants, depth + 1); // cookieSession({ keys: ['k1', 'k2'] })
  return { source: 'unknown' };
}

/**
 * The mode of a createCipheriv algorithm given as a literal or a constant of the file
 * ('aes-256-cbc', 'id-aes128-GCM', 'sm4-cbc', 'chacha20-poly1305'; OpenSSL's aliases aes128,
 * aes192, aes256 and sm4 are CBC); undefined when the algorithm is not resolved or names no mode
 * that takes an IV (ECB, XTS).
 */
export function cipherModeOf(node: ts.Expression | undefined, file: ts.SourceFile, constants: Record<string, string>): CipherMode | undefined {
  if (!node) return undefined;
  const value = keyValue(node, file, constants);
  // `process.env.CIPHER || 'aes-256-cbc'`: the mode the code states, used wherever the variable is
  // not set (the environment's value is not in the inputs).
  if ((value.source !== 'literal' && value.source !== 'fallback-literal') || value.literal === undefined) return undefined;
  return modeOfAlgorithm(value.literal);
}

/** The name an algorithm argument refers to that the file does not define (an imported constant), for the linker to resolve. */
export function cipherAlgorithmRef(node: ts.Expression | undefined, file: ts.SourceFile, constants: Record<string, string>): string | undefined {
  if (!node) return undefined;
  const value = keyValue(node, file, constants);
  return value.source === 'unknown' ? value.ref : undefined;
}

/** The mode an OpenSSL algorithm name states. */
export function modeOfAlgorithm(literal: string): CipherMode | undefined {
  const algorithm = literal.trim().toLowerCase();
  if (algorithm === 'chacha20-poly1305') return 'chacha20-poly1305';
  if (algorithm === 'chacha20') return 'chacha20';
  if (/^(aes(128|192|256)|sm4)$/.test(algorithm)) return 'cbc';
  const mode = /-(cbc|gcm|ctr|ccm|ocb|ofb|cfb)(1|8|64|128)?$/.exec(algorithm)?.[1];
  return mode as CipherMode | undefined;
}

/** The byte length of an all-zero buffer expression (Buffer.alloc(n), Buffer.alloc(n, 0), new Uint8Array(n)), else undefined. */
function zeroBuffer(node: ts.CallExpression | ts.NewExpression, name: string, full: string): number | undefined {
  const [size, fill, ...rest] = node.arguments ?? [];
  const alloc = ts.isCallExpression(node) && name === 'alloc' && /Buffer/.test(full);
  const typed = ts.isNewExpression(node) && name === 'Uint8Array' && fill === undefined;
  if ((!alloc && !typed) || rest.length > 0 || !size || !ts.isNumericLiteral(size)) return undefined;
  if (fill !== undefined && !(ts.isNumericLiteral(fill) && Number(fill.text) === 0)) return undefined;
  const n = Number(size.text);
  return Number.isInteger(n) && n > 0 && n <= 64 ? n : undefined;
}

/** Whether the file writes into the buffer bound to `name` (randomFillSync(iv), iv.fill(…), iv.write(…), iv.set(…), iv[0] = …, copy(iv)). */
function writtenInto(file: ts.SourceFile, name: string): boolean {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(randomFill|randomFillSync|getRandomValues)\\s*\\(\\s*${n}\\b|\\b${n}\\s*\\.\\s*(fill|write\\w*|set)\\s*\\(|\\b${n}\\s*\\[[^\\]]*\\]\\s*=[^=]|\\.copy\\s*\\(\\s*${n}\\b`).test(file.text);
}

/** The initializer of the one `const name = …` the file declares anywhere (undefined when none or several). */
function soleLocalInitializer(file: ts.SourceFile, name: string): ts.Expression | undefined {
  if (!file.text.includes(name)) return undefined;
  const found: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (found.length > 1) return;
    // (The scan's trees carry no parent links: the list is visited for its const flag.)
    if (ts.isVariableDeclarationList(n)) {
      for (const d of n.declarations) {
        if (!ts.isIdentifier(d.name) || d.name.text !== name) continue;
        // A let/var or a declaration without a value has no single origin.
        found.push(d.initializer && (n.flags & ts.NodeFlags.Const) !== 0 ? d.initializer : d.name);
      }
    } else if (ts.isParameter(n) && ts.isIdentifier(n.name) && n.name.text === name) found.push(n.name);
    ts.forEachChild(n, visit);
  };
  visit(file);
  return found.length === 1 && !ts.isIdentifier(found[0] as ts.Node) ? found[0] : undefined;
}

/** The initializer of a top-level `const name = …` of the file. */
function topLevelInitializer(file: ts.SourceFile, name: string): ts.Expression | undefined {
  for (const st of file.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return d.initializer;
  }
  return undefined;
}

export function keyFact(use: KeyUse, name: string, value: KeyValue, at: ts.Node, file: ts.SourceFile): CredentialFact {
  return {
    kind: 'key',
    keyUse: use,
    keySource: value.source,
    name: value.boundTo ?? name,
    ...(value.literal !== undefined ? { literal: value.literal } : {}),
    ...(value.encoding ? { encoding: value.encoding } : {}),
    ...(value.ref !== undefined ? { keyRef: value.ref } : {}),
    ...(value.boundTo !== undefined ? { keyConstant: value.boundTo } : {}),
    ...(value.at ? { keyAt: value.at } : {}),
    at: positionOf(at, file),
  };
}

function objectArgument(args: readonly ts.Expression[]): Array<ts.PropertyAssignment | ts.ShorthandPropertyAssignment> {
  return args.filter(ts.isObjectLiteralExpression).flatMap((o) => o.properties.filter((p): p is ts.PropertyAssignment | ts.ShorthandPropertyAssignment => ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)));
}

/** The keys one call is given. */
/** The callee names the forms below are called by, apart from the `{ secret }` options forms. */
export const KEY_CALLS: ReadonlySet<string> = new Set(['sign', 'verify', 'createHmac', 'createCipheriv', 'createDecipheriv', 'encrypt', 'decrypt', 'cookieParser', 'cookie']);
export const HMAC_CALL = /^Hmac(SHA1|SHA256|SHA512|MD5|SM3)$/i;

export function keysFromCall(call: ts.CallExpression | ts.NewExpression, file: ts.SourceFile, constants: Record<string, string>): CredentialFact[] {
  const name = call.expression.kind === ts.SyntaxKind.SuperKeyword ? 'super' : (calleeName(call) ?? '');
  const args = call.arguments ?? [];
  // A call of none of these names yields a key only through an options object argument.
  if (!KEY_CALLS.has(name) && !HMAC_CALL.test(name) && !args.some(ts.isObjectLiteralExpression)) return [];
  const full = dottedName(call.expression) ?? name;
  const out: CredentialFact[] = [];
  // jsonwebtoken: sign(payload, secret, options) / verify(token, secret, options).
  const bare = full === 'sign' || full === 'verify';
  // Also hono/jwt's sign(payload, secret) / verify(token, secret), known by the module it is imported from.
  // egg-jwt's `app.jwt.sign(payload, secret, options)` / `ctx.app.jwt.verify(token, secret)` wrap jsonwebtoken's.
  if ((name === 'sign' || name === 'verify') && (/^(jwt|jsonwebtoken|JWT|jsonWebToken)\.(sign|verify)$/.test(full) || /^(?:this\.|ctx\.|this\.ctx\.)?app\.jwt\.(sign|verify)$/.test(full) || (bare && (/jsonwebtoken/.test(file.text) || importedFrom(file, name) === 'hono/jwt'))) && args.length >= 2) {
    const key = args[1];
    if (key && !ts.isObjectLiteralExpression(key) && !ts.isArrowFunction(key) && !ts.isFunctionExpression(key)) out.push(keyFact(name === 'sign' ? 'jwt-signing' : 'jwt-verification', `${full} key`, keyValue(key, file, constants), key, file));
  }
  // createHmac('sha256', key); CryptoJS.HmacSHA256(message, key).
  if (name === 'createHmac' && args[1]) out.push(keyFact('hmac', 'createHmac key', keyValue(args[1], file, constants), args[1], file));
  if (HMAC_CALL.test(name) && args[1]) out.push(keyFact('hmac', `${name} key`, keyValue(args[1], file, constants), args[1], file));
  // createCipheriv(algorithm, key, iv) / createDecipheriv; CryptoJS.AES.encrypt(data, key, { iv }).
  if ((name === 'createCipheriv' || name === 'createDecipheriv') && args[1]) {
    out.push(keyFact('cipher-key', `${name} key`, keyValue(args[1], file, constants), args[1], file));
    if (args[2] && args[2].kind !== ts.SyntaxKind.NullKeyword) {
      const iv = keyFact('cipher-iv', `${name} IV`, keyValue(args[2], file, constants), args[2], file);
      const mode = cipherModeOf(args[0], file, constants);
      const ref = mode ? undefined : cipherAlgorithmRef(args[0], file, constants);
      out.push(mode ? { ...iv, cipherMode: mode } : ref !== undefined ? { ...iv, cipherAlgorithmRef: ref } : iv);
    }
  }
  if ((name === 'encrypt' || name === 'decrypt') && /\b(AES|SM4|DES|TripleDES)\.(en|de)crypt$/.test(full) && args[1]) {
    out.push(keyFact('cipher-key', `${full} key`, keyValue(args[1], file, constants), args[1], file));
    const iv = objectArgument(args.slice(2)).find((p) => propertyName(p.name) === 'iv');
    if (iv) {
      // CryptoJS's mode option (CryptoJS.mode.CTR); CBC when none is given (the library's default).
      const option = objectArgument(args.slice(2)).find((p) => propertyName(p.name) === 'mode');
      const named = option && ts.isPropertyAssignment(option) ? /\bmode\.(\w+)$/.exec(dottedName(option.initializer) ?? '')?.[1]?.toLowerCase() : undefined;
      const mode: CipherMode | undefined = option === undefined ? 'cbc' : named && ['cbc', 'ctr', 'cfb', 'ofb'].includes(named) ? (named as CipherMode) : undefined;
      const fact = keyFact('cipher-iv', `${full} IV`, keyValue(ts.isPropertyAssignment(iv) ? iv.initializer : iv.name, file, constants), iv, file);
      out.push(mode ? { ...fact, cipherMode: mode } : fact);
    }
  }
  // { secret } options: expressjwt, koa-jwt, passport-jwt Strategy (also through super() in a
  // NestJS PassportStrategy), JwtModule.register, jwtService.sign(payload, { secret }), sessions.
  const session = /^(session|expressSession|cookieSession|koaSession)$/.test(name);
  const jwtish = /jwt|Jwt|JWT|Strategy|^super$|passport/.test(full) || (!bare && ['sign', 'verify', 'signAsync', 'verifyAsync'].includes(name));
  if (session || jwtish) {
    for (const p of objectArgument(args)) {
      const option = propertyName(p.name) ?? '';
      if (!SECRET_OPTIONS.has(option)) continue;
      if (option === 'keys' && !session) continue;
      const value = ts.isPropertyAssignment(p) ? p.initializer : p.name;
      const use: KeyUse = session ? 'session-signing' : /verify/i.test(name) || option === 'secretOrKey' ? 'jwt-verification' : 'jwt-signing';
      out.push(keyFact(use, `${full}({ ${option} })`, keyValue(value, file, constants), p, file));
    }
  }
  // @fastify/jwt: app.register(fastifyJwt, { secret }) signs and verifies every token of the
  // instance; `secret` may be `{ private, public }` (asymmetric: the private key signs).
  if (name === 'register' && args[0] && ts.isIdentifier(args[0]) && /^(@fastify\/jwt|fastify-jwt)$/.test(importedFrom(file, args[0].text) ?? '')) {
    const secret = objectArgument(args.slice(1)).find((p) => propertyName(p.name) === 'secret');
    if (secret) {
      const value = ts.isPropertyAssignment(secret) ? secret.initializer : secret.name;
      const key = ts.isObjectLiteralExpression(value) ? objectArgument([value]).find((p) => propertyName(p.name) === 'private') : undefined;
      if (key) out.push(keyFact('jwt-signing', `${full}({ secret: { private } })`, keyValue(ts.isPropertyAssignment(key) ? key.initializer : key.name, file, constants), key, file));
      else if (!ts.isObjectLiteralExpression(value)) out.push(keyFact('jwt-signing', `${full}({ secret })`, keyValue(value, file, constants), secret, file));
    }
  }
  // cookie-parser('secret') signs cookies.
  if ((name === 'cookieParser' || name === 'cookie') && /cookieParser|cookie-parser/.test(full) && args[0]) out.push(keyFact('session-signing', 'cookieParser secret', keyValue(args[0], file, constants), args[0], file));
  return out;
}

/** A masked form of a key: its first two characters for long keys, never more, and its length. */
export function maskKey(literal: string): string {
  const length = [...literal].length;
  return length >= 16 ? `${[...literal].slice(0, 2).join('')}…(${length} characters)` : `…(${length} characters)`;
}

/** The key's length in bytes, as the algorithm receives it. */
export function keyBytes(literal: string, encoding: string | undefined): number {
  if (encoding === 'hex') return Math.floor(literal.length / 2);
  if (encoding === 'base64' || encoding === 'base64url') return Math.floor((literal.replace(/=+$/, '').length * 3) / 4);
  return Buffer.byteLength(literal, 'utf8');
}
