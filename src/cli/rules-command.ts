// `pipl-audit rules list | explain ID | test`: the rule packs, one rule in full, and each
// rule's FAIL and PASS fixtures.
import { basisNoteText } from '../i18n/basis-note-text.js';
import { statedByText } from '../i18n/stated-by-text.js';
import type { Command } from 'commander';
import { compilePacks, resolvePacks } from '../audit.js';
import { pick } from '../i18n/bilingual.js';
import { basisText } from '../report/basis-text.js';
import { severityName } from '../report/severity-label.js';
import { loadRulePack, shippedPackDirs, type LoadedRule, type RulePack } from '../rules/load-rule-pack.js';
import { runFixtures } from '../rules/run-fixtures.js';
import { needPaths, type Need } from '../rules/rule-schema.js';
import { VIEWS } from '../views/registry.js';
import type { StatedBy } from '../views/view.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.js';
import { decisionTableLines } from '../report/decision-table-text.js';
import { ruleDocumentationFile } from '../report/documentation-links.js';
import { conditionText, type ConditionContext } from '../report/condition-text.js';
import { padEndDisplay } from '../i18n/display-width.js';
import { themeName } from '../report/theme-label.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from './cli-error.js';
import { collect, parseLang } from './common-options.js';
import { cliStdout } from './cli-io.js';

/** The prosecution cases rules cite (rules' `cases:`), as a Chinese reader knows them. */
const CASE_NAMES_ZH: Record<string, string> = { courier: '深圳宝安快递网点案', hospital: '江西宜春医院与保险代理人案', brokerage: '宁夏青铜峡股民信息案', gym: '无锡新吴区健身房生物识别案' };

function packsFor(names: string[] | undefined): RulePack[] {
  const packs = names ? resolvePacks(names, undefined, process.cwd()) : shippedPackDirs().map(loadRulePack);
  compilePacks(packs, {}); // every rule must compile with its defaults
  return packs;
}

function allRules(packs: RulePack[]): LoadedRule[] {
  return packs.flatMap((p) => p.rules);
}

