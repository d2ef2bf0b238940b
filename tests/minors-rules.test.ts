// The rules on children's personal information (儿童个人信息网络保护规定, 未成年人网络保护条例):
// one finding per cause where they meet the general rules. A staff grant to children's data stated
// unapproved is one fact with a privileged role's unapproved grant (PIPL-QRY-007) and folds into
// it; a business role's grant stays PIPL-QRY-012's own. The yearly audit of minors' data
// (PIPL-ORG-008) hosts PIPL-ORG-001 where the general audit is overdue too (the statutory yearly
// cycle is the cause the finding is headed by), and stands alone where a large processor's two-year
// cycle is met.
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { tempDir } from './support/temp-dir.js';

const children = `stores:
  - id: children
    kind: table
    subjects: { kinds: [students], minorsUnder14: true }
    fields:
      - { name: child_name, category: identity.name }
      - { name: allergy, category: health.record }
`;

const run = (manifest: string) => audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': `apiVersion: pipl-audit/v1\n${manifest}` }), asOf: '2024-06-01', exceptions: false, includePassed: true });

describe('staff grants to children’s data stated unapproved', () => {
  const manifest = `${children}roles:
  - id: it-admin
    kind: admin
    grants:
      - { store: children, actions: [read], scope: organization, approval: { required: false } }
  - id: teacher
    kind: business
    grants:
      - { store: children, actions: [read], scope: unit, approval: { required: false } }
`;
  it('fold into the privileged role’s PIPL-QRY-007 finding, and stay PIPL-QRY-012’s own for a business role', async () => {
    const fails = (await run(manifest)).findings.filter((f) => f.status === 'FAIL' && ['PIPL-QRY-007', 'PIPL-QRY-012'].includes(f.ruleId));
    expect(fails.map((f) => [f.ruleId, f.target.key, f.aspects?.map((a) => `${a.ruleId} ${a.target.key}`)])).toEqual([
      ['PIPL-QRY-007', 'role=it-admin', ['PIPL-QRY-012 it-admin>store:children']],
      ['PIPL-QRY-012', 'teacher>store:children', undefined],
    ]);
  });
});

describe('the yearly audit of minors’ data', () => {
  const manifest = (individuals: number, lastDate: string) => `system: { id: k12, name: K12, individuals: ${individuals}, complianceAudit: { lastDate: ${lastDate}, by: internal } }
${children}`;
  const audits = async (individuals: number, lastDate: string) =>
    (await run(manifest(individuals, lastDate))).findings
      .filter((f) => f.status === 'FAIL' && ['PIPL-ORG-001', 'PIPL-ORG-008'].includes(f.ruleId))
      .map((f) => [f.ruleId, f.aspects?.map((a) => a.ruleId)]);

  it('heads the finding, PIPL-ORG-001 folded into it, where the general audit is overdue too', async () => {
    expect(await audits(5000, '2023-03-01')).toEqual([['PIPL-ORG-008', ['PIPL-ORG-001']]]);
  });
  it('heads it for a large processor overdue on both cycles as well', async () => {
    expect(await audits(12000000, '2021-03-01')).toEqual([['PIPL-ORG-008', ['PIPL-ORG-001']]]);
  });
  it('is its own finding where a large processor’s two-year cycle is met', async () => {
    expect(await audits(12000000, '2023-03-01')).toEqual([['PIPL-ORG-008', undefined]]);
  });
});

describe('the person designated for children’s data', () => {
  it('fails where no one is in charge of PI protection at all, and passes with a designate', async () => {
    const verdict = async (system: string) => (await run(`${system}\n${children}`)).findings.find((f) => f.ruleId === 'PIPL-ORG-007')?.status;
    expect(await verdict('system: { id: kg, name: KG, piOfficer: { appointed: false } }')).toBe('FAIL');
    expect(await verdict('system: { id: kg, name: KG, piOfficer: { appointed: false }, childrenPIOfficer: { appointed: true, name: 园务主任 } }')).toBe('PASS');
    expect(await verdict('system: { id: kg, name: KG, piOfficer: { appointed: true } }')).toBe('NOT_EVALUATED');
  });
});

// PIPL Art. 28 lists all PI of a child under 14 as sensitive: a store stating its subjects are
// children holds its names and phone numbers as sensitive PI, and the finding says why (not just
// that a phone number is sensitive). One finding per store, whatever else in it is sensitive.
describe('children’s PI as sensitive PI', () => {
  const roster = (subjects: string) => `stores:
  - id: pupils
    kind: table
    subjects: ${subjects}
    encryption: { atRest: false }
    fields:
      - { name: child_name, category: identity.name }
      - { name: guardian_phone, category: contact.phone }
      - { name: allergy, category: health.record }
`;
  it('a store stating children under 14 fails PIPL-SPI-003 once, naming the children’s PI and PIPL Art. 28', async () => {
    const spi = (await run(roster('{ kinds: [students], minorsUnder14: true }'))).findings.filter((f) => f.ruleId === 'PIPL-SPI-003');
    expect(spi.map((f) => [f.status, f.target.key])).toEqual([['FAIL', 'pupils']]);
    const message = spi[0]?.message as unknown as { zh: string; en: string };
    expect(message.en).toContain("children's PI");
    expect(message.en).toContain('PIPL Art. 28');
    expect(message.en).toContain('Phone number');
    expect(message.zh).toContain('第二十八条');
  });
  it('a store stating no children holds its phone numbers as ordinary PI, and says nothing of children', async () => {
    const spi = (await run(roster('{ kinds: [students], minorsUnder14: false }'))).findings.filter((f) => f.ruleId === 'PIPL-SPI-003');
    expect(spi.map((f) => f.status)).toEqual(['FAIL']);
    const message = spi[0]?.message as unknown as { zh: string; en: string };
    expect(message.en).not.toContain('Phone number');
    expect(message.en).not.toContain('Art. 28');
  });
});
