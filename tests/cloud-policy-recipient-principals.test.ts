// A recipient's cloud principal tied to its flow (the cloud-policy mapping's `principals`): what the
// principal may read is compared with what the flow lists (PIPL-PROV-008), through the CLI on the
// CAM fixture bundle, whose backup-job user may get (not list) objects of the waybill archive.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';

const CAM = readFileSync(new URL('./fixtures/cloud-policy/cam-bundle.json', import.meta.url), 'utf8');

const manifest = (flowStores: string) => `apiVersion: pipl-audit/v1
system: { id: courier-outlet, name: 快递驿站系统, asOf: 2024-06-01 }
stores:
  - id: waybill-archive
    kind: backup
    fields:
      - { name: phone, category: contact.phone }
      - { name: address, category: contact.address }
  - id: print-jobs
    kind: file
    fields:
      - { name: address, category: contact.address }
flows:
  - id: to-print-vendor
    recipient: { name: 面单打印服务商, kind: entrusted-processor }
    stores: [${flowStores}]
    access: { method: file-transfer, channel: cloud-share }
`;

const project = (principals: string) => `version: 1
manifests: [manifest.yaml]
sources:
  - type: cloud-policy
    path: cam.json
    mapping:
      stores:
        waybill-archive: { bucket: "qcs::cos:ap-guangzhou:uid/1250000000:waybill-archive-1250000000", object: 2024/06/waybills-0755.csv }
${principals}`;

const TIED = `      principals:
        "cam:user/backup-job": { flow: to-print-vendor }
`;

interface Finding { ruleId: string; status: string; target?: { key?: string }; message: { en?: string } | string }

async function audit(manifestText: string, projectText: string) {
  const dir = tempDir({ 'manifest.yaml': manifestText, 'pipl-audit.yaml': projectText, 'cam.json': CAM });
  const result = await runCliInProcess(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--lang', 'en', '--include-passed'], { cwd: dir });
  const report = result.code === 0 ? (JSON.parse(result.stdout) as { findings: Finding[] }) : undefined;
  return { result, prov8: report?.findings.filter((f) => f.ruleId === 'PIPL-PROV-008') ?? [] };
}

describe('a recipient principal tied to its flow (mapping.principals)', () => {
  it('FAILs where the principal reads a store the flow does not list, naming the principal and the store', async () => {
    const { result, prov8 } = await audit(manifest('print-jobs'), project(TIED));
    expect(result.code).toBe(0);
    expect(prov8.map((f) => [f.target?.key, f.status])).toEqual([['to-print-vendor', 'FAIL']]);
    expect(JSON.stringify(prov8[0]?.message)).toContain('cam:user/backup-job → waybill-archive: contact.address, contact.phone');
  });

  it('PASSes where it reads only the flow\'s stores', async () => {
    const { prov8 } = await audit(manifest('waybill-archive'), project(TIED));
    expect(prov8.map((f) => f.status)).toEqual(['PASS']);
  });

  it('is NOT_EVALUATED where no principal is tied to the flow, naming mapping.principals', async () => {
    const { prov8 } = await audit(manifest('waybill-archive'), project(''));
    expect(prov8.map((f) => f.status)).toEqual(['NOT_EVALUATED']);
    expect(JSON.stringify(prov8[0])).toContain('mapping.principals');
  });

  it('a flow the manifest lacks is an error in the project file at its line, with the nearest flow', async () => {
    const { result } = await audit(manifest('waybill-archive'), project(TIED.replace('flow: to-print-vendor', 'flow: to-print-vendr')));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pipl-audit\.yaml:\d+:\d+: error: .*flow "to-print-vendr", which no manifest declares \(did you mean "to-print-vendor"\?\)/);
  });

  it('a principal no bundle has is an error in the project file at its line, with the nearest principal', async () => {
    const { result } = await audit(manifest('waybill-archive'), project(TIED.replace('cam:user/backup-job', 'cam:user/backup-jobs')));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pipl-audit\.yaml:\d+:\d+: error: .*principal "cam:user\/backup-jobs" is tied to a flow, but no bundle of the source has it \(did you mean "cam:user\/backup-job"\?\)/);
  });
});
