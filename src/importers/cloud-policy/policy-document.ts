// Alibaba Cloud RAM and Tencent Cloud CAM policy documents, parsed into one statement form.
// RAM: {"Version":"1","Statement":[{"Effect","Action"|"NotAction","Resource"|"NotResource","Condition"}]}
// CAM: {"version":"2.0","statement":[{"effect","action","resource","condition","principal"}]}
// Element names follow each provider's spelling (RAM capitalised, CAM lower case); a value is a
// string or a list of strings. A document that is not of this shape is an input error.

export type Provider = 'ram' | 'cam';

export interface Statement {
  effect: 'allow' | 'deny';
  /** Action patterns, or undefined when the statement uses NotAction. */
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  /** The Condition block as written (undefined: none). */
  condition?: Record<string, unknown>;
  /** CAM's principal, as written (identity policies attached to users carry none). */
  principal?: unknown;
  /** Index of the statement in the document, for messages. */
  index: number;
}

export interface PolicyDocument {
  statements: Statement[];
}

/** What is wrong with a document, at which pointer inside it. */
export class PolicyShapeError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
    readonly expected: string,
  ) {
    super(message);
  }
}

function key(provider: Provider, name: string): string {
  return provider === 'ram' ? name : name.toLowerCase();
}

function stringList(value: unknown, pointer: string, element: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value as string[];
  throw new PolicyShapeError(pointer, `${element} is not a string or a list of strings`, `"${element}": "service:Action" or ["…", …]`);
}

/** Reads a policy document (already parsed from JSON) of `provider`. */
export function readPolicyDocument(provider: Provider, document: unknown): PolicyDocument {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) throw new PolicyShapeError('', 'the policy document is not a JSON object', provider === 'ram' ? '{"Version":"1","Statement":[…]}' : '{"version":"2.0","statement":[…]}');
  const doc = document as Record<string, unknown>;
  const versionKey = key(provider, 'Version');
  const statementKey = key(provider, 'Statement');
  const version = doc[versionKey];
  if (provider === 'ram' && version !== '1') throw new PolicyShapeError(`/${versionKey}`, `RAM policy Version is ${JSON.stringify(version)}`, '"Version": "1"');
  if (provider === 'cam' && version !== '2.0') throw new PolicyShapeError(`/${versionKey}`, `CAM policy version is ${JSON.stringify(version)}`, '"version": "2.0"');
  const raw = doc[statementKey];
  const list = Array.isArray(raw) ? raw : raw !== undefined && typeof raw === 'object' ? [raw] : undefined;
  if (!list) throw new PolicyShapeError(`/${statementKey}`, `the policy has no ${statementKey} list`, `"${statementKey}": [ { … } ]`);
  const statements = list.map((entry, index): Statement => {
    const at = `/${statementKey}/${Array.isArray(raw) ? index : ''}`.replace(/\/$/, '');
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new PolicyShapeError(at, 'a statement is not an object', 'an object with Effect, Action and Resource');
    const s = entry as Record<string, unknown>;
    const effectRaw = s[key(provider, 'Effect')];
    const effect = typeof effectRaw === 'string' ? effectRaw.toLowerCase() : undefined;
    if (effect !== 'allow' && effect !== 'deny') throw new PolicyShapeError(`${at}/${key(provider, 'Effect')}`, `Effect is ${JSON.stringify(effectRaw)}`, provider === 'ram' ? '"Allow" or "Deny"' : '"allow" or "deny"');
    const out: Statement = { effect, index };
    const action = s[key(provider, 'Action')];
    const notAction = s[key(provider, 'NotAction')];
    if ((action === undefined) === (notAction === undefined)) throw new PolicyShapeError(at, 'a statement needs exactly one of Action and NotAction', 'Action or NotAction');
    if (action !== undefined) out.actions = stringList(action, `${at}/${key(provider, 'Action')}`, key(provider, 'Action'));
    else out.notActions = stringList(notAction, `${at}/${key(provider, 'NotAction')}`, key(provider, 'NotAction'));
    const resource = s[key(provider, 'Resource')];
    const notResource = s[key(provider, 'NotResource')];
    if (resource !== undefined && notResource !== undefined) throw new PolicyShapeError(at, 'a statement has both Resource and NotResource', 'one of them');
    if (resource !== undefined) out.resources = stringList(resource, `${at}/${key(provider, 'Resource')}`, key(provider, 'Resource'));
    else if (notResource !== undefined) out.notResources = stringList(notResource, `${at}/${key(provider, 'NotResource')}`, key(provider, 'NotResource'));
    else if (provider === 'ram') throw new PolicyShapeError(at, 'a RAM statement without Resource', '"Resource": "…" or "NotResource"');
    else out.resources = ['*']; // CAM: resource is required by the docs; a missing one is read as every resource (widest), never narrower
    const condition = s[key(provider, 'Condition')];
    if (condition !== undefined) {
      if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) throw new PolicyShapeError(`${at}/${key(provider, 'Condition')}`, 'Condition is not an object', '{ "Operator": { "key": value } }');
      if (Object.keys(condition).length > 0) out.condition = condition as Record<string, unknown>;
    }
    const principal = s[key(provider, 'Principal')];
    if (principal !== undefined) out.principal = principal;
    return out;
  });
  return { statements };
}

/** A policy document as the list APIs return it: a JSON string (GetPolicy's PolicyDocument), or already an object. */
export function parsePolicyText(provider: Provider, text: unknown): PolicyDocument {
  let value = text;
  if (typeof text === 'string') {
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new PolicyShapeError('', `PolicyDocument is not valid JSON (${(error as Error).message})`, 'a JSON policy document');
    }
  }
  return readPolicyDocument(provider, value);
}
