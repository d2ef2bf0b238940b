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
// `booleanCondition` compiles the keywords rule conditions use into plain functions that return
// true or false and allocate nothing. Anything else — `$data`, `$ref`, `format`, keywords that look
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

const ALWAYS: Condition = () => true;
const NEVER: Condition = () => false;

class Unsupported extends Error {}

/** The condition as a yes-or-no function, or undefined when it uses anything this does not evaluate exactly as ajv does. */
export function booleanCondition(schema: unknown): Condition | undefined {
  // A `$data` reference (in `const`, `maximum`, …) reads another value of the item: left to ajv.
  if (JSON.stringify(schema).includes('"$data"')) return undefined;
  try {
    const test = compile(schema);
    // A function of its own (compile may answer with a shared one), carrying its schema.
    const condition: Condition = (data) => test(data);
    condition.schema = schema;
    return condition;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

const isObject = (data: unknown): data is Record<string, unknown> => data !== null && typeof data === 'object' && !Array.isArray(data);
const isFiniteNumber = (data: unknown): data is number => typeof data === 'number' && isFinite(data);

function typeTest(type: unknown): Condition {
  switch (type) {
    case 'null':
      return (d) => d === null;
    case 'boolean':
      return (d) => typeof d === 'boolean';
    case 'string':
      return (d) => typeof d === 'string';
    case 'object':
      return isObject;
    case 'array':
      return (d) => Array.isArray(d);
    case 'number':
      return isFiniteNumber;
    case 'integer':
      return (d) => typeof d === 'number' && !(d % 1) && !isNaN(d) && isFinite(d);
    default:
      throw new Unsupported();
  }
}

/** `===` for a primitive, ajv's deep equality for an object or array. */
function equalsTo(value: unknown): Condition {
  return value !== null && typeof value === 'object' ? (d) => equal(d, value) : (d) => d === value;
}

function all(tests: Condition[]): Condition {
  if (tests.length === 0) return ALWAYS;
  if (tests.length === 1) return tests[0] as Condition;
  if (tests.length === 2) {
    const [a, b] = tests as [Condition, Condition];
    return (d) => a(d) && b(d);
  }
  return (d) => {
    for (let i = 0; i < tests.length; i++) if (!(tests[i] as Condition)(d)) return false;
    return true;
  };
}

function anyPasses(tests: Condition[]): Condition {
  return (d) => {
    for (let i = 0; i < tests.length; i++) if ((tests[i] as Condition)(d)) return true;
    return false;
  };
}

function count(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Unsupported();
  return value;
}

function limit(value: unknown): number {
  // A `$data` reference (an object) or anything but a number: left to ajv.
  if (typeof value !== 'number') throw new Unsupported();
  return value;
}

function subschemas(value: unknown): Condition[] {
  if (!Array.isArray(value) || value.length === 0) throw new Unsupported();
  return value.map(compile);
}

function compile(schema: unknown): Condition {
  if (schema === true) return ALWAYS;
  if (schema === false) return NEVER;
  if (!isObject(schema)) throw new Unsupported();
  const tests: Condition[] = [];
  // Tests that apply only to data of one type (ajv's keyword `type`): checked together behind it.
  const objectTests: Condition[] = [];
  const arrayTests: Condition[] = [];
  const stringTests: Condition[] = [];
  const numberTests: Condition[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case 'type': {
        const types = Array.isArray(value) ? value : [value];
        if (types.length === 0) throw new Unsupported();
        const checks = types.map(typeTest);
        tests.push(checks.length === 1 ? (checks[0] as Condition) : anyPasses(checks));
        break;
      }
      case 'const':
        tests.push(equalsTo(value));
        break;
      case 'enum': {
        if (!Array.isArray(value) || value.length === 0) throw new Unsupported();
        const checks = value.map(equalsTo);
        const primitives = value.every((v) => v === null || typeof v !== 'object');
        // ajv compares a primitive with `===`: NaN equals nothing.
        tests.push(primitives ? (d) => value.includes(d) && !Number.isNaN(d) : anyPasses(checks));
        break;
      }
      case 'required': {
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Unsupported();
        const names = value as string[];
        if (names.length > 0) {
          objectTests.push((d) => {
            for (let i = 0; i < names.length; i++) if ((d as Record<string, unknown>)[names[i] as string] === undefined) return false;
            return true;
          });
        }
        break;
      }
      case 'properties': {
        if (!isObject(value)) throw new Unsupported();
        for (const [name, sub] of Object.entries(value)) {
          const test = compile(sub);
          if (test === ALWAYS) continue;
          objectTests.push((d) => {
            const v = (d as Record<string, unknown>)[name];
            return v === undefined || test(v);
          });
        }
        break;
      }
      case 'not': {
        const test = compile(value);
        tests.push((d) => !test(d));
        break;
      }
      case 'anyOf': {
        tests.push(anyPasses(subschemas(value)));
        break;
      }
      case 'allOf':
        tests.push(all(subschemas(value)));
        break;
      case 'oneOf': {
        const branches = subschemas(value);
        tests.push((d) => {
          let passed = 0;
          for (let i = 0; i < branches.length; i++) if ((branches[i] as Condition)(d) && ++passed > 1) return false;
          return passed === 1;
        });
        break;
      }
      case 'if': {
        // ajv ignores `if` without `then` and `else`, and `then` or `else` without `if`.
        if (!('then' in schema) && !('else' in schema)) break;
        const condition = compile(value);
        const then = 'then' in schema ? compile(schema.then) : ALWAYS;
        const otherwise = 'else' in schema ? compile(schema.else) : ALWAYS;
        tests.push((d) => (condition(d) ? then(d) : otherwise(d)));
        break;
      }
      case 'then':
      case 'else':
        break;
      case 'contains': {
        if ('minContains' in schema || 'maxContains' in schema) throw new Unsupported();
        const test = compile(value);
        arrayTests.push((d) => {
          const list = d as unknown[];
          for (let i = 0; i < list.length; i++) if (test(list[i])) return true;
          return false;
        });
        break;
      }
      case 'items': {
        if ('prefixItems' in schema) throw new Unsupported();
        const test = compile(value);
        if (test !== ALWAYS) {
          arrayTests.push((d) => {
            const list = d as unknown[];
            for (let i = 0; i < list.length; i++) if (!test(list[i])) return false;
            return true;
          });
        }
        break;
      }
      case 'minItems': {
        const n = count(value);
        arrayTests.push((d) => (d as unknown[]).length >= n);
        break;
      }
      case 'maxItems': {
        const n = count(value);
        arrayTests.push((d) => (d as unknown[]).length <= n);
        break;
      }
      case 'minLength': {
        const n = count(value);
        stringTests.push((d) => ucs2length(d as string) >= n);
        break;
      }
      case 'maxLength': {
        const n = count(value);
        stringTests.push((d) => ucs2length(d as string) <= n);
        break;
      }
      case 'pattern': {
        if (typeof value !== 'string') throw new Unsupported();
        const re = new RegExp(value, 'u');
        stringTests.push((d) => re.test(d as string));
        break;
      }
      // Failing when ajv's generated code fails: `data < limit || isNaN(data)` and the like.
      case 'minimum': {
        const n = limit(value);
        numberTests.push((d) => !((d as number) < n || isNaN(d as number)));
        break;
      }
      case 'maximum': {
        const n = limit(value);
        numberTests.push((d) => !((d as number) > n || isNaN(d as number)));
        break;
      }
      case 'exclusiveMinimum': {
        const n = limit(value);
        numberTests.push((d) => !((d as number) <= n || isNaN(d as number)));
        break;
      }
      case 'exclusiveMaximum': {
        const n = limit(value);
        numberTests.push((d) => !((d as number) >= n || isNaN(d as number)));
        break;
      }
      default:
        // $data, $ref, format, additionalProperties, minProperties, prefixItems, uniqueItems, …
        throw new Unsupported();
    }
  }
  if (objectTests.length > 0) {
    const test = all(objectTests);
    tests.push((d) => !isObject(d) || test(d));
  }
  if (arrayTests.length > 0) {
    const test = all(arrayTests);
    tests.push((d) => !Array.isArray(d) || test(d));
  }
  if (stringTests.length > 0) {
    const test = all(stringTests);
    tests.push((d) => typeof d !== 'string' || test(d));
  }
  if (numberTests.length > 0) {
    const test = all(numberTests);
    tests.push((d) => !isFiniteNumber(d) || test(d));
  }
  return all(tests);
}
