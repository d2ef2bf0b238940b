// Decides one request (action on a resource) against the statements of every policy a principal
// holds, as RAM and CAM document it: a request is allowed only when some Allow statement matches it
// and no Deny statement does (an explicit Deny wins; nothing matching is an implicit deny).
// Action names are compared case-insensitively, resources case-sensitively; `*` matches any run of
// characters (also across `:` and `/`), `?` one character. NotAction / NotResource match what the
// list does not. CAM's `name/` prefix (`name/cos:GetObject`) is the same action as `cos:GetObject`.
// A matching statement with a Condition cannot be decided without the request's context (source
// IP, time, MFA, secure transport …): the outcome is then `undecided` and names the conditions,
// never silently allowed or denied.
import type { Statement } from './policy-document.js';

/** A statement with the policy it belongs to and where it is written. */
export interface PlacedStatement {
  statement: Statement;
  policy: string;
  /** Where the policy is attached (`group:ops`, `user:li`, `role:backup`): the cause a grant rests on. */
  attachedTo?: string;
  file: string;
  pointer: string;
}

export interface Request {
  action: string;
  resource: string;
}

export interface Decision {
  decision: 'allow' | 'deny' | 'undecided';
  /** The statements that decided it (allow: the allowing ones; deny: the explicit denies, none when implicit; undecided: those with conditions). */
  by: PlacedStatement[];
}

const patternCache = new Map<string, RegExp>();

/** Whether `value` matches a policy pattern with `*` and `?` wildcards. */
export function wildcardMatches(pattern: string, value: string, caseInsensitive: boolean): boolean {
  const cacheKey = `${caseInsensitive ? 'i' : 's'}\0${pattern}`;
  let re = patternCache.get(cacheKey);
  if (!re) {
    let source = '^';
    for (const c of pattern) source += c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    re = new RegExp(`${source}$`, caseInsensitive ? 'iu' : 'u');
    if (patternCache.size > 10_000) patternCache.clear();
    patternCache.set(cacheKey, re);
  }
  return re.test(value);
}

/** CAM writes API actions as `name/cos:GetObject` or `cos:GetObject`. */
export function normaliseAction(action: string): string {
  return action.startsWith('name/') ? action.slice(5) : action;
}

function actionMatches(statement: Statement, action: string): boolean {
  const wanted = normaliseAction(action);
  const hit = (patterns: string[]) => patterns.some((p) => wildcardMatches(normaliseAction(p), wanted, true));
  return statement.actions ? hit(statement.actions) : !hit(statement.notActions ?? []);
}

function resourceMatches(statement: Statement, resource: string): boolean {
  const hit = (patterns: string[]) => patterns.some((p) => wildcardMatches(p, resource, false));
  return statement.resources ? hit(statement.resources) : !hit(statement.notResources ?? []);
}

export function statementMatches(statement: Statement, request: Request): boolean {
  return actionMatches(statement, request.action) && resourceMatches(statement, request.resource);
}

/**
 * Condition keys that are facts of the request the principal itself chooses — the network it
 * calls from, HTTPS, a second factor, the time — as RAM (`acs:…`) and CAM (`qcs:ip`) document
 * them. Such a condition changes how, from where or when a principal may act, never who may.
 */
const CONTEXT_KEYS = new Set(['acs:sourceip', 'acs:securetransport', 'acs:sourcevpc', 'acs:mfapresent', 'acs:currenttime', 'qcs:ip']);

/** True when every key the Condition tests is a context key (see CONTEXT_KEYS). */
export function contextOnly(condition: Record<string, unknown> | undefined): boolean {
  if (condition === undefined) return false;
  const blocks = Object.values(condition);
  return blocks.length > 0 && blocks.every((block) => typeof block === 'object' && block !== null && !Array.isArray(block) && Object.keys(block).length > 0 && Object.keys(block).every((k) => CONTEXT_KEYS.has(k.toLowerCase())));
}

/**
 * `strict` (the default) decides the request in an unknown context: any condition leaves it
 * undecided. `reach` asks whether the principal can get the request allowed at all: a condition
 * only on the request's context (contextOnly) is one the principal can meet — a conditional Allow
 * of that kind allows, a conditional Deny of that kind denies only in that context — while any
 * other condition still leaves the request undecided.
 */
export type DecisionMode = 'strict' | 'reach';

export function decide(statements: readonly PlacedStatement[], request: Request, mode: DecisionMode = 'strict'): Decision {
  if (mode === 'reach') {
    const settled = statements.filter((s) => !(contextOnly(s.statement.condition) && s.statement.effect === 'deny'));
    const asFacts = settled.map((s) => (contextOnly(s.statement.condition) ? { ...s, statement: { ...s.statement, condition: undefined } } : s));
    const decision = decide(asFacts, request, 'strict');
    // The deciding statements are given as written (their conditions quoted by the grant).
    const original = new Map(asFacts.map((s, i) => [s, settled[i]!]));
    return { decision: decision.decision, by: decision.by.map((s) => original.get(s) ?? s) };
  }
  const matching = statements.filter((s) => statementMatches(s.statement, request));
  const denies = matching.filter((s) => s.statement.effect === 'deny');
  const hardDeny = denies.filter((s) => s.statement.condition === undefined);
  if (hardDeny.length > 0) return { decision: 'deny', by: hardDeny };
  const allows = matching.filter((s) => s.statement.effect === 'allow');
  const hardAllow = allows.filter((s) => s.statement.condition === undefined);
  const conditionalAllow = allows.filter((s) => s.statement.condition !== undefined);
  // A conditional Deny decides nothing when nothing allows: the request is denied either way.
  if (allows.length === 0) return { decision: 'deny', by: [] };
  if (denies.length > 0) return { decision: 'undecided', by: denies };
  if (hardAllow.length > 0) return { decision: 'allow', by: hardAllow };
  return { decision: 'undecided', by: conditionalAllow };
}

/** The Condition of a statement as written, for messages that quote it. */
export function quoteCondition(statement: Statement): string {
  return JSON.stringify(statement.condition ?? {});
}
