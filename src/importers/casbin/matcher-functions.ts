// What a Casbin matcher calls, read from its text (never run): casbin's built-in functions and
// the model's own role functions (g, g2 …) are known; anything else is an application's own
// function, which pipl-audit does not have and would never execute. Such a matcher still decides
// some requests whatever the function returns; `monotone` says whether trying the function as
// constantly false and constantly true brackets every answer it could give (see decide-grants.ts).
import { FunctionMap } from 'casbin';

export interface MatcherCalls {
  /** Functions the matcher calls that are neither casbin's built-ins nor the model's role functions. */
  unknown: string[];
  /** Attribute reads on request values (`r.sub.Owner`): the export holds no such objects. */
  attributes: string[];
  /**
   * Every call of an unknown function counts only positively: never negated (`!`), compared
   * (`==`, `!=`, `<`, `>`) or used in a conditional. The matcher's value then can only rise
   * when a call's value rises, so constant false and constant true bound it.
   */
  monotone: boolean;
}

/** casbin's own function names, from casbin itself, plus what its evaluator provides. */
export function builtInFunctionNames(roleTypes: Iterable<string>): Set<string> {
  return new Set([...FunctionMap.loadFunctionMap().getFunctions().keys(), 'eval', ...roleTypes]);
}

export function analyseMatcher(matcher: string, known: ReadonlySet<string>): MatcherCalls {
  const code = blankStrings(matcher);
  const unknown = new Set<string>();
  const unknownSpans: Array<[number, number]> = [];
  for (const call of code.matchAll(/([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*\(/g)) {
    const name = (call[1] ?? '').replace(/\s+/g, '');
    if (known.has(name)) continue;
    unknown.add(name);
    const start = call.index ?? 0;
    unknownSpans.push([start, closingParen(code, start + call[0].length - 1)]);
  }
  const attributes = new Set<string>();
  for (const read of code.matchAll(/\b(r\d*)\s*\.\s*(\w+)\s*\.\s*(\w+)(?!\s*\()/g)) attributes.add(`${read[1]}.${read[2]}.${read[3]}`);
  const negates = /!(?!=)|\?/.test(code);
  const compared = unknownSpans.some(([start, end]) => /(==|!=|<|>)\s*$/.test(code.slice(0, start)) || /^\s*(==|!=|<|>)/.test(code.slice(end + 1)));
  return { unknown: [...unknown].sort(), attributes: [...attributes].sort(), monotone: !negates && !compared };
}

/** The text with string literals blanked out (same length), so names inside them are not calls. */
function blankStrings(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, (s) => s[0] + ' '.repeat(s.length - 2) + s[0]);
}

function closingParen(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '(') depth++;
    else if (code[i] === ')' && --depth === 0) return i;
  }
  return code.length - 1;
}
