// The acceptance report as one self-contained HTML file: inline CSS only, no script, no
// external resource of any kind, so it opens offline and prints as filed.
import type { VerifyResult } from '../verify/verify-result-schema.js';
import type { Lang } from '../i18n/bilingual.js';
import { buildAcceptanceDocument, type Block, type Cell } from './acceptance-document.js';

const CSS = `
body{font-family:"Noto Serif CJK SC","Source Han Serif SC","SimSun",serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.5}
h1{text-align:center;font-size:1.6rem;letter-spacing:.2em;margin-bottom:1.5rem}
h2{font-size:1.2rem;border-bottom:1px solid #444;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #888;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#eee}
table.fields th{width:9rem;background:#f6f6f6;font-weight:normal}
code{font-family:"DejaVu Sans Mono",monospace;font-size:.85em;word-break:break-all}
blockquote{margin:.5rem 0;padding:.3rem .8rem;border-left:3px solid #888;background:#fafafa}
.status{font-weight:bold;padding:0 .3rem}
.FIXED,.RESOLVED,.passed{color:#0a6b1f}
.PARTIAL,.REPLACED,.SUPPRESSED,.NOT_COMPARABLE{color:#8a5a00}
.NOT_FIXED,.STILL_FAILING,.NEW_IN_SCOPE,.NEW,.REGRESSED,.failed{color:#a40000}
.NOT_VERIFIABLE,.NOT_EVALUATED{color:#555}
@media print{body{margin:0;max-width:none}}
`;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cell(c: Cell): string {
  return c.lines.map((l) => (l.code ? `<code>${escapeHtml(l.text)}</code>` : escapeHtml(l.text))).join('<br>');
}

function statusClass(status: string | undefined): string {
  return status ? ` class="status ${status}"` : '';
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}${statusClass(b.status)}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'fields':
      return `<table class="fields">${b.rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${cell(v)}</td></tr>`).join('')}</table>`;
    case 'paragraph':
      return `<p${statusClass(b.status)}>${b.strong ? `<strong>${escapeHtml(b.text)}</strong>` : escapeHtml(b.text)}</p>`;
    case 'quote':
      return `<blockquote>${b.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</blockquote>`;
    case 'list':
      return `${b.title ? `<p>${escapeHtml(b.title)}:</p>` : ''}<ul>${b.items.map((i) => `<li>${cell(i)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table><thead><tr>${b.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td${statusClass(c.status)}>${cell(c)}</td>`).join('')}</tr>`)
        .join('\n')}</tbody></table>`;
  }
}

export function renderAcceptanceHtml(result: VerifyResult, lang: Lang): string {
  const doc = buildAcceptanceDocument(result, lang);
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(doc.title)}</h1>
${doc.blocks.map(block).join('\n')}
</body>
</html>
`;
}
