// A cache entry written with an expiry is deleted by the cache itself when it expires: Redis's
// `set(key, value, 'EX', 300)` (ioredis), `set(key, value, { EX: 300 })` (node-redis), `setex` /
// `setEx(key, 300, value)`, `psetex`, and `expire(key, 300)` / `pexpire`. The key's literal start
// (`'sms:' + phone`, `` `sms:${phone}` `` → `sms`) names what is cached, to be mapped to a manifest
// store as a model is; the expiry in seconds where it is a number literal. Parsed, never run.
import { ts } from './typescript-parser.js';
import { positionOf } from './ast-values.js';
import type { CacheExpiryFact } from './code-facts.js';

const SECONDS_OPTION = new Map([['EX', 1], ['PX', 0.001]]);
/** Calls whose second argument is the expiry, in seconds (setex, expire) or milliseconds (psetex, pexpire). */
const UNITS_PER_SECOND = new Map([['setex', 1], ['psetex', 1000], ['expire', 1], ['pexpire', 1000]]);

/** The literal start of a key, up to its first separator (`sms:`, `sms_code:`): what is cached. */
function keyName(node: ts.Expression | undefined): string | undefined {
  if (node === undefined) return undefined;
  let text: string | undefined;
  if (ts.isStringLiteralLike(node)) text = node.text;
  else if (ts.isTemplateExpression(node)) text = node.head.text;
  else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return keyName(node.left);
  const name = text?.split(/[:.{}/]/)[0]?.trim();
  return name !== undefined && /^[A-Za-z][\w-]*$/.test(name) ? name : undefined;
}

function numberOf(node: ts.Expression | undefined): number | undefined {
  if (node === undefined) return undefined;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AsteriskToken) {
    const a = numberOf(node.left);
    const b = numberOf(node.right);
    return a !== undefined && b !== undefined ? a * b : undefined;
  }
  return undefined;
}

/** The expiry a call writes a cache entry with, where it is one of the forms above. */
export function cacheExpiryFromCall(call: ts.CallExpression, file: ts.SourceFile): CacheExpiryFact | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const method = call.expression.name.text.toLowerCase();
  const args = call.arguments;
  const key = keyName(args[0]);
  if (key === undefined) return undefined;
  let seconds: number | undefined;
  const unitsPerSecond = UNITS_PER_SECOND.get(method);
  if (unitsPerSecond !== undefined) {
    if (method.endsWith('expire') && args.length < 2) return undefined;
    const n = numberOf(args[1]);
    seconds = n === undefined ? undefined : n / unitsPerSecond;
  } else if (method === 'set') {
    const third = args[2];
    if (third === undefined) return undefined;
    if (ts.isStringLiteralLike(third)) {
      const factor = SECONDS_OPTION.get(third.text.toUpperCase());
      if (factor === undefined) return undefined;
      const n = numberOf(args[3]);
      seconds = n === undefined ? undefined : n * factor;
    } else if (ts.isObjectLiteralExpression(third)) {
      const option = third.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && SECONDS_OPTION.has(p.name.text));
      if (option === undefined) return undefined;
      const n = numberOf(option.initializer);
      seconds = n === undefined ? undefined : n * (SECONDS_OPTION.get((option.name as ts.Identifier).text) as number);
    } else return undefined;
  } else return undefined;
  return { key, ...(seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? { seconds } : {}), at: positionOf(call, file) };
}
