// Audit frameworks: the CAC compliance-audit guideline and the standards rules cite, judged item by
// item. The mapping is checked both ways (rules ↔ framework), and the semantics that a prosecutor
// relies on: a declaration or a manual item is never a PASS, a PASS needs rules that cover the item.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluateFramework } from '../src/frameworks/evaluate-framework.js';
import { loadFramework, shippedFrameworkIds, type LoadedFramework } from '../src/frameworks/load-framework.js';
import { citesProvision } from '../src/frameworks/framework-rules.js';
import type { Framework } from '../src/frameworks/framework-schema.js';
import { InputError } from '../src/inventory/diagnostic.js';
import { emptyInventory, type Inventory } from '../src/inventory/inventory.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { loadRulePack, shippedPackDirs } from '../src/rules/load-rule-pack.js';
import { guidelineItemsText } from '../src/report/framework-labels.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { REPO_ROOT, runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const RULES = shippedPackDirs().flatMap((dir) => loadRulePack(dir).rules.map((r) => r.definition));
const CAC = loadFramework('cac-2025', REPO_ROOT).framework;

describe('the CAC guideline framework and the rules name the same items', () => {
  const subItems = CAC.items.flatMap((i) => i.subItems);
  const subItemIds = new Set(subItems.map((s) => s.id));

  it('every shipped rule names the guideline items it evaluates, and each exists', () => {
    const without = RULES.filter((r) => !r.guideline || r.guideline.length === 0).map((r) => r.id);
    expect(without, 'rules without guideline items').toEqual([]);
    const unknown = RULES.flatMap((r) => (r.guideline ?? []).filter((id) => !subItemIds.has(id)).map((id) => `${r.id} → ${id}`));
    expect(unknown, 'guideline items that are not in frameworks/cac-2025.yaml').toEqual([]);
  });

  it("each rule's items are exactly the sub-items that list it", () => {
    const fromFramework = new Map<string, string[]>();
    for (const sub of subItems) for (const id of sub.rules ?? []) fromFramework.set(id, [...(fromFramework.get(id) ?? []), sub.id]);
    const mismatches = RULES.filter((r) => [...(r.guideline ?? [])].sort().join() !== [...(fromFramework.get(r.id) ?? [])].sort().join()).map(
      (r) => `${r.id}: rule says ${r.guideline?.join(', ')}, framework lists it under ${fromFramework.get(r.id)?.join(', ') ?? 'nothing'}`,
    );
    expect(mismatches).toEqual([]);
    const ruleIds = new Set(RULES.map((r) => r.id));
    expect([...fromFramework.keys()].filter((id) => !ruleIds.has(id)), 'framework rules that do not exist').toEqual([]);
  });

  it('every item of the framework maps to something: rules, declarations or a manual check', () => {
    const empty = subItems.filter((s) => !s.rules && !s.declarations && !s.manual).map((s) => s.id);
    expect(empty).toEqual([]);
    // The 26 audit topics of the annex (items 二 to 二十七).
    expect(CAC.items.map((i) => Number(i.id))).toEqual(Array.from({ length: 26 }, (_, i) => i + 2));
  });

  it('declaration paths name keys the manifest schema has', () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/manifest-v1.json'), 'utf8')) as Record<string, unknown>;
    const resolves = (node: unknown, segments: string[]): boolean => {
      if (segments.length === 0) return true;
      const s = node as { properties?: Record<string, unknown>; items?: unknown; anyOf?: unknown[] };
      const [head, ...rest] = segments as [string, ...string[]];
      if (head === '*') return s.items !== undefined && resolves(s.items, rest);
      if (s.anyOf) return s.anyOf.some((alt) => resolves(alt, segments));
      return s.properties?.[head] !== undefined && resolves(s.properties[head], rest);
    };
    const bad = subItems.flatMap((s) => (s.declarations ?? []).filter((d) => !resolves(schema, d.path.slice(1).split('/'))).map((d) => `${s.id} ${d.path}`));
    expect(bad).toEqual([]);
  });
});

