// Opt-in: RuoYi's own schema-and-seed script (sql/ry_*.sql of RuoYi-Vue or RuoYi-Cloud), which this
// repository does not ship (public repository content stays out of it). Set
// PIPL_AUDIT_RUOYI_SQL to a copy of one or more such scripts (separated by the path delimiter,
// `:` on Linux) and the test runs `pipl-audit init` then `pipl-audit audit` on each, as a user
// would. Otherwise it is skipped, saying why. What it checks is read from the script itself: every
// sys_role row's data_scope is reported, and the seed's demo accounts (admin, ry) with the shipped
// password hash are found active (PIPL-CRED-002).
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/report/report-schema.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

const scripts = (process.env.PIPL_AUDIT_RUOYI_SQL ?? '').split(delimiter).filter((p) => p.trim() !== '');
const SHIPPED_HASH = '$2a$10$7JB720yubVSZvUI0rEqK/.VqGOZTH.ulu33dHOiBE8ByOhJIrdAu2';

/** The sys_role rows of the script as its one-row INSERTs write them: [role_id, role_key, data_scope]. */
function seedRoles(sql: string): Array<[string, string, string]> {
  const rows = [...sql.matchAll(/^insert into sys_role values\s*\(\s*'?(\d+)'?\s*,\s*'[^']*'\s*,\s*'([^']*)'\s*,\s*'?\d+'?\s*,\s*'?(\d)'?/gim)];
  return rows.map((m) => [m[1]!, m[2]!, m[3]!]);
}

/** The demo users the script seeds with the shipped hash (admin123). */
function seedDemoUsers(sql: string): string[] {
  return [...sql.matchAll(/^insert into sys_user values\s*\([^)]*?'([^']+)',\s*'[^']*',\s*'00'[^\n]*?'(\$2a\$10\$[^']+)'/gim)].filter((m) => m[2] === SHIPPED_HASH).map((m) => m[1]!);
}

describe.skipIf(scripts.length === 0)('RuoYi’s own schema-and-seed script (opt-in: PIPL_AUDIT_RUOYI_SQL names a copy of sql/ry_*.sql; skipped when it is not set)', () => {
  // Skipped, the one test is still listed, with the reason in the suite's name.
  for (const script of scripts.length > 0 ? scripts : ['sql/ry_*.sql']) {
    it(`${basename(script)}: init drafts a project, and the audit reports the demo accounts and every role’s data_scope`, () => {
      expect(existsSync(script), `${script} (PIPL_AUDIT_RUOYI_SQL) does not exist`).toBe(true);
      const sql = readFileSync(script, 'utf8');
      const roles = seedRoles(sql);
      const demo = seedDemoUsers(sql);
      // The script is RuoYi's seed: it has roles and the demo accounts (else this checks nothing).
      expect(roles.length).toBeGreaterThan(0);
      expect(demo).toEqual(expect.arrayContaining(['admin', 'ry']));

      const dir = tempDir({});
      copyFileSync(script, join(dir, basename(script)));
      const init = runCli(['init', dir]);
      expect(init.stderr).not.toMatch(/error/i);
      expect(init.code).toBe(0);
      expect(readFileSync(join(dir, 'pipl-audit.yaml'), 'utf8')).toMatch(/type: ruoyi/);

      const audit = runCli(['audit', dir, '--format', 'json', '--fail-on', 'none', '--lang', 'en']);
      expect(audit.stderr).toBe('');
      expect(audit.code).toBe(0);
      const report = JSON.parse(audit.stdout) as AuditReport;
      const defaults = report.findings.filter((f) => f.ruleId === 'PIPL-CRED-002' && f.status === 'FAIL').flatMap((f) => f.members?.items.map((m) => m.key) ?? [f.target.key]);
      expect(defaults.sort()).toEqual(demo.map((u) => `ruoyi/${u}`).sort());

      const roleNotes = (report.coverage ?? []).filter((c) => c.kind === 'role');
      for (const [id, key, scope] of roles) {
        const note = roleNotes.find((c) => c.name.startsWith(`${key} (`));
        expect(note, `role ${key} (sys_role ${id}) is reported`).toBeDefined();
        // Role admin (or role id 1) bypasses data scope; every other role states the data_scope it has.
        expect(note!.note).toMatch(key === 'admin' || id === '1' ? /super administrator/ : new RegExp(`data_scope ${scope} `));
      }
    });
  }
});
