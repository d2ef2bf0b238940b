// Egg.js plugin configuration as the code reads it: egg-jwt's secret is set in
// config/config.default (`config.jwt = { secret: '…' }`) and given to the token calls as
// `app.config.jwt.secret`; other keys are read the same way (`this.config.biz.aesKey`). The scan
// reads the config file's values (a literal, `process.env.X || '…'`, the environment) by their
// dotted path, and a key the code takes from `app.config.<path>` is the value written there. A
// key the config does not hold, or holds in a form the scan does not read, stays as before: read
// from the configuration.
import { nameTable } from './name-table.js';
import { ts } from './typescript-parser.js';
import { dottedName, propertyName } from './ast-values.js';
import type { CodePosition, FileFacts } from './code-facts.js';

const EGG_CONFIG_FILE = /(^|\/)config\/config\.(default|prod)\.[cm]?[jt]s$/;
/** The prefix of a key reference the linker resolves in the Egg config (`egg-config:jwt.secret`). */
export const EGG_CONFIG_REF = 'egg-config:';
/** How deep nested option objects are read, and how many values are kept. */
const MAX_DEPTH = 4;
const MAX_VALUES = 1000;

export interface EggConfigValue {
  source: 'literal' | 'fallback-literal' | 'environment' | 'file';
  literal?: string;
  encoding?: string;
  at?: CodePosition;
}

/** The values a config file of an Egg application sets, by dotted path (`jwt.secret`), each read as a key is (`read`: extract-keys.ts). */
export function eggConfigValues(file: ts.SourceFile, path: string, read: (value: ts.Expression) => { source: string; literal?: string; encoding?: string; at?: CodePosition }): Record<string, EggConfigValue> | undefined {
  if (!EGG_CONFIG_FILE.test(path)) return undefined;
  const out = nameTable<EggConfigValue>();
  let count = 0;
  const leaf = (key: string, value: ts.Expression, depth: number): void => {
    if (depth > MAX_DEPTH || count >= MAX_VALUES) return;
    let e = value;
    while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
    if (ts.isObjectLiteralExpression(e)) {
      for (const p of e.properties) {
        if (ts.isPropertyAssignment(p)) {
          const k = propertyName(p.name);
          if (k !== undefined) leaf(`${key}.${k}`, p.initializer, depth + 1);
        } else if (ts.isShorthandPropertyAssignment(p)) leaf(`${key}.${p.name.text}`, p.name, depth + 1);
      }
      return;
    }
    const v = read(e);
    if (v.source === 'literal' || v.source === 'fallback-literal' || v.source === 'environment' || v.source === 'file') {
      out[key] = { source: v.source as EggConfigValue['source'], ...(v.literal !== undefined ? { literal: v.literal } : {}), ...(v.encoding ? { encoding: v.encoding } : {}), ...(v.at ? { at: v.at } : {}) };
      count++;
    }
  };
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = dottedName(n.left);
      const m = target !== undefined ? /^(?:config|exports|module\.exports)\.([\w$]+(?:\.[\w$]+)*)$/.exec(target) : null;
      if (m?.[1] !== undefined) leaf(m[1], n.right, m[1].split('.').length - 1);
    } else if (ts.isReturnStatement(n) && n.expression && ts.isObjectLiteralExpression(n.expression)) {
      // `return { ...config, biz: { … } }`: the object the config function returns.
      for (const p of n.expression.properties) {
        const k = ts.isPropertyAssignment(p) ? propertyName(p.name) : undefined;
        if (k !== undefined && ts.isPropertyAssignment(p)) leaf(k, p.initializer, 0);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return count > 0 ? out : undefined;
}

/** Whether a file is written for Egg (imports or requires `egg`): there `this.config` is the application's config. */
const forEgg = (file: ts.SourceFile): boolean => /\bfrom\s+['"]egg['"]|\brequire\(\s*['"]egg['"]\s*\)/.test(file.text);

/**
 * The config path a key expression reads in an Egg application: `app.config.jwt.secret`,
 * `this.app.config.…`, `ctx.app.config.…`, and `this.config.…` in a file written for Egg.
 */
export function eggConfigPath(ref: string, file: ts.SourceFile): string | undefined {
  const m = /^(?:this\.|ctx\.|this\.ctx\.)?app\.config\.([\w$]+(?:\.[\w$]+)*)$/.exec(ref) ?? (forEgg(file) ? /^this\.config\.([\w$]+(?:\.[\w$]+)*)$/.exec(ref) : null);
  return m?.[1];
}

/** The value a config path holds in the code base's Egg config (the first config.default in file order, then config.prod). */
export function eggConfigValue(files: readonly FileFacts[], path: string): { value: EggConfigValue; file: string } | undefined {
  const ordered = [...files.filter((f) => /config\.default\./.test(f.path)), ...files.filter((f) => !/config\.default\./.test(f.path))];
  for (const f of ordered) {
    if (f.eggConfig !== undefined && Object.hasOwn(f.eggConfig, path)) return { value: f.eggConfig[path] as EggConfigValue, file: f.path };
  }
  return undefined;
}
