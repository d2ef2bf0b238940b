// Proof of identity presented with a request: a password or a one-time code that a log-in (or a
// password reset, or an SMS log-in) checks before it answers. A lookup by a phone number that
// only answers the one who proves to hold that phone's account (an SMS code sent to it, the
// account's password) finds the caller, not anyone: find-caller-checks.ts records such a proof as
// a check on the lookup, and the link (link-code-base.ts) judges a gate query's fields with
// `provesIdentity`.
import { ts } from './typescript-parser.js';
import { calleeName, importedFrom, propertyName, valueOrigin } from './ast-values.js';
import type { QueryFact } from './code-facts.js';
import { readFromRequestHeader } from './request-header-value.js';

/** Calls that compare a presented password with a stored one. */
export const PASSWORD_CHECK = /^(compare|compareSync|verify|verifyPassword|checkPassword|comparePassword|validatePassword|timingSafeEqual)$/;

/** Whether the call compares a password: bcrypt.compare, argon2.verify, crypto.timingSafeEqual, user.comparePassword … */
export function comparesPassword(call: ts.CallExpression, file: ts.SourceFile): boolean {
  const name = calleeName(call);
  if (!name || !PASSWORD_CHECK.test(name)) return false;
  // `verify` of a token or signature library checks a token the caller was given, not a password.
  if (name === 'verify' && verifiesToken(call, file)) return false;
  // A constant-time comparison of a signature or MAC (a webhook's HMAC over its body) checks who
  // sent a request, not a password: its operands say so by name.
  if (name === 'timingSafeEqual' && call.arguments.some((a) => SIGNATURE_OPERAND.test(a.getText(file)))) return false;
  // A key a machine caller presents in a request header (`x-partner-token`, `x-api-key`), compared
  // with a configured secret or a stored hash, is no person's password: a password comes in the
  // body. A model's own password method, or an operand named as a password, still is one.
  if (!/password/i.test(name) && call.arguments.some((a) => readFromRequestHeader(a, file)) && !call.arguments.some((a) => PASSWORD_OPERAND.test(a.getText(file)))) return false;
  // A bare `compare` is any comparison unless the call says what it compares.
  return name !== 'compare' || /bcrypt|argon|password|crypto/i.test(call.getText(file));
}

/** Operands of a comparison that name a password (a Basic-auth header's decoded password). */
const PASSWORD_OPERAND = /pass(word|wd)?|pwd/i;

/** Operands of a comparison that name a signature or MAC rather than a password hash. */
const SIGNATURE_OPERAND = /sig(nature)?\b|signature|hmac|\bmac\b/i;

/** Receivers and modules that verify tokens or signatures: jsonwebtoken, jose, jws, a NestJS JwtService, crypto, a signature verifier. */
const TOKEN_VERIFIER = /jwt|jws|jose|jsonwebtoken|token|crypto|signature|verifier/i;

/**
 * Whether a `verify` call checks a token or a signature: `jwt.verify(token, secret)`,
 * `this.jwtService.verify(token)`, `crypto.verify(…)`, or a bare `verify` imported from such a
 * module (`import { verify } from 'jsonwebtoken'`). A bearer token proves a log-in that already
 * happened; no password is presented, so a route calling it is no log-in route.
 */
function verifiesToken(call: ts.CallExpression, file: ts.SourceFile): boolean {
  const e = call.expression;
  if (ts.isPropertyAccessExpression(e)) {
    const receiver = e.expression.getText(file);
    const root = receiver.replace(/^this\./, '').split('.')[0] ?? '';
    return TOKEN_VERIFIER.test(receiver) || TOKEN_VERIFIER.test(importedFrom(file, root) ?? '');
  }
  return ts.isIdentifier(e) && TOKEN_VERIFIER.test(importedFrom(file, e.text) ?? '');
}

/** Fields that hold a secret only the account holder knows: a password (or its hash) or a one-time code. */
const SECRET_FIELD = /^(password|passwd|pwd|pass|password_?hash|hashed_?password|pass_?hash|otp|otp_?code|sms_?code|verify_?code|verification_?code|valid_?code|auth_?code|login_?code|one_?time_?code|passcode)$/i;
/** A field named only `code` (or `token`) is a secret where the model is a store of one-time codes (smsCode, OtpToken, VerificationCode). */
const ONE_TIME_CODE_MODEL = /sms|otp|verif|one_?time|passcode|login_?code|auth_?code/i;

