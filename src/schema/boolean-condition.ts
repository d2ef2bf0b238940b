// A rule condition asked only yes or no, evaluated without building anything. ajv's generated
// code builds an error object (with its params object, its instance path and, for most keywords,
// a message string) for every keyword that fails — also inside an `anyOf` branch or a `not` that
// the condition as a whole passes — and a set of evaluated properties for every `anyOf` (2020-12
// tracks them for `unevaluatedProperties`). A rule's `applies` fails for most items of a large view
// (an account rule that applies to 6,000 of 300,000 accounts), and its `require` passes for most
// items that it applies to, so nearly all of those objects are built only to be thrown away: on a
// national inventory they were four tenths of everything the audit allocated, and what drove
// most of its young-generation collections during the rules.
//
// `booleanCondition` compiles the keywords rule conditions use into one function per condition
// that returns true or false and allocates nothing: generated code, one straight expression, as
// ajv's own is (a tree of closures calling one another allocated nothing either, but took as much
// CPU as ajv's code did). Nothing of the schema becomes code but property names as JSON string
// literals and non-negative integer lengths; constants, limits and patterns are passed in. Anything else — a `$data` other than an absolute pointer in `const`, `$ref`, `format`, keywords that look
// at unnamed properties, `prefixItems`, `minContains` … — gives `undefined`, and the caller keeps
// ajv's validator for that condition. The semantics are ajv's own for the options the rule
// conditions are compiled with (JSON Schema 2020-12, `strictNumbers`, `unicodeRegExp`, no
// `ownProperties`): a keyword of a type applies only to data of that type; `properties` and
// `required` read `data[name]` and treat `undefined` as absent; `const` and `enum` compare
// objects with ajv's own deep equality and anything else with `===`; numbers are checked finite;
// string lengths count code points; patterns are compiled with the `u` flag. ajv still compiles
// every condition (its errors at load time, and the errors a FAIL cites, are unchanged);
// tests/boolean-condition.test.ts holds each keyword against ajv, and every shipped rule's fixture
// items against ajv's verdicts.
import { createRequire } from 'node:module';

export interface Condition {
  (data: unknown): boolean;
  /** The JSON Schema it checks, as ajv's validators carry it. */
  schema?: unknown;
}

const require = createRequire(import.meta.url);
let equalFn: ((a: unknown, b: unknown) => boolean) | undefined;
/** ajv's deep equality (fast-deep-equal), the one its `const` and `enum` use for objects. */
function equal(a: unknown, b: unknown): boolean {
  equalFn ??= (require('ajv/dist/runtime/equal') as { default: (a: unknown, b: unknown) => boolean }).default;
  return equalFn(a, b);
}
let ucs2lengthFn: ((s: string) => number) | undefined;
function ucs2length(s: string): number {
  ucs2lengthFn ??= (require('ajv/dist/runtime/ucs2length') as { default: (s: string) => number }).default;
  return ucs2lengthFn(s);
}