describe('frameworks mapped by basis', () => {
  for (const id of shippedFrameworkIds().filter((f) => f !== 'cac-2025')) {
    it(`${id}: every listed clause is cited by at least one shipped rule`, () => {
      const { framework } = loadFramework(id, REPO_ROOT);
      if (framework.mapping === 'guideline') throw new Error('expected a basis mapping');
      const instrument = framework.mapping.basis;
      const uncited = framework.items
        .flatMap((i) => i.subItems)
        .flatMap((s) => s.provisions ?? [])
        .filter((p) => !RULES.some((r) => r.basis.some((b) => b.instrument === instrument && citesProvision(b.provision, p))));
      expect(uncited).toEqual([]);
    });
  }

  it('a provision cites a clause or one below it, never a neighbour with the same prefix', () => {
    expect(citesProvision('§7.1', '7.1')).toBe(true);
    expect(citesProvision('8.1.4.2 c) (level 3 access control)', '8.1.4.2')).toBe(true);
    expect(citesProvision('8.1.4.1 c) and 8.1.4.8 (level 3)', '8.1.4.8')).toBe(true);
    expect(citesProvision('8.1.4.11', '8.1.4.1')).toBe(false);
    expect(citesProvision('§7.10', '7.1')).toBe(false);
  });
});

// A framework of four sub-items and a report of three rules, to pin down each status.
const FRAMEWORK: Framework = {
  id: 'test',
  mapping: 'guideline',
  title: { zh: '测试', en: 'test' },
  source: { zh: '测试', en: 'test', verified: true },
  items: [
    {
      id: '1',
      title: { zh: '一', en: 'one' },
      subItems: [
        { id: '1.1', text: { zh: '完整覆盖', en: 'covered' }, rules: ['R-COVER-1'], complete: true },
        { id: '1.2', text: { zh: '部分覆盖', en: 'partly' }, rules: ['R-PART-1'], manual: { zh: '人工', en: 'by hand' } },
        { id: '1.3', text: { zh: '声明', en: 'declared' }, declarations: [{ path: '/system/piOfficer', what: { zh: '负责人', en: 'officer' } }] },
        { id: '1.4', text: { zh: '列表声明', en: 'declared per flow' }, declarations: [{ path: '/flows/*/consent', what: { zh: '同意', en: 'consent' } }] },
      ],
    },
  ],
};
const LOADED: LoadedFramework = { framework: FRAMEWORK, file: 'test.yaml', sha256: '0'.repeat(64) };

function reportWith(counts: Record<string, Partial<Record<'FAIL' | 'PASS' | 'NOT_EVALUATED' | 'MANUAL', number>>>, extra: Partial<AuditReport> = {}): AuditReport {
  const rules = Object.entries(counts).map(([id, c]) => ({
    id,
    pack: 'core',
    title: { zh: id, en: id },
    theme: 'query-rights' as const,
    severity: 'high' as const,
    basis: [],
    remediation: { zh: '', en: '' },
    cases: [],
    params: {},
    counts: { FAIL: 0, PASS: 0, NOT_EVALUATED: 0, MANUAL: 0, notApplicable: 0, ...c },
  }));
  const findings = Object.entries(counts).flatMap(([id, c]) =>
    (['FAIL', 'NOT_EVALUATED'] as const).flatMap((status) =>
      Array.from({ length: c[status] ?? 0 }, (_, i) => ({
        ruleId: id,
        status,
        severity: 'high' as const,
        theme: 'query-rights' as const,
        view: 'system',
        target: { key: `t${i}`, label: `t${i}` },
        message: { zh: '', en: '' },
        evidence: [],
        fingerprint: `${id}-${status}-${i}`,
      })),
    ),
  );
  return { rules, findings, ...extra } as unknown as AuditReport;
}

function inventoryWith(patch: (inventory: Inventory) => void): Inventory {
  const inventory = emptyInventory();
  patch(inventory);
  return inventory;
}

const statusOf = (report: AuditReport, inventory: Inventory = emptyInventory()) =>
  Object.fromEntries(evaluateFramework(LOADED, report, inventory).items[0]!.subItems.map((s) => [s.id, s.status]));

