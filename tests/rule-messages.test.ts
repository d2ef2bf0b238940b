// Every shipped rule's FAIL and PASS fixture findings, rendered in both languages, read as text a
// compliance officer can read: no placeholder that printed a JavaScript value (undefined, null,
// [object Object], NaN), no empty brackets and no colon followed by nothing where a list or a value
// was meant to be named.
import { describe, expect, it } from 'vitest';
import { loadRulePack, shippedPackDirs, type LoadedRule } from '../src/rules/load-rule-pack.js';
import { fixtureDocument, fixtureManifest, runFixtureManifest } from '../src/rules/run-fixtures.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';

const taxonomy = loadTaxonomy();
const rules = shippedPackDirs().flatMap((dir) => loadRulePack(dir).rules);
// …nor a colon followed by nothing (a list the message names, rendered empty on a PASS).
const BAD = /\bundefined\b|\bnull\b|\[object Object\]|\bNaN\b|\(\s*\)|（\s*）|[:：]\s*($|[;；,，)）])/;

function renderedMessages(rule: LoadedRule): string[] {
  const fixtures = rule.loadFixtures();
  const out: string[] = [];
  for (const kind of ['fail', 'pass'] as const) {
    for (const c of fixtures?.[kind] ?? []) {
      const document = fixtureDocument(`${rule.definition.id}#${kind}/${c.name}`, fixtureManifest(fixtures, c));
      const { findings } = runFixtureManifest(rule, taxonomy, document, c.params ?? {});
      for (const f of findings.filter((x) => x.status === (kind === 'fail' ? 'FAIL' : 'PASS'))) {
        for (const lang of ['zh', 'en'] as const) if (BAD.test(f.message[lang])) out.push(`${kind} "${c.name}" (${lang}): ${f.message[lang]}`);
      }
    }
  }
  return out;
}

describe('rule messages read as text', () => {
  for (const rule of rules) {
    it(`${rule.definition.id}: FAIL and PASS messages print no raw value or empty brackets`, () => {
      expect(renderedMessages(rule)).toEqual([]);
    });
  }

  it('name what PIPL-PROV-004 judges for accounts on the system, not a key or file transfer', () => {
    const rule = rules.find((r) => r.definition.id === 'PIPL-PROV-004') as LoadedRule;
    const document = fixtureDocument('t.yaml', {
      apiVersion: 'pipl-audit/v1',
      stores: [{ id: 'claims', kind: 'database', fields: [{ name: 'name', category: 'identity.name' }] }],
      flows: [{ id: 'to-surveyor', recipient: { name: 'Survey Co', kind: 'entrusted-processor' }, stores: ['claims'], access: { method: 'account', managed: false } }],
    });
    const fail = runFixtureManifest(rule, taxonomy, document).findings.find((f) => f.status === 'FAIL');
    expect(fail?.message.en).toMatch(/^Recipient Survey Co of flow to-surveyor gets the data by .+; managed: no$/);
    expect(fail?.message.zh).toMatch(/^数据流 to-surveyor 的接收方 Survey Co 通过 .+ 获取数据，受管理：否$/);
    for (const word of ['channel', 'transfers recorded', 'revocable', 'expires', 'legal basis']) expect(fail?.message.en).not.toContain(word);
    for (const word of ['方式', '传输登记', '可撤回', '到期日', '法律依据']) expect(fail?.message.zh).not.toContain(word);
  });
});
