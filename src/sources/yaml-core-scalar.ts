// What an untagged plain YAML scalar means, exactly as the `yaml` library's YAML 1.2 core schema
// reads it (its tests, in its order, with its conversions): null, booleans, integers (decimal,
// 0o octal, 0x hex), floats (.inf/.nan, exponent, decimal), otherwise a string. No timestamps,
// no `yes`/`on`, no binary: `2021-01-01` and `yes` stay strings. Quoted and block scalars are
// always strings and never come here.

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

export type CoreScalar = string | number | boolean | null;

export function resolvePlainScalar(source: string): CoreScalar {
  if (source === '') return null;
  // Every non-string form starts with one of `~ n N t T f F 0-9 + - .`; most values do not.
  const first = source.charCodeAt(0);
  const mayBeOther =
    (first >= 0x30 && first <= 0x39) || first === 0x2b /* + */ || first === 0x2d /* - */ || first === 0x2e /* . */ ||
    first === 0x7e /* ~ */ || first === 0x6e || first === 0x4e /* n N */ || first === 0x74 || first === 0x54 /* t T */ ||
    first === 0x66 || first === 0x46; /* f F */
  if (!mayBeOther) return source;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return first === 0x74 || first === 0x54;
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return NaN;
    return first === 0x2d ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}
