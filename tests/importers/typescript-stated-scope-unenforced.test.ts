// End to end: a route role's scope the manifest states (station-partner: unit) does not pass a read
// the code shows is keyed by the request's station id with no owner condition and no check bound
// to the caller; PIPL-CODE-011 FAILs citing both the manifest's grant and the code's query. Behind a
// gate query binding the caller to the station, the stated scope stands (PASS).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: ev-charging, name: EV charging, sector: other }
stores:
  - id: occupancy-snapshots
    kind: database
    fields:
      - { name: plate_no, category: vehicle.licence-plate }
roles:
  - id: station-partner
    kind: business
    grants:
      - { store: occupancy-snapshots, actions: [read], scope: unit }
`;

const PROJECT = `version: 1
manifests: [manifest]
sources:
  - type: typescript
    path: backend
    mapping:
      roles: { station-partner: station-partner }
      stores: { OccupancySnapshot: occupancy-snapshots }
`;

const ROUTES = (gate: boolean) => `import { Router } from 'express';
import { OccupancySnapshot, PartnerStation } from '../models';
import { requireStaff, requireRole } from '../auth';
const router = Router();
router.get('/partner/snapshots', requireStaff, requireRole('station-partner'), async (req, res) => {
${gate ? `  const link = await PartnerStation.findOne({ where: { stationId: req.query.stationId, operatorId: req.user.operatorId } });
  if (!link) return res.status(403).end();
` : ''}  const rows = await OccupancySnapshot.findAll({ where: { stationId: req.query.stationId } });
  res.json(rows);
});
export default router;
`;

interface Finding { ruleId: string; status: string; target: { key: string }; message: { en: string; zh: string }; evidence: Array<{ file: string; line?: number }> }

function audit(gate: boolean): Finding[] {
  const dir = tempDir({
    'pipl-audit.yaml': PROJECT,
    'manifest/system.yaml': MANIFEST,
    'backend/package.json': '{ "name": "diantu", "private": true, "dependencies": { "express": "^4.19.2", "sequelize": "^6.37.0" } }',
    'backend/src/routes/partner.ts': ROUTES(gate),
  });
  const result = runCli(['audit', '.', '--format', 'json', '-o', 'report.json', '--fail-on', 'none', '--include-passed'], { cwd: dir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Finding[] }).findings.filter((f) => f.ruleId === 'PIPL-CODE-011' && f.target.key.startsWith('GET:/partner/snapshots'));
}

describe('a stated role scope the code does not enforce', () => {
  it('the station id from req.query, a role check only: FAIL, citing the grant in the manifest and the query in the code', () => {
    const [f, ...rest] = audit(false);
    expect(rest).toHaveLength(0);
    expect(f?.status).toBe('FAIL');
    expect(f?.message.en).toMatch(/the manifest states the scope "unit".*serves any record the caller names/);
    expect(f?.message.zh).toMatch(/本单位/);
    const files = new Set(f?.evidence.map((e) => `${e.file}:${e.line}`));
    expect(files).toContain('manifest/system.yaml:12');
    expect(files).toContain('backend/src/routes/partner.ts:6');
  });

  it('behind a gate query binding the caller to the station: the stated scope stands', () => {
    const [f, ...rest] = audit(true);
    expect(rest).toHaveLength(0);
    expect(f?.status).toBe('PASS');
    expect(f?.message.en).not.toMatch(/manifest states the scope/);
  });
});
