// End to end: the built CLI audits a project whose MySQL server is described by two listings (a
// SHOW CREATE USER listing and a SHOW GRANTS listing), merged into one login per account; findings
// name the account as MySQL writes it ('dba'@'%') and cite each file's own line.
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: crm, name: CRM, asOf: 2024-06-01 }
stores:
  - id: clients
    kind: database
    fields:
      - { name: name, category: identity.name }
      - { name: phone, category: contact.phone }
`;

const CREATED = `mysql> SHOW CREATE USER 'dba'@'%'\\G
*************************** 1. row ***************************
CREATE USER for dba@%: CREATE USER \`dba\`@\`%\` IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$0123456789abcdefghijKLMNOPQRSTUVWXYZabcdefghijklmnopq' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK
1 row in set (0.00 sec)
`;

const GRANTS = `mysql> SHOW GRANTS FOR 'dba'@'%';
+------------------------------------------------------------------+
| Grants for dba@%                                                 |
+------------------------------------------------------------------+
| GRANT ALL PRIVILEGES ON *.* TO \`dba\`@\`%\` WITH GRANT OPTION         |
+------------------------------------------------------------------+
1 row in set (0.00 sec)
`;

const PROJECT = `version: 1
manifests: [manifest.yaml]
sources:
  - type: mysql
    path: [create-user.txt, grants.txt]
    options: { server: crm-db }
    mapping:
      tables:
        crm.clients: { store: clients }
      logins:
        dba@%: { usedBy: person }
`;

describe('pipl-audit audit with a MySQL server in two listings', () => {
  it('merges them and reports the person login holding ALL PRIVILEGES WITH GRANT OPTION', () => {
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'create-user.txt': CREATED, 'grants.txt': GRANTS, 'pipl-audit.yaml': PROJECT });
    const result = runCli(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--lang', 'en'], { cwd: dir });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; status: string; message: { en?: string } | string; target?: { key?: string }; evidence: Array<{ file: string; line?: number }> }> };
    const failing = (rule: string) => report.findings.filter((f) => f.ruleId === rule && f.status === 'FAIL');
    const global = failing('PIPL-DB-007');
    expect(global).toHaveLength(1);
    expect(JSON.stringify(global[0]?.message)).toContain("'dba'@'%'");
    // A login's own properties are cited at its first statement (the CREATE USER of the first
    // file); reads cite their GRANT line in their own file (tests/mysql-import.test.ts).
    expect(global[0]?.evidence[0]).toMatchObject({ file: 'create-user.txt', line: 3 });
    // the host '%' (any host) from one file; the password stored, from the other: not "none"
    const host = failing('PIPL-DB-005');
    expect(host).toHaveLength(1);
    expect(JSON.stringify(host[0]?.message)).toContain('password caching-sha2');
  });
});