/** Keywords that say nothing about validity (ajv ignores them when validating). */
const ANNOTATIONS = new Set(['description', 'title', '$comment', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly']);

class Unsupported extends Error {}

/** The condition as a yes-or-no function, or undefined when it uses anything this does not evaluate exactly as ajv does. */
export function booleanCondition(schema: unknown): Condition | undefined {
  const gen = new Generator();
  let expression: string;
  try {
    expression = gen.expression(schema, 'd');
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  // One straight function per condition, as ajv's own code is, without its error objects. Nothing
  // of the schema enters the code but property names as JSON string literals; its values (constants,
  // limits, patterns) are passed in the `k` array.
  // `root` is the item, for a `const` that compares with another of its values by an absolute `$data` pointer.
  const source = `let root;\n${gen.helpers.join('\n')}\nconst condition = (d) => { let ${gen.temps()}; ${gen.shared.usesRoot ? 'root = d; ' : ''}return ${expression}; };\nreturn condition;`;
  const make = new Function('k', 'equal', 'ucs2length', 'isObject', source) as (...args: unknown[]) => Condition;
  const condition = make(gen.constants, equal, ucs2length, isObject);
  condition.schema = schema;
  return condition;
}

function isObject(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}

const TYPE_TESTS: Record<string, (v: string) => string> = {
  null: (v) => `${v} === null`,
  boolean: (v) => `typeof ${v} === "boolean"`,
  string: (v) => `typeof ${v} === "string"`,
  object: (v) => `isObject(${v})`,
  array: (v) => `Array.isArray(${v})`,
  number: (v) => `(typeof ${v} === "number" && isFinite(${v}))`,
  integer: (v) => `(typeof ${v} === "number" && !(${v} % 1) && !isNaN(${v}) && isFinite(${v}))`,
};

function count(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Unsupported();
  return value;
}

function and(tests: string[]): string {
  return tests.length === 0 ? 'true' : `(${tests.join(' && ')})`;
}

class Generator {
  private tempCount = 0;

  /** The constants are shared with the helpers', so that their indices hold. */
  constructor(
    readonly constants: unknown[] = [],
    readonly helpers: string[] = [],
    readonly shared: { usesRoot: boolean } = { usesRoot: false },
  ) {}

  temps(): string {
    const names = ['_'];
    for (let i = 0; i < this.tempCount; i++) names.push(`t${i}`);
    return names.join(', ');
  }

  private constant(value: unknown): string {
    this.constants.push(value);
    return `k[${this.constants.length - 1}]`;
  }

  /** `===` for a primitive, ajv's deep equality for an object or array. */
  private equals(v: string, value: unknown): string {
    const k = this.constant(value);
    return value !== null && typeof value === 'object' ? `equal(${v}, ${k})` : `${v} === ${k}`;
  }

  /**
   * A helper function over an array's elements (called from one place only): whether some element
   * passes (`contains`), or whether every one does (`items`), in index order as ajv loops.
   */
  private helper(schema: unknown, some: boolean): string {
    const index = this.helpers.length;
    this.helpers.push('');
    const inner = new Generator(this.constants, this.helpers, this.shared);
    const body = inner.expression(schema, 'x');
    this.helpers[index] = `function h${index}(a) { let ${inner.temps()}; for (let i = 0; i < a.length; i++) { const x = a[i]; if (${some ? '' : '!'}${body}) return ${some}; } return ${!some}; }`;
    return `h${index}`;
  }

  /**
   * `const: { $data: '/a/b' }`: equal to the item's value at that absolute pointer, or any value
   * when that is undefined. ajv reads the pointer as `root && root.a && root.a.b` (so a falsy step
   * is the value compared) and compares with its deep equality. A relative pointer (`1/x`) is left to ajv.
   */
  private constData(value: Record<string, unknown>, v: string): string {
    const pointer = value.$data;
    if (Object.keys(value).length !== 1 || typeof pointer !== 'string' || !pointer.startsWith('/')) throw new Unsupported();
    let access = 'root';
    let chain = 'root';
    for (const segment of pointer.split('/')) {
      if (!segment) continue;
      access += `[${JSON.stringify(segment.replace(/~1/g, '/').replace(/~0/g, '~'))}]`;
      chain += ` && ${access}`;
    }
    this.shared.usesRoot = true;
    const t = `t${this.tempCount++}`;
    return `((${t} = (${chain})) === undefined || equal(${v}, ${t}))`;
  }

  private subschemas(value: unknown, v: string): string[] {
    if (!Array.isArray(value) || value.length === 0) throw new Unsupported();
    return value.map((sub) => this.expression(sub, v));
  }

  expression(schema: unknown, v: string): string {
    if (schema === true) return 'true';
    if (schema === false) return 'false';
    if (!isObject(schema)) throw new Unsupported();
    const s = schema as Record<string, unknown>;
    const tests: string[] = [];
    // Tests that apply only to data of one type (ajv's keyword `type`): checked together behind it.
    const objectTests: string[] = [];
    const arrayTests: string[] = [];
    const stringTests: string[] = [];
    const numberTests: string[] = [];
    for (const [keyword, value] of Object.entries(s)) {
      if (ANNOTATIONS.has(keyword)) continue;
      switch (keyword) {
        case 'type': {
          const types = Array.isArray(value) ? value : [value];
          if (types.length === 0) throw new Unsupported();
          tests.push(`(${types.map((t) => {
            const test = typeof t === 'string' && Object.hasOwn(TYPE_TESTS, t) ? TYPE_TESTS[t] : undefined;
            if (!test) throw new Unsupported();
            return test(v);
          }).join(' || ')})`);
          break;
        }
        case 'const':
          if (isObject(value) && '$data' in (value as object)) tests.push(this.constData(value as Record<string, unknown>, v));
          else tests.push(this.equals(v, value));
          break;
        case 'enum':
          // ajv compares a primitive with `===` (NaN equals nothing), an object with deep equality.
          if (!Array.isArray(value) || value.length === 0) throw new Unsupported();
          tests.push(`(${value.map((x) => this.equals(v, x)).join(' || ')})`);
          break;
        case 'required':
          if (!Array.isArray(value) || !value.every((n) => typeof n === 'string')) throw new Unsupported();
          for (const name of value as string[]) objectTests.push(`${v}[${JSON.stringify(name)}] !== undefined`);
          break;
        case 'properties': {
          if (!isObject(value)) throw new Unsupported();
          for (const [name, sub] of Object.entries(value as Record<string, unknown>)) {
            const t = `t${this.tempCount++}`;
            const test = this.expression(sub, t);
            if (test === 'true') continue;
            objectTests.push(`((${t} = ${v}[${JSON.stringify(name)}]) === undefined || ${test})`);
          }
          break;
        }
        case 'not':
          tests.push(`!${this.expression(value, v)}`);
          break;
        case 'anyOf':
          tests.push(`(${this.subschemas(value, v).join(' || ')})`);
          break;
        case 'allOf':
          tests.push(and(this.subschemas(value, v)));
          break;
        case 'oneOf':
          tests.push(`(${this.subschemas(value, v).map((b) => `(${b} ? 1 : 0)`).join(' + ')}) === 1`);
          break;
        case 'if':
          // ajv ignores `if` without `then` and `else`, and `then` or `else` without `if`.
          if (!('then' in s) && !('else' in s)) break;
          tests.push(`(${this.expression(value, v)} ? ${'then' in s ? this.expression(s.then, v) : 'true'} : ${'else' in s ? this.expression(s.else, v) : 'true'})`);
          break;
        case 'then':
        case 'else':
          break;
        case 'contains': {
          if ('minContains' in s || 'maxContains' in s) throw new Unsupported();
          arrayTests.push(`${this.helper(value, true)}(${v})`);
          break;
        }
        case 'items': {
          if ('prefixItems' in s) throw new Unsupported();
          if (value === true || (isObject(value) && Object.keys(value as object).every((k) => ANNOTATIONS.has(k)))) break;
          arrayTests.push(`${this.helper(value, false)}(${v})`);
          break;
        }
        case 'minItems':
          arrayTests.push(`${v}.length >= ${count(value)}`);
          break;
        case 'maxItems':
          arrayTests.push(`${v}.length <= ${count(value)}`);
          break;
        case 'minLength':
          stringTests.push(`ucs2length(${v}) >= ${count(value)}`);
          break;
        case 'maxLength':
          stringTests.push(`ucs2length(${v}) <= ${count(value)}`);
          break;
        case 'pattern':
          if (typeof value !== 'string') throw new Unsupported();
          stringTests.push(`${this.constant(new RegExp(value, 'u'))}.test(${v})`);
          break;
        // Failing when ajv's generated code fails: `data < limit || isNaN(data)` and the like.
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
          if (typeof value !== 'number') throw new Unsupported();
          const fail = { minimum: '<', maximum: '>', exclusiveMinimum: '<=', exclusiveMaximum: '>=' }[keyword];
          numberTests.push(`!(${v} ${fail} ${this.constant(value)} || isNaN(${v}))`);
          break;
        }
        default:
          // $data, $ref, format, additionalProperties, minProperties, prefixItems, uniqueItems, …
          throw new Unsupported();
      }
    }
    if (objectTests.length > 0) tests.push(`(!isObject(${v}) || ${and(objectTests)})`);
    if (arrayTests.length > 0) tests.push(`(!Array.isArray(${v}) || ${and(arrayTests)})`);
    if (stringTests.length > 0) tests.push(`(typeof ${v} !== "string" || ${and(stringTests)})`);
    if (numberTests.length > 0) tests.push(`(!(typeof ${v} === "number" && isFinite(${v})) || ${and(numberTests)})`);
    return tests.length === 0 ? 'true' : and(tests);
  }
}
