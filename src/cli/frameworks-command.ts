// `pipl-audit frameworks list|explain`: the audit frameworks shipped (the CAC compliance-audit
// guideline, GB/T 35273-2020, MLPS level 3) and what each item is judged by.
import type { Command } from 'commander';
import { pick, type Lang } from '../i18n/bilingual.js';
import { loadFramework, shippedFrameworkIds } from '../frameworks/load-framework.js';
import { rulesOfSubItem } from '../frameworks/framework-rules.js';
import type { Framework } from '../frameworks/framework-schema.js';
import { loadRulePack, shippedPackDirs } from '../rules/load-rule-pack.js';
import { UsageError } from './cli-error.js';
import { parseLang } from './common-options.js';
import { cliStdout } from './cli-io.js';

export function registerFrameworksCommand(program: Command): void {
  const frameworks = program.command('frameworks').description('audit frameworks that `audit --framework` judges item by item');
  frameworks
    .command('list')
    .description('list the shipped frameworks')
    .option('--lang <lang>', 'zh or en (default: from LANG)')
    .action((flags: { lang?: string }) => {
      const lang = parseLang(flags.lang);
      for (const id of shippedFrameworkIds()) {
        const { framework } = loadFramework(id, process.cwd());
        const subItems = framework.items.reduce((n, i) => n + i.subItems.length, 0);
        cliStdout().write(`${id}  ${pick(framework.title, lang)}  (${lang === 'zh' ? `${framework.items.length} 项，${subItems} 个子项` : `${framework.items.length} items, ${subItems} sub-items`})\n`);
      }
    });
  frameworks
    .command('explain')
    .description('what each item of a framework is judged by: rules, manifest declarations, manual evidence')
    .argument('<framework>', 'a shipped framework id or a framework file')
    .argument('[item]', 'only this item or sub-item (e.g. 20 or 20.3)')
    .option('--lang <lang>', 'zh or en (default: from LANG)')
    .action((id: string, only: string | undefined, flags: { lang?: string }) => {
      const lang = parseLang(flags.lang);
      const { framework } = loadFramework(id, process.cwd());
      const items = only === undefined ? framework.items : framework.items.filter((i) => i.id === only || i.subItems.some((s) => s.id === only));
      if (items.length === 0) throw new UsageError({ zh: `框架 ${framework.id} 中没有条目 "${only}"`, en: `framework ${framework.id} has no item "${only}"` });
      cliStdout().write(explainText(framework, items, only, lang) + '\n');
    });
}

function explainText(framework: Framework, items: Framework['items'], only: string | undefined, lang: Lang): string {
  const zh = lang === 'zh';
  const rules = shippedPackDirs().flatMap((dir) => loadRulePack(dir).rules.map((r) => r.definition));
  const out = [pick(framework.title, lang), `${zh ? '出处' : 'source'}: ${pick(framework.source, lang)}${framework.source.verified ? '' : zh ? '（条目文字为概括，未对照官方文本核实）' : ' (item texts condensed, not checked against the official text)'}`, ''];
  for (const item of items) {
    out.push(`${item.number ?? item.id}  ${pick(item.title, lang)}`);
    for (const sub of item.subItems) {
      if (only !== undefined && only !== item.id && sub.id !== only) continue;
      out.push(`  ${sub.id}  ${pick(sub.text, lang)}`);
      const ruleIds = rulesOfSubItem(framework, sub, rules);
      if (ruleIds.length > 0) {
        out.push(`    ${zh ? '评估规则' : 'rules'}${sub.complete ? (zh ? '（覆盖全部，全部通过即为合规）' : ' (cover it all: their passing is a PASS)') : zh ? '（覆盖一部分）' : ' (cover part of it)'}:`);
        for (const ruleId of ruleIds) out.push(`      ${ruleId}  ${pick(rules.find((r) => r.id === ruleId)?.title, lang)}`);
      }
      for (const d of sub.declarations ?? []) out.push(`    ${zh ? '清单声明' : 'declared by'} ${d.path}: ${pick(d.what, lang)}${zh ? '（只看是否声明，不视为合规）' : ' (seen, never a PASS)'}`);
      if (sub.manual) out.push(`    ${zh ? '人工核查' : 'manual'}: ${pick(sub.manual, lang)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