/** Whether a condition on `field` of `model` checks a secret the caller presents. */
export function isSecretField(field: string, model: string): boolean {
  const name = field.split('.').pop() ?? field;
  return SECRET_FIELD.test(name) || (/^(code|token)$/i.test(name) && ONE_TIME_CODE_MODEL.test(model));
}

/**
 * Whether a record's field holds a stored password (compared after the record is read): also one
 * named by the algorithm it is hashed with (passwordMd5, password_sha256, md5Password), as legacy
 * account tables commonly are.
 */
export function isPasswordField(field: string): boolean {
  return /pass(word|wd)?(_?(hash|md5|sha\d*|sm3|digest))?$|^pwd(_?(hash|md5|sha\d*|sm3))?$|^(hash(ed)?|md5|sha\d*|sm3)_?pass(word|wd)?$|^password_?digest$/i.test(field);
}

/**
 * Whether a query's conditions check a secret the caller presents (a one-time code, a password)
 * together with a value it is keyed by (the phone the code was sent to): only the holder of that
 * phone's account passes. A secret alone (a coupon code) or a key alone proves nothing.
 */
export function provesIdentity(conditions: QueryFact['conditions'], model: string): QueryFact['conditions'][number] | undefined {
  const given = conditions.filter((c) => !c.alternative && c.origin !== 'constant');
  const secret = given.find((c) => isSecretField(c.field, model));
  return secret && given.some((c) => !isSecretField(c.field, model)) ? secret : undefined;
}

/** Reads of one value from a cache or key-value store: ioredis / node-redis get, getdel, hget; cache-manager, Keyv get. */
const CACHE_READ = /^(get|getdel|getDel|GET|GETDEL|hget|hGet|HGET)$/;
/** A receiver named as a cache (redis, this.cacheManager, kv, keyv …). */
const CACHE_RECEIVER = /redis|cache|memcache|keyv|valkey|(^|\.)kv$/i;
/** Modules whose client a generically named receiver (`client.get`) is, when the file imports one. */
const CACHE_MODULE = /^(ioredis|redis|@redis\/client|@upstash\/redis|cache-manager|@nestjs\/cache-manager|keyv|memcached)$/;
const GENERIC_CACHE_RECEIVER = /(^|\.)(client|store|kv)$/i;

function importsCacheModule(file: ts.SourceFile): boolean {
  return file.statements.some((s) => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && CACHE_MODULE.test(s.moduleSpecifier.text));
}

/** Receivers that are the request itself (its headers, query, form): what they hold is presented, not stored. */
const REQUEST_RECEIVER = /(^|\.)(req|request|ctx|context|headers|query|params|body|searchParams|formData|cookies|session)$/i;

/**
 * A read of a value from a store by a key built from something other than constants
 * (`redis.get(\`sms:${phone}\`)`, `client.get(key)`, `this.cache.get('otp:' + dto.mobile)`,
 * `this.codes.get(phone)` on a class field `Map`): where it is compared with a one-time code the
 * request presents, the key names whose code it is. The key's text is returned (it says what the
 * value is: `sms:…`, `otp:…`, `captcha:…`). Any receiver counts — a Map field holds codes as a
 * Redis client does — except the request's own parts; what proves is the comparison, which the
 * caller judges (a read never compared, or compared with something not named a code, proves nothing).
 * Redis-only reads (getdel, hget) still need a receiver named as a cache or a cache module's client.
 */
export function readsCachedValue(call: ts.CallExpression, file: ts.SourceFile): { store: string; key: string } | undefined {
  if (!ts.isPropertyAccessExpression(call.expression) || !CACHE_READ.test(call.expression.name.text)) return undefined;
  const receiver = call.expression.expression.getText(file);
  const cacheLike = CACHE_RECEIVER.test(receiver) || (GENERIC_CACHE_RECEIVER.test(receiver) && importsCacheModule(file));
  if (!cacheLike) {
    // Map.get(key): one argument, on a receiver that is not the request (req.headers.get, url.searchParams.get).
    if (call.expression.name.text !== 'get' || call.arguments.length !== 1) return undefined;
    if (REQUEST_RECEIVER.test(receiver) || valueOrigin(call.expression.expression, file) !== 'variable') return undefined;
  }
  const keys = call.arguments.slice(0, 2);
  if (keys.length === 0 || keys.every((k) => ts.isStringLiteralLike(k) || valueOrigin(k, file) === 'constant')) return undefined;
  return { store: receiver.replace(/^this\./, ''), key: keys.map((k) => k.getText(file)).join(' ') };
}

