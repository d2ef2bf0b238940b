// A PASS finding reads the rule's passMessage, not the failure message; without one it keeps the message.
import { describe, expect, it } from 'vitest';
import { loadRulePack, shippedPackDirs, type LoadedRule } from '../src/rules/load-rule-pack.js';
import { fixtureDocument, runFixtureManifest } from '../src/rules/run-fixtures.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';

const taxonomy = loadTaxonomy();
const core = shippedPackDirs().flatMap((dir) => loadRulePack(dir).rules);
const log002 = core.find((r) => r.definition.id === 'PIPL-LOG-002') as LoadedRule;

const manifest = (logged: boolean) => ({
  apiVersion: 'pipl-audit/v1',
  stores: [{ id: 'records', kind: 'database', fields: [{ name: 'phone', category: 'contact.phone' }] }],
  interfaces: [{ id: 'viewer', kind: 'query-screen', store: 'records', returns: ['phone'], logged }],
});
const run = (rule: LoadedRule, data: Record<string, unknown>) => runFixtureManifest(rule, taxonomy, fixtureDocument('t.yaml', data)).findings;

describe('passMessage', () => {
  const withPass: LoadedRule = {
    ...log002,
    definition: { ...log002.definition, passMessage: { zh: '接口 {interface.id} 的使用已记入日志', en: 'Use of interface {interface.id} is logged' } },
  };

  it('renders a PASS with passMessage in both languages', () => {
    const [pass] = run(withPass, manifest(true));
    expect(pass?.status).toBe('PASS');
    expect(pass?.message).toEqual({ zh: '接口 viewer 的使用已记入日志', en: 'Use of interface viewer is logged' });
  });

  it('keeps the failure message for a FAIL of the same rule', () => {
    const [fail] = run(withPass, manifest(false));
    expect(fail?.status).toBe('FAIL');
    expect(fail?.message.en).toContain('but its use is not logged');
  });

  it('falls back to message for a PASS when the rule has no passMessage', () => {
    const plain: LoadedRule = { ...log002, definition: { ...log002.definition, passMessage: undefined } };
    const [pass] = run(plain, manifest(true));
    expect(pass?.status).toBe('PASS');
    expect(pass?.message.en).toContain('but its use is not logged');
  });

  it('is given by the shipped rules whose failure wording would misstate a PASS', () => {
    for (const id of ['PIPL-CRED-009', 'PIPL-IDP-004', 'PIPL-CODE-002']) {
      const rule = core.find((r) => r.definition.id === id);
      expect(rule?.definition.passMessage?.zh, id).toBeTruthy();
      expect(rule?.definition.passMessage?.en, id).toBeTruthy();
    }
  });
});
