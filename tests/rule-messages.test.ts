// Every shipped rule's FAIL and PASS fixture findings, rendered in both languages, read as text a
// compliance officer can read: no placeholder that printed a JavaScript value (undefined, null,
// [object Object], NaN), no empty brackets and no colon followed by nothing where a list or a value
// was meant to be named. A grouped finding's cause (`groupBy`) is read the same way, in both
// languages, and its key (the finding's target, what fingerprints, baselines and exceptions know)
// names no field or element with nothing in it (`{carriedBy:,role:…}`, issue 11 §2).
import { describe, expect, it } from 'vitest';
import { loadRulePack, shippedPackDirs, type LoadedRule } from '../src/rules/load-rule-pack.js';
import { fixtureDocument, fixtureManifest, runFixtureManifest } from '../src/rules/run-fixtures.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';

const taxonomy = loadTaxonomy();
const rules = shippedPackDirs().flatMap((dir) => loadRulePack(dir).rules);
// …nor a colon followed by nothing (a list the message names, rendered empty on a PASS).
const BAD = /\bundefined\b|\bnull\b|\[object Object\]|\bNaN\b|\(\s*\)|（\s*）|[:：]\s*($|[;；,，)）])/;

// A cause label names each groupBy value: nothing after `=`, an element or field with nothing in it,
// or empty brackets is a value that printed as nothing.
const BAD_CAUSE_LABEL = new RegExp(`${BAD.source}|=\\s*($|[,，;；)）\\]}])|[\\[{]\\s*[,，\\]}]|[,，]\\s*[,，\\]}]|[:：]\\s*[\\]}]`);
// A cause key writes an unstated groupBy value as nothing (`policy.id=`, documented) and a stated
// empty list as `[]`; inside a value, a field or an element with nothing in it is a value the key
// should not carry.
const BAD_CAUSE_KEY = /:[,}\]]|[[,],|,[\]}]|\{,/;

/** The problems of a grouped finding's cause: its label in both languages and its key. */
function causeProblems(finding: { target: { key: string; label: string }; message: { zh: string; en: string }; members?: unknown }): string[] {
  if (!finding.members) return [];
  const zh = /^同一原因（(.*?)）涉及 \d+ 项；/s.exec(finding.message.zh)?.[1];
  const en = /with the same cause \((.*?)\); for example: /s.exec(finding.message.en)?.[1];
  const out: string[] = [];
  if (zh === undefined || BAD_CAUSE_LABEL.test(zh)) out.push(`cause label (zh): ${zh ?? finding.message.zh}`);
  if (en === undefined || BAD_CAUSE_LABEL.test(en) || BAD_CAUSE_LABEL.test(finding.target.label)) out.push(`cause label (en): ${en ?? finding.message.en}`);
  if (BAD_CAUSE_KEY.test(finding.target.key)) out.push(`cause key: ${finding.target.key}`);
  return out;
}

function renderedMessages(rule: LoadedRule): string[] {
  const fixtures = rule.loadFixtures();
  const out: string[] = [];
  for (const kind of ['fail', 'pass'] as const) {
    for (const c of fixtures?.[kind] ?? []) {
      const document = fixtureDocument(`${rule.definition.id}#${kind}/${c.name}`, fixtureManifest(fixtures, c));
      const { findings } = runFixtureManifest(rule, taxonomy, document, c.params ?? {});
      for (const f of findings.filter((x) => x.status === (kind === 'fail' ? 'FAIL' : 'PASS'))) {
        for (const lang of ['zh', 'en'] as const) if (BAD.test(f.message[lang])) out.push(`${kind} "${c.name}" (${lang}): ${f.message[lang]}`);
        for (const problem of causeProblems(f)) out.push(`${kind} "${c.name}": ${problem}`);
      }
    }
  }
  return out;
}

/** The literal text of a template between its placeholders (what every rendering of it contains, in order). */
function literalParts(template: string): string[] {
  return template.split(/\{[a-zA-Z0-9_.]+(?:\|[a-z]+)?\}/).filter((part) => part.trim() !== '');
}

/** Whether a rendered message contains the template's literal parts in order (a group's message wraps one member's). */
function renderedFrom(message: string, template: string): boolean {
  let at = 0;
  for (const part of literalParts(template)) {
    const found = message.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

// A PASS finding without a passMessage repeats the failure wording ("Flow X has no assessment"),
// which misstates the audit a report, a before/after comparison or `--include-passed` shows. Every
// rule that can pass (a require or a decision table; a manual-only rule asks, it never passes)
// words its pass in both languages, and its PASS fixtures render that wording.
describe('rule pass messages', () => {
  const passing = rules.filter((rule) => rule.definition.require || rule.definition.decision);

  it('every shipped rule that can pass has a passMessage in both languages', () => {
    const missing = passing
      .filter((rule) => !rule.definition.passMessage?.zh?.trim() || !rule.definition.passMessage?.en?.trim())
      .map((rule) => rule.definition.id);
    expect(missing).toEqual([]);
  });

  it('a rule without a decision table does not pass with its failure wording (a table adds the deciding row)', () => {
    const same = passing
      .filter((rule) => !rule.definition.decision)
      .filter((rule) => (['zh', 'en'] as const).some((lang) => rule.definition.passMessage?.[lang] === rule.definition.message[lang]))
      .map((rule) => rule.definition.id);
    expect(same).toEqual([]);
  });

  for (const rule of passing) {
    it(`${rule.definition.id}: its PASS fixtures render the passMessage`, () => {
      const { passMessage } = rule.definition;
      expect(passMessage).toBeDefined();
      if (!passMessage) return;
      const fixtures = rule.loadFixtures();
      const problems: string[] = [];
      let rendered = 0;
      for (const c of fixtures?.pass ?? []) {
        const document = fixtureDocument(`${rule.definition.id}#pass/${c.name}`, fixtureManifest(fixtures, c));
        for (const f of runFixtureManifest(rule, taxonomy, document, c.params ?? {}).findings.filter((x) => x.status === 'PASS')) {
          rendered++;
          for (const lang of ['zh', 'en'] as const) {
            if (!renderedFrom(f.message[lang], passMessage[lang])) problems.push(`"${c.name}" (${lang}) is not the pass wording: ${f.message[lang]}`);
            if (BAD.test(f.message[lang])) problems.push(`"${c.name}" (${lang}): ${f.message[lang]}`);
          }
        }
      }
      expect(rendered).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  }
});

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

  it('name a provision abroad as such in PIPL-PROV-001, for an entrusted processor too (a boolean selects the wording)', () => {
    const rule = rules.find((r) => r.definition.id === 'PIPL-PROV-001') as LoadedRule;
    const document = fixtureDocument('t.yaml', {
      apiVersion: 'pipl-audit/v1',
      stores: [{ id: 'calls', kind: 'database', fields: [{ name: 'phone', category: 'contact.phone' }] }],
      flows: [
        { id: 'to-sg-analytics', recipient: { name: 'VoiceLens Pte. Ltd.', kind: 'entrusted-processor', country: 'SG' }, stores: ['calls'], consent: 'none' },
        { id: 'to-partner', recipient: { name: 'Partner Co', kind: 'third-party', country: 'CN' }, stores: ['calls'], consent: 'bundled' },
      ],
    });
    const fails = runFixtureManifest(rule, taxonomy, document).findings.filter((f) => f.status === 'FAIL');
    const abroad = fails.find((f) => f.target.key === 'to-sg-analytics');
    expect(abroad?.message.en).toContain('to VoiceLens Pte. Ltd. (entrusted processor) abroad in SG with consent');
    expect(abroad?.message.zh).toContain('向境外（SG）的 VoiceLens Pte. Ltd.（受托处理者）提供');
    const home = fails.find((f) => f.target.key === 'to-partner');
    expect(home?.message.en).not.toContain('abroad');
    expect(home?.message.zh).not.toContain('境外');
  });
});
