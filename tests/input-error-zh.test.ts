// Every input diagnostic the code writes has its Chinese. The TypeScript compiler finds each
// `message`/`expected` text of a diagnostic in src/ (object literals and arguments to parameters
// so named), every form it can take is built with sample values, and each form that holds English
// words must come out of the Chinese catalogue (src/i18n/input-error-text.ts and
// input-error-templates.ts) with no English sentence left. A new message without Chinese fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import { inputErrorZh } from '../src/i18n/input-error-text.js';
import { catalogueTemplates, templateZh } from '../src/i18n/input-error-templates.js';
import { IMPORTER_TITLE_ZH } from '../src/i18n/importer-title-text.js';
import { IMPORTERS } from '../src/importers/registry.js';
import { basisNoteText } from '../src/i18n/basis-note-text.js';
import { loadRulePack, shippedPackDirs } from '../src/rules/load-rule-pack.js';
import { findMessageSites, type MessageSite } from './support/message-sites.js';
import { untranslated } from './support/untranslated.js';

/** English words a text holds once ids, paths, keys, numbers and quoted literals are dropped. */
const englishWords = (text: string) => text.replace(/\S*[/_.:=@#*$`"<>{}[\]\\|0-9-]\S*/g, ' ').match(/\b[A-Za-z][a-z]+\b/g) ?? [];

/** Schema errors carry their Chinese in the diagnostic (src/schema/schema-errors.ts describeZh). */
const OWN_CHINESE = ['src/schema/schema-errors.ts'];

describe('Chinese of input diagnostics', () => {
  let sites: MessageSite[] = [];
  beforeAll(() => {
    sites = findMessageSites({ dirs: ['src/'] }).filter((s) => !OWN_CHINESE.some((f) => s.at.startsWith(f)));
  }, 300_000);

  it('the compiler finds the message sites of every importer, the baseline, the exceptions and the evidence record', () => {
    const files = new Set(sites.map((s) => s.at.replace(/:\d+$/, '')));
    for (const area of ['casbin', 'mysql', 'mysql-dump', 'postgresql', 'hr-roster', 'ruoyi', 'cloud-policy', 'keycloak', 'jeecg', 'typescript', 'database']) {
      expect([...files].some((f) => f.startsWith(`src/importers/${area}/`)), area).toBe(true);
    }
    for (const dir of ['src/baseline/', 'src/exceptions/', 'src/evidence/']) expect([...files].some((f) => f.startsWith(dir)), dir).toBe(true);
    expect(sites.length).toBeGreaterThan(300);
    // Texts passed to an error class of src/ that keeps Error's constructor are found too.
    expect(sites.some((s) => s.at.startsWith('src/rules/resolve-params.ts'))).toBe(true);
  });

  it('each form of each message and expectation with English words has Chinese without an English sentence', () => {
    expect(sites.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const site of sites) {
      for (const form of site.forms) {
        if (englishWords(form).length === 0) continue; // a literal (a key, a code snippet): shown as written
        const zh = site.kind === 'message' ? inputErrorZh({ message: form }).messageZh : inputErrorZh({ message: '', expected: form }).expectedZh;
        if (zh === undefined) missing.push(`${site.at} ${site.kind} has no Chinese: ${form}`);
        else if (!/[\u4e00-\u9fff]/.test(zh) || untranslated(zh).length > 0) missing.push(`${site.at} ${site.kind} keeps English: ${form} → ${zh}`);
      }
    }
    expect(missing.join('\n')).toBe('');
  });

  it('the check fails on a message without Chinese', () => {
    expect(inputErrorZh({ message: 'a brand new problem nobody translated' }).messageZh).toBeUndefined();
    expect(englishWords('a brand new problem')).toEqual(['brand', 'new', 'problem']);
    expect(englishWords('"Version": "1"')).toEqual([]);
  });

  it('every importer title, named where an export is expected, has its Chinese', () => {
    expect(IMPORTERS.filter((i) => IMPORTER_TITLE_ZH[i.title] === undefined).map((i) => i.title)).toEqual([]);
    expect(inputErrorZh({ message: '', expected: `an existing ${IMPORTERS[1]!.title} file or folder` }).expectedZh).toMatch(/^存在的[^a-z]*Keycloak[^a-z]*域导出/);
  });

  it('each Chinese template puts back every value of its English (meaning kept)', () => {
    const holes = (t: string) => [...t.matchAll(/\{(\d+)(?:[|:]\w+)?\}/g)].map((m) => m[1]).sort();
    const lost = catalogueTemplates().filter(({ en, zh }) => holes(en).join() !== holes(zh).join()).map(({ en }) => en);
    expect(lost).toEqual([]);
  });

  it('renders values through filters: lists, nested messages, a did-you-mean guess', () => {
    expect(templateZh('a Casbin source has one model; found 2: a.conf, b.conf')).toBe('一个 Casbin 源只能有一个模型，却找到 2 个：a.conf、b.conf');
    expect(templateZh('policy "p1": Effect is "Maybe"')).toBe('策略 "p1"：Effect 为 "Maybe"');
    expect(templateZh('role "clerk" is not defined in the manifests (did you mean "clerks"?)')).toBe('清单中未定义角色 "clerk"（是否应为 "clerks"？）');
    expect(templateZh('RAM user alice: whether a person signs in with it is not stated (ListUsers has no ConsoleLogin); its account type is unstated (state it with overlays.accounts[].set.type)')).toBe(
      'RAM 用户 alice：未说明是否有人用它登录（ListUsers 中没有 ConsoleLogin）；其账号类型视为未说明（可在 overlays.accounts[].set.type 中写明）',
    );
  });

  it('every basis note a shipped rule writes in English has its Chinese (shown by rules explain)', () => {
    const notes = shippedPackDirs().flatMap((dir) => loadRulePack(dir).rules.flatMap((r) => (r.definition.basis ?? []).map((b) => b.note).filter((n): n is string => n !== undefined)));
    expect(notes.length).toBeGreaterThan(50);
    const left = [...new Set(notes)].filter((n) => !/[\u4e00-\u9fff]/.test(basisNoteText(n, 'zh')));
    expect(left).toEqual([]);
    expect(basisNoteText('retention minimised', 'en')).toBe('retention minimised');
  });
});
