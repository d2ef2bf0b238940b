// A single-database pg_dump names the owner roles it does not create (`ALTER TABLE … OWNER TO
// app_owner`; the roles come from `pg_dumpall --roles-only`). Each such statement fails in the
// embedded database (42704, role "…" does not exist): one cause, the missing role, however many
// tables it owns. Folded here into one warning and one coverage note per missing role, naming how
// many statements failed and the first of them; every other failed statement stays its own.
import type { Diagnostic } from '../../inventory/diagnostic.js';
import type { CoverageNote } from '../importer.js';
import { failedStatementPrefix, type FailedStatement } from './run-in-pglite.js';

const UNDEFINED_OBJECT = '42704';
const OWNER_TO = /^\s*ALTER\s+(.+?)\s+OWNER\s+TO\s/is;
const MISSING_ROLE = /^role "((?:[^"]|"")+)" does not exist$/;

interface MissingOwner { role: string; statements: FailedStatement[] }

/** The failed statements and warnings with the OWNER TO failures on a missing role folded, one per role. */
export function foldMissingOwners(failed: readonly FailedStatement[], warnings: readonly Diagnostic[]): { failed: FailedStatement[]; warnings: Diagnostic[]; coverage: CoverageNote[] } {
  const byRole = new Map<string, MissingOwner>();
  const folded = new Set<string>();
  const rest: FailedStatement[] = [];
  for (const f of failed) {
    const role = f.code === UNDEFINED_OBJECT && OWNER_TO.test(f.text) ? MISSING_ROLE.exec(f.message)?.[1] : undefined;
    if (role === undefined) {
      rest.push(f);
      continue;
    }
    let entry = byRole.get(role);
    if (!entry) byRole.set(role, (entry = { role, statements: [] }));
    entry.statements.push(f);
    folded.add(`${f.file}\0${f.line}`);
  }
  if (byRole.size === 0) return { failed: [...failed], warnings: [...warnings], coverage: [] };
  // The run's own warning on each folded statement gives way to the role's one warning.
  const kept = warnings.filter((w) => !(w.message.startsWith(failedStatementPrefix(UNDEFINED_OBJECT)) && folded.has(`${w.file}\0${w.line}`)));
  const coverage: CoverageNote[] = [];
  for (const { role, statements } of [...byRole.values()].sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0))) {
    const first = statements[0] as FailedStatement;
    const example = `ALTER ${(OWNER_TO.exec(first.text)?.[1] ?? '').replace(/\s+/g, ' ')}`;
    const n = String(statements.length);
    kept.push({
      severity: 'warning',
      file: first.file,
      line: first.line,
      message: `the dump names role "${role}" as an owner but does not create it (a single-database pg_dump leaves roles to pg_dumpall --roles-only): ${n} OWNER TO statements naming it were skipped (first: ${example}); to include the role, add pg_dumpall --roles-only output to the same source`,
      expected: 'the roles the dump names, read with it (pg_dumpall --roles-only output in the same source)',
    });
    coverage.push({
      file: first.file,
      line: first.line,
      kind: 'statement',
      name: `OWNER TO ${role}`,
      note: `${n} OWNER TO statements name role "${role}", which the dump does not create (first: ${example}); what that role owns is not in the inventory`,
      noteZh: `${n} 条 OWNER TO 语句指定的角色 "${role}" 未在导出中创建（第一条：${example}）；该角色所拥有的对象不在清单中`,
    });
  }
  return { failed: rest, warnings: kept, coverage };
}