describe('framework statuses', () => {
  it('PASS only where rules that cover the whole sub-item ran and passed', () => {
    const statuses = statusOf(reportWith({ 'R-COVER-1': { PASS: 3 }, 'R-PART-1': { PASS: 2 } }));
    expect(statuses['1.1']).toBe('PASS');
    // The same passing rules over part of a sub-item leave the rest to people.
    expect(statuses['1.2']).toBe('MANUAL');
  });

  it('a declaration is DECLARED, never PASS; an unstated one is NOT_EVALUATED naming the key', () => {
    const declared = inventoryWith((inv) => {
      inv.system = { id: 's', name: 's', piOfficer: { appointed: true, name: 'A' } };
    });
    const result = evaluateFramework(LOADED, reportWith({}), declared).items[0]!.subItems;
    expect(result.find((s) => s.id === '1.3')?.status).toBe('DECLARED');
    expect(result.map((s) => s.status)).not.toContain('PASS');
    const unstated = evaluateFramework(LOADED, reportWith({}), emptyInventory()).items[0]!.subItems.find((s) => s.id === '1.3');
    expect(unstated?.status).toBe('NOT_EVALUATED');
    expect(unstated?.reason.en).toContain('/system/piOfficer');
  });

  it('a list declaration stated by only some entities is NOT_EVALUATED naming the others; an empty stated list is nothing to declare', () => {
    const flow = (id: string, consent?: 'separate') => ({ id, recipient: { name: id, kind: 'third-party' as const }, stores: [], ...(consent ? { consent } : {}) });
    const partial = inventoryWith((inv) => {
      inv.flows = [flow('a', 'separate'), flow('b')];
      inv.statedSections.add('flows');
    });
    const sub = evaluateFramework(LOADED, reportWith({}), partial).items[0]!.subItems.find((s) => s.id === '1.4');
    expect(sub?.status).toBe('NOT_EVALUATED');
    expect(sub?.reason.en).toContain('/flows/b');
    expect(sub?.reason.en).not.toContain('/flows/a');
    const none = inventoryWith((inv) => inv.statedSections.add('flows'));
    expect(evaluateFramework(LOADED, reportWith({}), none).items[0]!.subItems.find((s) => s.id === '1.4')?.status).toBe('NOT_APPLICABLE');
  });

  it('FAIL when a rule fails, citing its findings, even when the exceptions file accepted them', () => {
    const failing = evaluateFramework(LOADED, reportWith({ 'R-COVER-1': { FAIL: 2, PASS: 1 } }), emptyInventory()).items[0]!;
    expect(failing.status).toBe('FAIL');
    expect(failing.subItems[0]?.findings).toEqual(['R-COVER-1-FAIL-0', 'R-COVER-1-FAIL-1']);
    const suppressed = reportWith({ 'R-COVER-1': { PASS: 1 } });
    suppressed.findings.push({
      ruleId: 'R-COVER-1',
      status: 'SUPPRESSED',
      severity: 'high',
      theme: 'query-rights',
      view: 'system',
      target: { key: 'x', label: 'x' },
      message: { zh: '', en: '' },
      evidence: [],
      fingerprint: 'accepted',
      suppression: { exception: 'EX-1', status: 'FAIL', reason: 'r', approver: 'a', expires: '2030-01-01' },
    } as AuditReport['findings'][number]);
    const sub = evaluateFramework(LOADED, suppressed, emptyInventory()).items[0]!.subItems[0]!;
    expect(sub.status).toBe('FAIL');
    expect(sub.reason.en).toContain('exceptions file accepted');
  });

  it('NOT_EVALUATED when a rule could not decide, and when a rule of the sub-item was disabled', () => {
    expect(statusOf(reportWith({ 'R-COVER-1': { NOT_EVALUATED: 1, PASS: 4 } }))['1.1']).toBe('NOT_EVALUATED');
    const disabled = reportWith({}, { gate: { disabledRules: [{ id: 'R-COVER-1', by: 'option' }] } } as Partial<AuditReport>);
    expect(statusOf(disabled)['1.1']).toBe('NOT_EVALUATED');
  });

  it('NOT_APPLICABLE when the covering rules found nothing to apply to', () => {
    expect(statusOf(reportWith({ 'R-COVER-1': {} }))['1.1']).toBe('NOT_APPLICABLE');
  });

  it('an item takes its worst sub-item, and coverage counts each status', () => {
    const result = evaluateFramework(LOADED, reportWith({ 'R-COVER-1': { PASS: 1 }, 'R-PART-1': { FAIL: 1 } }), emptyInventory());
    expect(result.items[0]?.status).toBe('FAIL');
    expect(result.coverage).toEqual({ subItems: 4, FAIL: 1, PASS: 1, DECLARED: 0, MANUAL: 0, NOT_EVALUATED: 2, NOT_APPLICABLE: 0 });
  });
});

