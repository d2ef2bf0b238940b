// The acceptance report as Markdown (for a case file, a ticket or a pull-request comment).
import type { VerifyResult } from '../verify/verify-result-schema.js';
import type { Lang } from '../i18n/bilingual.js';
import { buildAcceptanceDocument, type Block, type Cell } from './acceptance-document.js';

function escapeInline(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/([*_`|<>[\]])/g, '\\$1');
}

function codeSpan(s: string): string {
  const fence = s.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${s}${fence.length > 1 ? ' ' : ''}${fence}`;
}

function cell(c: Cell): string {
  return c.lines.map((l) => (l.code ? codeSpan(l.text.replace(/\|/g, '¦')) : escapeInline(l.text))).join('<br>');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeInline(b.text)}\n`;
    case 'fields':
      return `| | |\n|---|---|\n${b.rows.map(([k, v]) => `| ${escapeInline(k)} | ${cell(v)} |`).join('\n')}\n`;
    case 'paragraph':
      return b.strong ? `**${escapeInline(b.text)}**\n` : `${escapeInline(b.text)}\n`;
    case 'quote':
      return b.lines.map((l) => `> ${escapeInline(l)}`).join('\n>\n') + '\n';
    case 'list':
      return `${b.title ? `${escapeInline(b.title)}:\n\n` : ''}${b.items.map((i) => `- ${cell(i)}`).join('\n')}\n`;
    case 'table':
      return `| ${b.head.map(escapeInline).join(' | ')} |\n|${b.head.map(() => '---').join('|')}|\n${b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n`;
    case 'verdict':
      return `> **${escapeInline(b.text)}**${b.detail ? `\n>\n> ${escapeInline(b.detail)}` : ''}\n`;
    case 'signature':
      return `## ${escapeInline(b.title)}\n\n${b.fields.map((f) => `${escapeInline(f)}：＿＿＿＿＿＿＿＿`).join('\n\n')}\n${b.recordId ? `\n${escapeInline(b.recordId.label)}：${codeSpan(b.recordId.value)}\n` : ''}`;
  }
}

export function renderAcceptanceMarkdown(result: VerifyResult, lang: Lang): string {
  const doc = buildAcceptanceDocument(result, lang);
  return `# ${escapeInline(doc.title)}\n\n${doc.blocks.map(block).join('\n')}`;
}
