// What the command line says around the reports, in both languages: progress, `wrote …` lines,
// the exit reasons and the input-error summary. Usage errors are written where they are raised,
// as { zh, en } pairs (src/cli/cli-error.ts prints the one the run speaks).
import type { Bilingual } from './bilingual.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const CLI_MESSAGES = {
  stage: {
    loading: { zh: '正在读取源文件…', en: 'reading sources…' },
    rules: { zh: '正在运行规则', en: 'running rules' },
    evidence: { zh: '正在定位证据…', en: 'locating evidence…' },
    reach: { zh: '正在计算可达矩阵…', en: 'computing the reach matrix…' },
    exceptions: { zh: '正在应用例外…', en: 'applying exceptions…' },
    baseline: { zh: '正在应用基线…', en: 'applying the baseline…' },
  } satisfies Record<string, Bilingual>,
  writing: (paths: string[]): Bilingual => ({ zh: `正在写入 ${paths.join('、')}…`, en: `writing ${paths.join(', ')}…` }),
  rendering: { zh: '正在生成报告…', en: 'rendering…' } satisfies Bilingual,
  wrote: (path: string): Bilingual => ({ zh: `已写入 ${path}`, en: `wrote ${path}` }),
  exitFindings: (count: number, failOn: string): Bilingual => ({
    zh: `退出码 1：${count} 个不合规问题（FAIL）达到或超过 ${failOn}（--fail-on）`,
    en: `exit 1: ${plural(count, 'FAIL finding', 'FAIL findings')} at or above ${failOn} (--fail-on)`,
  }),
  exitUnreadable: (count: number): Bilingual => ({
    zh: `退出码 2：${count} 个导出文件无法读取；未写出任何文件（使用 --allow-unreadable 可照常写出报告，相关规则为未评估）`,
    en: `exit 2: ${plural(count, 'export', 'exports')} could not be read; nothing was written (--allow-unreadable writes the report with their rules NOT_EVALUATED)`,
  }),
  unreadableAccepted: (count: number): Bilingual => ({
    zh: `${count} 个导出文件无法读取；依赖它们的规则为未评估（NOT_EVALUATED），见报告中的诊断信息`,
    en: `${plural(count, 'export', 'exports')} could not be read; the rules they feed are NOT_EVALUATED (see the report's diagnostics)`,
  }),
  inputErrors: (count: number): Bilingual => ({
    zh: `${count} 个输入错误；未写出任何文件`,
    en: `${plural(count, 'input error', 'input errors')}; nothing was written`,
  }),
  cannotWrite: (detail: string): Bilingual => ({ zh: `无法写出输出文件：${detail}`, en: `cannot write output: ${detail}` }),
  internalError: (detail: string): Bilingual => ({
    zh: `内部错误（pipl-audit 的缺陷，请连同命令行一并报告）：${detail}`,
    en: `internal error: ${detail}`,
  }),
  /** The severity word of a diagnostic line (`file:line:col: error: …`). */
  diagnosticSeverity: { error: { zh: '错误', en: 'error' }, warning: { zh: '警告', en: 'warning' } } satisfies Record<string, Bilingual>,
  expected: (what: string): Bilingual => ({ zh: `（应为 ${what}）`, en: ` (expected ${what})` }),
};