/** A key naming the address a code was sent to (a phone number, a mobile, an e-mail). */
const SENT_TO_KEY = /phone|mobile|msisdn|e_?mail|(^|[^a-z])tel/i;

/**
 * Whether a value named `name`, compared with the value a store holds under `key` (in `store`,
 * bound to `holder`), is a one-time code: named as one (smsCode, otp), or named `code`/`token` where
 * the key, the store or the holder says what kind (`sms:…`, `otpCache`) or the key is the address
 * the code was sent to (`codes.get(phone)`). A coupon keyed by its own id is not.
 */
export function isStoredCode(name: string, key: string, store: string, holder: string): boolean {
  return isSecretField(name, `${key} ${holder} ${store}`) || (/^(code|token)$/i.test(name) && SENT_TO_KEY.test(key));
}

/** Text every header read in a function body contains (`req.get(…)`, `req.header(…)`, `req.headers`), or an escaped identifier. */
const HEADER_READ_TEXT = /get|header|\\/;

/** Calls that only convert or trim a value: they look nothing up. */
const CONVERSION = /^(String|Number|Boolean|trim|toString|toLowerCase|toUpperCase|slice|substring|replace|split|startsWith|endsWith|log|debug|info|warn|error)$/;
/** An error class or factory answering 401/403. */
const UNAUTHORIZED_ERROR = /unauthori[sz]ed|forbidden|unauthenticated/i;

/**
 * Headers that say where a request comes from or what it carries, never who sends it: a check of
 * them (`origin !== ALLOWED_ORIGIN`, a content type) refuses requests, but authenticates no one.
 */
const NOT_A_CREDENTIAL_HEADER = /^(origin|referr?er|host|user-agent|content-(type|length|encoding)|accept(-[a-z]+)?|x-forwarded-[a-z]+|x-real-ip|x-request-id|x-requested-with|forwarded|sec-[a-z-]+)$/i;

/** A 401 or 403 status: the number, or a constant naming it (`HttpStatus.UNAUTHORIZED`, `StatusCodes.FORBIDDEN`). */
function isRefusalStatus(a: ts.Expression): boolean {
  if (ts.isNumericLiteral(a)) return a.text === '401' || a.text === '403';
  return ts.isPropertyAccessExpression(a) && /^(UNAUTHORIZED|FORBIDDEN)$/.test(a.name.text);
}

/** Response options with a 401 or 403 status (`{ status: 401 }`). */
function isRefusalInit(a: ts.Expression): boolean {
  return ts.isObjectLiteralExpression(a) && a.properties.some((p) => ts.isPropertyAssignment(p) && propertyName(p.name) === 'status' && isRefusalStatus(p.initializer));
}

/** The header a `req.headers.x` / `req.headers['x-y']` access names, when written out. */
function headerNameOf(n: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
  if (ts.isPropertyAccessExpression(n)) return n.name.text === 'get' ? undefined : n.name.text;
  return ts.isStringLiteralLike(n.argumentExpression) ? n.argumentExpression.text : undefined;
}

/** Parameter decorators that bind the whole request (NestJS / routing-controllers `@Req()`, `@Request()`; Midway's `@Ctx()`). */
const REQUEST_PARAMETER_DECORATOR = /^(Req|Request|Ctx|Context)$/;
/** Parameter decorators that bind the request's headers (NestJS / Midway `@Headers()`, routing-controllers `@HeaderParams()`), or one header when given its name (`@Headers('x-api-key')`, `@HeaderParam('x-api-key')`). */
const HEADERS_PARAMETER_DECORATOR = /^(Headers|HeaderParams?)$/;
/** Members of a controller that hold the request: Egg's and Midway's `this.ctx`, an injected `this.request`. */
const REQUEST_MEMBER = /^(ctx|context|request|req)$/;
/** Members of a request that are the request again: Koa's `ctx.request` and `ctx.req`, Hono's `c.req`. */
const REQUEST_PART = /^(request|req)$/;

/** The names a function reads the request by, and the headers its parameters bind (see rejectsUnknownKey). */
interface RequestNames {
  requests: Set<string>;
  headerObjects: Set<string>;
  headerVars: Set<string>;
}

