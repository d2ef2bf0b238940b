// The policy files of a Casbin source, read line by line by pipl-audit (so each rule keeps its
// file and line) and handed to casbin one line at a time through its own line parser
// (Helper.loadPolicyLine), so quoting, brackets and trimming are exactly casbin's. casbin never
// opens a file here: the adapter below gives it the lines already read.
import { Helper, type Adapter, type Model } from 'casbin';
import type { Diagnostic } from '../../inventory/diagnostic.js';

export interface PolicyRule {
  /** The policy type (`p`, `p2`, `g`, `g2` …). */
  ptype: string;
  /** The values after the type, as casbin stored them. */
  values: string[];
  file: string;
  line: number;
}

export interface PolicyText {
  file: string;
  text: string;
}

/**
 * Feeds the lines to casbin and remembers, for every rule casbin stored, the line it came from.
 * casbin's enforceEx returns the very array it stored for the rule that decided a request, so
 * `ruleOf` finds the line by identity, not by comparing values.
 */
export class PolicyLineAdapter implements Adapter {
  readonly rules: PolicyRule[] = [];
  readonly warnings: Diagnostic[] = [];
  readonly errors: Diagnostic[] = [];
  private readonly byStored = new Map<string[], PolicyRule>();

  constructor(private readonly files: PolicyText[]) {}

  ruleOf(stored: string[]): PolicyRule | undefined {
    return this.byStored.get(stored);
  }

  async loadPolicy(model: Model): Promise<void> {
    for (const { file, text } of this.files) this.loadFile(file, text, model);
  }

  private loadFile(file: string, text: string, model: Model): void {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] ?? '').replace(/\r$/, '');
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      const ptype = policyTypeOf(line);
      const assertion = model.model.get(ptype.slice(0, 1))?.get(ptype);
      if (!assertion) {
        this.warnings.push({ severity: 'warning', file, line: i + 1, message: `policy type "${ptype}" is not defined in the model, so casbin ignores this line`, expected: 'a policy type of the model’s [policy_definition] or [role_definition]' });
        continue;
      }
      const before = assertion.policy.length;
      try {
        // Without quotes or brackets, casbin's CSV parser (trim, comma) gives exactly the trimmed
        // comma-separated values; parsing such lines here is ~20 times faster on large exports.
        if (/["()]/.test(line)) Helper.loadPolicyLine(line, model);
        else assertion.policy.push(line.split(',').slice(1).map((v) => v.trim()));
      } catch (error) {
        this.errors.push({ severity: 'error', file, line: i + 1, message: `casbin cannot read this policy line: ${(error as Error).message}`, expected: 'comma-separated values: type, then the fields of its definition' });
        continue;
      }
      const stored = assertion.policy[assertion.policy.length - 1];
      if (assertion.policy.length === before + 1 && stored) {
        const rule: PolicyRule = { ptype, values: stored, file, line: i + 1 };
        this.rules.push(rule);
        // enforceEx explains a decision by a rule of the `p` section only: role links (`g` lines,
        // 1.9 million of a 2,000,000-line policy) are never asked for, so they are not indexed.
        if (ptype.startsWith('p')) this.byStored.set(stored, rule);
        // A comment after a rule (`g, alice, admin   # Alice is admin`) is no comment to casbin:
        // the cell, comment included, is the name, so the rule names a role nobody defines.
        const commented = stored.find((v) => /\s#/.test(v));
        if (commented !== undefined) {
          this.warnings.push({ severity: 'warning', file, line: i + 1, message: `value "${commented}" holds a "#" comment, which casbin reads as part of the value (only a line starting with # is a comment)`, expected: 'comments on lines of their own, starting with #' });
        }
        if (stored.length !== assertion.tokens.length && !ptype.startsWith('g')) {
          this.warnings.push({ severity: 'warning', file, line: i + 1, message: `policy line has ${stored.length} values where "${ptype}" defines ${assertion.tokens.length} (${assertion.tokens.map((t) => t.replace(/^\w+?_/, '')).join(', ')})`, expected: 'one value per field of the policy definition' });
        }
      }
    }
  }

  async savePolicy(): Promise<boolean> {
    return false;
  }
  async addPolicy(): Promise<void> {}
  async removePolicy(): Promise<void> {}
  async removeFilteredPolicy(): Promise<void> {}
}

/** The first value of a policy line, unquoted, as casbin's loader reads it. */
function policyTypeOf(line: string): string {
  const comma = line.indexOf(',');
  let key = (comma < 0 ? line : line.slice(0, comma)).trim();
  if (key.startsWith('"') && key.endsWith('"')) key = key.slice(1, -1);
  return key;
}