describe('framework files are input like any other', () => {
  it('a sub-item that maps to nothing is an input error with its file and line', () => {
    const dir = tempDir({
      'mine.yaml': 'id: mine\nmapping: guideline\ntitle: { zh: 我的, en: mine }\nsource: { zh: x, en: x, verified: false }\nitems:\n  - id: "1"\n    title: { zh: 一, en: one }\n    subItems:\n      - id: "1.1"\n        text: { zh: 空, en: empty }\n',
    });
    let error: unknown;
    try {
      loadFramework('mine.yaml', dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]).toMatchObject({ line: 9, message: expect.stringContaining('maps to nothing') });
  });

  it('the guideline numbers items as it writes them', () => {
    expect(guidelineItemsText(['19.7', '20', '27'], 'zh')).toBe('十九（七）、二十、二十七');
    expect(guidelineItemsText(['19.7', '20'], 'en')).toBe('19(7), 20');
  });
});

describe('the CLI', () => {
  it('audit --framework cac-2025 judges the courier case item by item in every format', () => {
    const dir = tempDir({});
    const result = runCli(['audit', 'examples/courier/before', '--framework', 'cac-2025', '--lang', 'zh', '-f', 'text', '-o', '-', '-f', 'json', '-o', join(dir, 'r.json'), '-f', 'markdown', '-o', join(dir, 'r.md'), '-f', 'html', '-o', join(dir, 'r.html')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('个人信息保护合规审计指引（2025）');
    expect(result.stdout).toMatch(/二十、安全技术措施 {2}不合规/);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as AuditReport;
    const item20 = report.frameworks?.[0]?.items.find((i) => i.id === '20');
    expect(item20?.status).toBe('FAIL');
    // Item 4 (notice) has no rule and no declaration: people check it.
    expect(report.frameworks?.[0]?.items.find((i) => i.id === '4')?.status).toBe('MANUAL');
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('| 二十、安全技术措施 |');
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('id="framework-cac-2025"');
  });

  it('frameworks list and explain say what each item is judged by', () => {
    const list = runCli(['frameworks', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n').filter(Boolean).map((l) => l.split(' ')[0])).toEqual(shippedFrameworkIds());
    const explain = runCli(['frameworks', 'explain', 'cac-2025', '19.7']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('PIPL-QRY-001');
    expect(explain.stdout).not.toContain('20.3');
  });

  it('an unknown framework is exit 2 naming the shipped ones', async () => {
    const result = await runCliInProcess(['audit', 'examples/gym/before', '--framework', 'iso-27701']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cac-2025');
  });

  it('a project file can name frameworks to judge on every audit; the audit report document adds cac-2025 beside them', async () => {
    const project = parse(readFileSync(join(REPO_ROOT, 'schemas/project-v1.json'), 'utf8')) as { properties: Record<string, unknown> };
    expect(project.properties.frameworks).toBeDefined();
    const dir = tempDir({});
    cpSync(join(REPO_ROOT, 'examples/gym/before'), dir, { recursive: true });
    writeFileSync(join(dir, 'pipl-audit.yaml'), 'version: 1\nmanifests: [system.yaml, collection.yaml, data.yaml, provision.yaml]\nframeworks: [gbt-35273-2020]\n');
    const judged = async (args: string[]) => {
      const result = await runCliInProcess(['audit', '.', '--fail-on', 'none', '-f', 'json', '-o', 'r.json', ...args], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      return (JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as AuditReport).frameworks?.map((f) => f.id);
    };
    expect(await judged([])).toEqual(['gbt-35273-2020']);
    expect(await judged(['-f', 'audit-report', '-o', 'a.html'])).toEqual(['gbt-35273-2020', 'cac-2025']);
    // --framework names the frameworks instead of the project's; the document still adds cac-2025, once.
    expect(await judged(['--framework', 'mlps-level3', '-f', 'audit-report', '-o', 'a.html'])).toEqual(['mlps-level3', 'cac-2025']);
    expect(await judged(['--framework', 'cac-2025', '-f', 'audit-report', '-o', 'a.html'])).toEqual(['cac-2025']);
  });
});