/**
 * Where a function finds the request: its first parameter (`(req, res)`, Koa's `(ctx)`, Hono's
 * `(c)`, a Fetch API `(req)`) unless a decorator binds it to something else, a parameter decorated
 * as the request (`@Req() req`), and the controller's own `this.ctx` (read by isRequest). A
 * parameter decorated `@Headers()` is the headers; `@Headers('x-api-key') key` is that header's value.
 */
function requestNamesOf(fn: ts.FunctionLikeDeclaration): RequestNames {
  const out: RequestNames = { requests: new Set(), headerObjects: new Set(), headerVars: new Set() };
  fn.parameters.forEach((p, i) => {
    if (!ts.isIdentifier(p.name)) return;
    const decorators = ts.canHaveDecorators(p) ? (ts.getDecorators(p) ?? []) : [];
    if (decorators.length === 0) {
      if (i === 0) out.requests.add(p.name.text);
      return;
    }
    for (const d of decorators) {
      const call = ts.isCallExpression(d.expression) ? d.expression : undefined;
      const callee = call ? call.expression : d.expression;
      if (!ts.isIdentifier(callee)) continue;
      if (REQUEST_PARAMETER_DECORATOR.test(callee.text)) out.requests.add(p.name.text);
      else if (HEADERS_PARAMETER_DECORATOR.test(callee.text)) {
        const named = call?.arguments[0];
        if (named === undefined) out.headerObjects.add(p.name.text);
        else if (ts.isStringLiteralLike(named) && !NOT_A_CREDENTIAL_HEADER.test(named.text)) out.headerVars.add(p.name.text);
      }
    }
  });
  return out;
}

/**
 * Whether a function is a credential gate on a presented key: it reads a request header
 * (`req.get('X-Fleet-Key')`, `req.header(…)`, `req.headers['x-api-key']`, Koa's `ctx.get(…)` and
 * `ctx.request.headers[…]`, Hono's `c.req.header(…)`, a controller's `this.ctx.get(…)`, a NestJS
 * `@Headers('x-api-key')` parameter), looks the value up (a query taking it — `pool.query(sql, [key])`,
 * `Partner.findOne({ where: { apiKey: key } })` —, a Map or Set `has`/`get`, a list's `includes`, or a
 * comparison with a configured value) and answers 401/403 (or throws an Unauthorized/Forbidden
 * error) under a condition on that lookup: a caller without a known key is refused. A header read
 * whose only check is its presence (`if (!key) return res.status(401)`) lets any value in, and one
 * never followed by a refusal authenticates nothing: neither is a gate. The same reading serves a
 * middleware (`(req, res, next)`, `(ctx, next)`) and a route handler that checks the key itself
 * (Koa's `(ctx)`, a Next.js `GET(req)`, a controller method).
 */