export function registerRulesCommand(program: Command): void {
  const rules = program.command('rules').description('list, explain and test rules');
  rules
    .command('list')
    .description('list the rules of the packs (default: every shipped pack)')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--lang <lang>', 'zh or en')
    .option('--pack <pack>', 'a shipped pack name or a folder (repeatable)', collect)
    .action((flags: { format: string; lang?: string; pack?: string[] }) => {
      const lang = parseLang(flags.lang);
      const packs = packsFor(flags.pack);
      if (flags.format === 'json') {
        const list = allRules(packs).map((r) => ({ pack: r.pack, file: r.file, ...r.definition }));
        cliStdout().write(JSON.stringify(list, null, 2) + '\n');
        return;
      }
      if (flags.format !== 'text') throw new UsageError({ zh: `未知的格式 "${flags.format}"（应为 text 或 json）`, en: `unknown format "${flags.format}" (expected text or json)` });
      for (const pack of packs) {
        cliStdout().write(`${pack.manifest.name} ${pack.manifest.version} — ${pick(pack.manifest.title, lang)}${pack.manifest.sectors ? ` [${pack.manifest.sectors.join(', ')}]` : ''}\n`);
        for (const r of pack.rules) {
          const d = r.definition;
          cliStdout().write(`  ${d.id.padEnd(22)} ${padEndDisplay(severityName(d.severity, lang), 9)} ${padEndDisplay(lang === 'zh' ? themeName(d.theme, lang) : d.theme, 17)} ${pick(d.title, lang)}\n`);
        }
      }
    });
  rules
    .command('explain')
    .description('show one rule in full: what it checks, why, its basis, parameters and fix')
    .argument('<id>', 'rule id')
    .option('--lang <lang>', 'zh or en')
    .option('--pack <pack>', 'a shipped pack name or a folder (repeatable)', collect)
    .action((id: string, flags: { lang?: string; pack?: string[] }) => {
      const lang = parseLang(flags.lang);
      const rule = allRules(packsFor(flags.pack)).find((r) => r.definition.id === id.toUpperCase());
      if (!rule) throw new UsageError({ zh: `没有规则 "${id}"（见 \`pipl-audit rules list\`）`, en: `no rule "${id}" (see \`pipl-audit rules list\`)` });
      const d = rule.definition;
      const zh = lang === 'zh';
      const page = ruleDocumentationFile(d.id, rule.pack);
      const condition = { lang, params: Object.fromEntries(Object.entries(d.params ?? {}).map(([k, p]) => [k, p.default])) };
      const lines = [
        `${d.id} — ${pick(d.title, lang)}`,
        `${zh ? '严重程度' : 'severity'}: ${severityName(d.severity, lang)}   ${zh ? '主题' : 'theme'}: ${zh ? themeName(d.theme, lang) : d.theme}   ${zh ? '视图' : 'view'}: ${d.view}   ${zh ? '规则包' : 'pack'}: ${rule.pack}`,
        `${zh ? '文件' : 'file'}: ${rule.file}`,
        '',
        ...(d.description ? [pick(d.description, lang), ''] : []),
        `${zh ? '法律依据' : 'legal basis'}:`,
        ...d.basis.map((b) => `  - ${basisText(b, lang)}${b.note ? ` — ${basisNoteText(b.note, lang)}` : ''}`),
        '',
        // A table rule is explained in words: what it applies to by its description, the table row by row.
        // Conditions in words (the English description where the rule gives one), never the raw schema.
        `${zh ? '适用对象' : 'applies to'}: ${!zh && typeof d.applies?.description === 'string' ? d.applies.description : conditionText(d.applies ?? {}, condition)}`,
        ...(d.decision
          ? decisionTableLines(d.decision, VIEWS.find((v) => v.name === d.view)?.statedBy ?? {}, lang, d.escalateByVolume === true)
          : [`${zh ? '合规条件' : 'compliant when'}: ${d.require ? (!zh && typeof d.require.description === 'string' ? d.require.description : conditionText(d.require, condition)) : zh ? '人工核查' : 'manual check'}`]),
        ...needsLines(d.needs as Need[] | undefined, VIEWS.find((v) => v.name === d.view)?.statedBy ?? {}, zh, condition),
        // One finding per cause across rules: the broader findings this rule's FAIL folds into.
        ...(d.aspectOf ?? []).map(
          (a) =>
            `${zh ? '同一原因并入' : 'an aspect of'} ${a.rule}${a.rows ? (zh ? `（该规则判定行为 ${a.rows.join('、')} 时）` : ` (when it fails by row ${a.rows.join(', ')})`) : ''}: ${pick(a.why, lang)}`,
        ),
        ...(d.params
          ? [`${zh ? '参数' : 'parameters'}:`, ...Object.entries(d.params).map(([k, p]) => `  ${k} = ${JSON.stringify(p.default)} — ${pick(p.description, lang)}`)]
          : []),
        '',
        `${zh ? '整改建议' : 'remediation'}: ${pick(d.remediation, lang)}`,
        ...(d.cases?.length ? [`${zh ? '相关案例' : 'cases'}: ${d.cases.map((c) => (zh ? (CASE_NAMES_ZH[c] ?? c) : c)).join(zh ? '、' : ', ')}`] : []),
        // The page shipped with this install (docs/rules/ID.md): readable offline, whatever the documentation base.
        ...(page ? [`${zh ? '文档' : 'documentation'}: ${page}`] : []),
      ];
      cliStdout().write(lines.join('\n') + '\n');
    });
  rules
    .command('test')
    .description("run each rule's FAIL and PASS fixtures")
    .argument('[ids...]', 'only these rules')
    .option('--pack <pack>', 'a shipped pack name or a folder (repeatable)', collect)
    .option('--lang <lang>', 'zh or en')
    .action((ids: string[], flags: { pack?: string[]; lang?: string }) => {
      const lang = parseLang(flags.lang);
      const zh = lang === 'zh';
      const taxonomy = loadTaxonomy();
      const selected = allRules(packsFor(flags.pack)).filter((r) => ids.length === 0 || ids.includes(r.definition.id));
      if (ids.length > 0 && selected.length === 0) throw new UsageError({ zh: `以下均不是规则：${ids.join('、')}`, en: `no rule among: ${ids.join(', ')}` });
      let passed = 0;
      let failed = 0;
      for (const rule of selected) {
        for (const r of runFixtures(rule, taxonomy)) {
          if (r.ok) passed++;
          else failed++;
          // Fixture names are the pack's own test data, as its authors wrote them.
          cliStdout().write(`${r.ok ? 'ok  ' : 'FAIL'} ${r.ruleId} ${r.kind}: ${r.name}${r.ok ? '' : `\n     ${pick(r.detail, lang).replace(/\n/g, '\n     ')}`}\n`);
        }
      }
      cliStdout().write(zh ? `${passed} 项通过，${failed} 项未通过\n` : `${passed} passed, ${failed} failed\n`);
      process.exitCode = failed > 0 ? EXIT_FINDINGS : EXIT_OK;
    });
}

/** The facts a rule needs, each with the manifest key that states it, how to state it absent and the export setting that would. */
function needsLines(needs: Need[] | undefined, statedBy: Readonly<Record<string, StatedBy>>, zh: boolean, condition: ConditionContext): string[] {
  if (!needs || needs.length === 0) return [];
  const lines = [zh ? '需要的信息（未说明时不作判断，NOT_EVALUATED）:' : 'needs (NOT_EVALUATED when not stated):'];
  for (const need of needs) {
    const paths = needPaths(need);
    const when = typeof need === 'object' && !Array.isArray(need) ? need.when : undefined;
    lines.push(`  - ${paths.join(zh ? ' 或 ' : ' or ')}${when ? (zh ? `（仅当 ${conditionText(when, condition)}）` : ` (only when ${conditionText(when, condition)})`) : ''}`);
    for (const path of paths) {
      const s = statedBy[path];
      if (!s) continue;
      const parts = [`${zh ? '清单键' : 'manifest key'} ${statedByText(s.manifest, zh ? 'zh' : 'en')}`];
      if (s.absent) parts.push(`${zh ? '没有时写' : 'state its absence as'} ${statedByText(s.absent, zh ? 'zh' : 'en')}`);
      if (s.export) parts.push(zh ? s.export.zh : s.export.en);
      lines.push(`      ${path}: ${parts.join(zh ? '；' : '; ')}`);
    }
  }
  return lines;
}
