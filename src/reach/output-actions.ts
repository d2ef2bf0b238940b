// A path that exports, prints or downloads is counted as export (or print) even when the mapping
// gives only an HTTP verb, which reads as `read`: an interface of kind export or print, a bulk
// interface (many records at once), or an interface, route or policy object named export,
// download or print (导出, 下载, 打印; also a .csv/.xlsx route) takes records out of the system,
// whatever verb reaches it. Each counted action carries the reason, shown with the path.
import type { Grant, Interface } from '../inventory/manifest-schema.js';

export interface ImpliedAction {
  action: 'export' | 'print';
  reason: string;
}

const EXPORT_WORDS = new Set(['export', 'exports', 'exporting', 'exported', 'download', 'downloads', 'downloading', 'csv', 'xlsx', 'xls']);
const PRINT_WORDS = new Set(['print', 'prints', 'printing', 'printout']);
const CHINESE: Array<[string, ImpliedAction['action']]> = [
  ['导出', 'export'],
  ['下载', 'export'],
  ['打印', 'print'],
];

/** What a name says it does: `waybillExport`, `/api/waybills/export`, `运单导出` → export. */
export function actionNamed(name: string): { action: ImpliedAction['action']; word: string } | undefined {
  for (const [word, action] of CHINESE) if (name.includes(word)) return { action, word };
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  for (const word of words) {
    if (EXPORT_WORDS.has(word)) return { action: 'export', word };
    if (PRINT_WORDS.has(word)) return { action: 'print', word };
  }
  return undefined;
}

/** Export or print actions a grant's path implies that its actions do not state, each with why. */
export function impliedOutputActions(grant: Grant, itf: Interface | undefined): ImpliedAction[] {
  const found = new Map<ImpliedAction['action'], string>();
  const add = (action: ImpliedAction['action'], reason: string) => {
    if (!grant.actions.includes(action) && !found.has(action)) found.set(action, reason);
  };
  if (itf) {
    if (itf.kind === 'export' || itf.kind === 'print') add(itf.kind, `interface ${itf.id} is of kind ${itf.kind}`);
    if (itf.bulk === true) add('export', `interface ${itf.id} is a bulk interface (bulk: true: many records at once)`);
    const names: Array<[string, string]> = [[`interface ${itf.id}`, itf.id]];
    if (typeof itf.name === 'string') names.push([`interface ${itf.id} (named "${itf.name}")`, itf.name]);
    else if (itf.name) for (const n of [itf.name.zh, itf.name.en]) if (n) names.push([`interface ${itf.id} (named "${n}")`, n]);
    for (const [what, name] of names) {
      const named = actionNamed(name);
      if (named) add(named.action, `${what} is named "${named.word}"`);
    }
  }
  if (grant.pattern) {
    const named = actionNamed(grant.pattern);
    if (named) add(named.action, `the policy object ${grant.pattern} is named "${named.word}"`);
  }
  return [...found].map(([action, reason]) => ({ action, reason })).sort((a, b) => (a.action < b.action ? -1 : 1));
}