export function rejectsUnknownKey(fn: ts.FunctionLikeDeclaration, file: ts.SourceFile): boolean {
  if (!fn.body) return false;
  const { requests, headerObjects, headerVars } = requestNamesOf(fn);
  // Every gate reads a request header (isHeaderRead below: a `get` or `header` call, `headers`) or
  // is given one by a decorated parameter: a body whose text names neither (nor spells an
  // identifier with an escape) has none, and is not walked. Most functions are such bodies, and
  // the walks below cost as much as the scan's own.
  if (headerVars.size === 0 && !HEADER_READ_TEXT.test(file.text.slice(fn.body.pos, fn.body.end))) return false;
  /** The request: a name above, `this.ctx`, or its `request`/`req` part (`ctx.request`, `c.req`). */
  const isRequest = (e: ts.Expression): boolean => {
    if (ts.isIdentifier(e)) return requests.has(e.text);
    if (!ts.isPropertyAccessExpression(e)) return false;
    if (e.expression.kind === ts.SyntaxKind.ThisKeyword) return REQUEST_MEMBER.test(e.name.text);
    return REQUEST_PART.test(e.name.text) && isRequest(e.expression);
  };
  /** The request's headers: `req.headers` (Koa's `ctx.header` too), or a name bound to them. */
  const isHeaders = (e: ts.Expression): boolean => (ts.isIdentifier(e) && headerObjects.has(e.text)) || (ts.isPropertyAccessExpression(e) && (e.name.text === 'headers' || e.name.text === 'header') && isRequest(e.expression));
  /**
   * Whether `n` reads a header the caller authenticates with: true; false where it reads one that
   * says nothing of who sends the request (its parts then not read as one either); undefined where
   * it reads no header. Parents are not set yet where this runs (during the file's walk).
   */
  const headerRead = (n: ts.Node): boolean | undefined => {
    // `req.get('X-Key')`, `req.header(…)`, `ctx.get(…)`, `c.req.header(…)`, and the Fetch API's `req.headers.get('x-api-key')`.
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && /^(get|header)$/.test(n.expression.name.text) && (isRequest(n.expression.expression) || (n.expression.name.text === 'get' && isHeaders(n.expression.expression))) && n.arguments[0] !== undefined && ts.isStringLiteralLike(n.arguments[0])) return !NOT_A_CREDENTIAL_HEADER.test(n.arguments[0].text);
    if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && isHeaders(n.expression)) return !NOT_A_CREDENTIAL_HEADER.test(headerNameOf(n) ?? '');
    return undefined;
  };
  const isHeaderRead = (n: ts.Node): boolean => headerRead(n) === true;
  const lookupVars = new Set<string>();
  const mentions = (n: ts.Node, names: ReadonlySet<string>, header: boolean): boolean => {
    let found = false;
    const walk = (x: ts.Node): void => {
      if (found) return;
      const read = header ? headerRead(x) : undefined;
      if ((ts.isIdentifier(x) && names.has(x.text)) || read === true) {
        found = true;
        return;
      }
      if (read === false) return;
      ts.forEachChild(x, walk);
    };
    walk(n);
    return found;
  };
  const fromHeader = (n: ts.Node) => mentions(n, headerVars, true);
  const isNullish = (e: ts.Expression) => e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === 'undefined') || (ts.isStringLiteralLike(e) && e.text === '') || ts.isTypeOfExpression(e);
  /** A lookup of the presented value: a call taking it (not a conversion), or a comparison with something other than nothing. */
  const isLookup = (n: ts.Node): boolean => {
    if (ts.isCallExpression(n) && !isHeaderRead(n)) {
      const name = calleeName(n);
      if (name !== undefined && !CONVERSION.test(name) && (n.arguments.some(fromHeader) || (ts.isPropertyAccessExpression(n.expression) && /^(has|get|includes|some|find|compare|equals|timingSafeEqual)$/.test(name) && n.arguments.some(fromHeader)))) return true;
    }
    if (ts.isBinaryExpression(n) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(n.operatorToken.kind)) {
      const [a, b] = [n.left, n.right];
      if ((fromHeader(a) && !isNullish(b) && !fromHeader(b)) || (fromHeader(b) && !isNullish(a) && !fromHeader(a))) return true;
    }
    return false;
  };
  const containsLookup = (n: ts.Node): boolean => someNodeOutsideFunctions(n, isLookup, true);
  const isRejection = (n: ts.Node): boolean => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && /^(status|sendStatus|throw|code)$/.test(n.expression.name.text)) {
      const a = n.arguments[0];
      return a !== undefined && ts.isNumericLiteral(a) && (a.text === '401' || a.text === '403');
    }
    if (ts.isNewExpression(n) || ts.isCallExpression(n)) {
      const name = calleeName(n as ts.CallExpression);
      if (name !== undefined && UNAUTHORIZED_ERROR.test(name)) return true;
      // `createError(401)`, NestJS's `new HttpException('…', HttpStatus.FORBIDDEN)`, Hono's `new HTTPException(401)`.
      if (name !== undefined && /^(createError|httpError|createHttpError|HttpError|HttpException|HTTPException)$/.test(name)) return (n.arguments ?? []).some(isRefusalStatus);
      // A response answered with that status: Hono's `c.json(body, 401)`, `c.text('…', 403)`.
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && /^(json|text|body|newResponse)$/.test(n.expression.name.text) && n.arguments[1] !== undefined && isRefusalStatus(n.arguments[1])) return true;
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && n.left.name.text === 'status') return isRefusalStatus(n.right);
    // A response built with that status: `NextResponse.json(body, { status: 401 })`, `new Response(null, { status: 403 })`.
    if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && (n.arguments ?? []).some(isRefusalInit)) return true;
    return false;
  };
  const rejects = (n: ts.Node): boolean => someNodeOutsideFunctions(n, isRejection, false);
  const bound = (name: ts.BindingName, into: Set<string>): void => {
    if (ts.isIdentifier(name)) into.add(name.text);
    else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bound(el.name, into);
  };
  let gate = false;
  const visit = (n: ts.Node): void => {
    if (gate || (ts.isFunctionLike(n) && n !== fn)) return;
    if (ts.isVariableDeclaration(n) && n.initializer) {
      const init = unwrapValue(n.initializer);
      // `const { ctx } = this`, `const ctx = this.ctx`: the controller's request, by a name of the function.
      if (init.kind === ts.SyntaxKind.ThisKeyword && ts.isObjectBindingPattern(n.name)) {
        for (const el of n.name.elements) if (ts.isIdentifier(el.name) && REQUEST_MEMBER.test(el.propertyName ? (propertyName(el.propertyName) ?? '') : el.name.text)) requests.add(el.name.text);
      } else if (ts.isIdentifier(n.name) && isRequest(init)) requests.add(n.name.text);
      // `const headers = req.headers`, `const { headers } = ctx.request`: the headers by a name.
      else if (ts.isIdentifier(n.name) && isHeaders(init)) headerObjects.add(n.name.text);
      else if (ts.isObjectBindingPattern(n.name) && isRequest(init)) {
        for (const el of n.name.elements) if (ts.isIdentifier(el.name) && (el.propertyName ? propertyName(el.propertyName) : el.name.text) === 'headers') headerObjects.add(el.name.text);
      } else if (ts.isObjectBindingPattern(n.name) && isHeaders(init)) {
        // `const { 'x-api-key': key } = req.headers`: the header's value.
        for (const el of n.name.elements) if (ts.isIdentifier(el.name) && !NOT_A_CREDENTIAL_HEADER.test(el.propertyName ? (propertyName(el.propertyName) ?? '') : el.name.text)) headerVars.add(el.name.text);
      } else if (fromHeader(n.initializer) && !containsLookup(n.initializer)) bound(n.name, headerVars);
      else if (containsLookup(n.initializer)) bound(n.name, lookupVars);
    }
    if (ts.isIfStatement(n) && (containsLookup(n.expression) || mentions(n.expression, lookupVars, false)) && (rejects(n.thenStatement) || (n.elseStatement !== undefined && rejects(n.elseStatement)))) gate = true;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn.body, visit);
  return gate;
}

