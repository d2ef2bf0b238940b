// What switched parts of the gate off, as sentences every report format shows in its summary
// (and the CLI prints on the terminal): rules disabled by the project file or `--disable`, an
// exceptions file suppressing more than the stated share of FAILs, and critical FAILs suppressed.
import type { Bilingual } from '../i18n/bilingual.js';
import type { AuditReport } from './report-schema.js';

export interface GateNotice {
  kind: 'rules-disabled' | 'suppression-share' | 'critical-suppressed';
  /** Warnings that the gate is weakened; `rules-disabled` is listed as information when nothing else is wrong. */
  text: Bilingual;
}

export function gateNotices(report: AuditReport): GateNotice[] {
  const gate = report.gate;
  if (!gate) return [];
  const notices: GateNotice[] = [];
  if (gate.disabledRules.length > 0) {
    const by = (who: 'project' | 'option') => gate.disabledRules.filter((r) => r.by === who).map((r) => r.id);
    const project = by('project');
    const option = by('option');
    notices.push({
      kind: 'rules-disabled',
      text: {
        zh: `已停用 ${gate.disabledRules.length} 条规则，未运行、不会判定不合规：${[project.length ? `项目文件 disable: ${project.join('、')}` : '', option.length ? `--disable: ${option.join('、')}` : ''].filter(Boolean).join('；')}`,
        en: `${gate.disabledRules.length} rule(s) disabled, not run and unable to fail: ${[project.length ? `project file disable: ${project.join(', ')}` : '', option.length ? `--disable: ${option.join(', ')}` : ''].filter(Boolean).join('; ')}`,
      },
    });
  }
  const s = gate.suppression;
  if (s?.exceeded) {
    notices.push({
      kind: 'suppression-share',
      text: {
        zh: `豁免文件压下了 ${s.fails} 项不合规中的 ${s.suppressed} 项（${s.percent}%），超过规定的 ${s.limitPercent}%`,
        en: `the exceptions suppress ${s.suppressed} of ${s.fails} FAIL finding(s) (${s.percent} %), more than the stated ${s.limitPercent} %`,
      },
    });
  }
  if (s && s.critical > 0) {
    notices.push({
      kind: 'critical-suppressed',
      text: { zh: `${s.critical} 项严重不合规被豁免（见各项的批准人）`, en: `${s.critical} critical FAIL finding(s) suppressed by exceptions (see each one's approver)` },
    });
  }
  return notices;
}
