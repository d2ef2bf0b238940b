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
code{font-family:"DejaVu Sans Mono",monospace;font-size:.85em;overflow-wrap:normal;word-break:normal}
code.path{overflow-wrap:anywhere}
td.nowrap,td.nowrap code,.rule-id,.result{white-space:nowrap;word-break:keep-all}
.verdict{border:3px double #111;padding:.8rem 1rem;margin:1rem auto;text-align:center;max-width:28rem;break-inside:avoid}
.verdict .verdict-text{font-size:1.4rem;font-weight:bold;letter-spacing:.15em}
.verdict.PASSED{border-color:#0a6b1f;color:#0a6b1f}
.verdict.PASSED_WITH_RESERVATIONS,.verdict.PARTIAL{border-color:#8a5a00;color:#8a5a00}
.verdict.FAILED{border-color:#a40000;color:#a40000}
.signature{margin-top:2rem;break-inside:avoid}
.signature table td{height:3.2rem;width:35%}
.signature .seal{height:6rem}
.record-id{font-size:.8rem}
blockquote{margin:.5rem 0;padding:.3rem .8rem;border-left:3px solid #888;background:#fafafa}
.status{font-weight:bold;padding:0 .3rem}
.FIXED,.RESOLVED,.passed{color:#0a6b1f}
.PARTIAL,.REPLACED,.SUPPRESSED,.NOT_COMPARABLE{color:#8a5a00}
.NOT_FIXED,.STILL_FAILING,.NEW_IN_SCOPE,.NEW,.REGRESSED,.failed{color:#a40000}
.NOT_VERIFIABLE,.NOT_EVALUATED{color:#555}
@page{size:A4;margin:20mm 16mm 22mm 16mm;@bottom-center{content:counter(page) " / " counter(pages);font-size:9pt}}
@media print{body{margin:0;max-width:none;font-size:10.5pt}table{font-size:9pt}tr{break-inside:avoid}thead{display:table-header-group}h2,h3{break-after:avoid}}
`;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A file location that may wrap only after '/' and before ':' (file:line), escaped otherwise. */
export function wrappablePath(path: string): string {
  return path
    .split(/(?<=\/)|(?=:)/)
    .map(escapeHtml)
    .join('<wbr>');
}

function cell(c: Cell, nowrap = false): string {
  return c.lines
    .map((l) => {
      if (l.path) return `<code class="path">${wrappablePath(l.text)}</code>`;
      if (l.code) return `<code${nowrap ? ' class="rule-id"' : ''}>${escapeHtml(l.text)}</code>`;
      return nowrap && c.status ? `<span class="result">${escapeHtml(l.text)}</span>` : escapeHtml(l.text);
    })
    .join('<br>');
}

function cellAttributes(c: Cell): string {
  const classes = [...(c.status ? ['status', c.status] : []), ...(c.nowrap ? ['nowrap'] : [])];
  return classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
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
        .map((r) => `<tr>${r.map((c) => `<td${cellAttributes(c)}>${cell(c, c.nowrap)}</td>`).join('')}</tr>`)
        .join('\n')}</tbody></table>`;
    case 'verdict':
      return `<div class="verdict ${b.verdict}" role="status"><div class="verdict-text">${escapeHtml(b.text)}</div>${b.detail ? `<div class="verdict-detail">${escapeHtml(b.detail)}</div>` : ''}</div>`;
    case 'signature':
      return `<section class="signature"><h2>${escapeHtml(b.title)}</h2><table>${[0, 2]
        .map((i) => `<tr>${b.fields.slice(i, i + 2).map((f, j) => `<th>${escapeHtml(f)}</th><td${i + j === 3 ? ' class="seal"' : ''}></td>`).join('')}</tr>`)
        .join('')}</table>${b.recordId ? `<p class="record-id">${escapeHtml(b.recordId.label)}：<code>${escapeHtml(b.recordId.value)}</code></p>` : ''}</section>`;
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