/** `(x as T)`, `x!`, `(x)` → x. */
function unwrapValue(node: ts.Expression): ts.Expression {
  let e = node;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}

/**
 * Whether `n` or a node under it passes `test`, not looking into nested functions (a callback's
 * body runs later, if at all); `n` itself is entered even when it is a function if `enterRoot`.
 */
function someNodeOutsideFunctions(n: ts.Node, test: (x: ts.Node) => boolean, enterRoot: boolean): boolean {
  let found = false;
  const walk = (x: ts.Node): void => {
    if (found || (ts.isFunctionLike(x) && !(enterRoot && x === n))) return;
    if (test(x)) {
      found = true;
      return;
    }
    ts.forEachChild(x, walk);
  };
  walk(n);
  return found;
}

/**
 * The middleware entry a route shows for a handler that is itself a key gate (it refuses, before
 * reading anything, a request whose key or signature does not match): the route's authentication.
 */
export const HANDLER_KEY_CHECK = 'auth check: presented key';

/**
 * Whether a function returns a key gate it defines in place: a Midway middleware class's
 * `resolve() { return async (ctx, next) => {…} }`, or a factory `partnerKey(expected)` returning
 * `(req, res, next) => {…}`. Named in a route's chain (the class, or the factory's call), it is
 * that gate. Only a return at the top of the body is read.
 */
export function returnsKeyGate(fn: ts.FunctionLikeDeclaration, file: ts.SourceFile): boolean {
  const body = fn.body;
  if (!body) return false;
  const gate = (e: ts.Expression): boolean => {
    let x = e;
    while (ts.isParenthesizedExpression(x) || ts.isAsExpression(x) || ts.isSatisfiesExpression(x)) x = x.expression;
    return (ts.isArrowFunction(x) || ts.isFunctionExpression(x)) && rejectsUnknownKey(x, file);
  };
  if (!ts.isBlock(body)) return gate(body);
  return body.statements.some((st) => ts.isReturnStatement(st) && st.expression !== undefined && gate(st.expression));
}
