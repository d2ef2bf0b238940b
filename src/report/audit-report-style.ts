// The audit report document's stylesheet: A4 pages with page numbers in the margin, a cover page,
// CJK fonts first, tables that never split a rule id or a status inside a word, evidence paths that
// wrap only at their separators.

export const AUDIT_REPORT_STYLE = `
@page { size: A4; margin: 22mm 18mm 20mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #555; } }
@page :first { @bottom-center { content: none; } }
* { box-sizing: border-box; }
body { font: 10.5pt/1.6 "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", "Noto Sans CJK SC", serif; color: #111; margin: 0; }
main { max-width: 174mm; margin: 0 auto; }
h1 { font-size: 22pt; text-align: center; margin: 0 0 12mm; letter-spacing: .1em; }
h2 { font-size: 14pt; margin: 10mm 0 4mm; break-after: avoid; border-bottom: 1px solid #999; padding-bottom: 1mm; }
h3 { font-size: 11.5pt; margin: 6mm 0 2mm; break-after: avoid; }
p { margin: 2mm 0; text-align: justify; }
.cover { height: 250mm; display: flex; flex-direction: column; justify-content: center; break-after: page; text-align: center; }
.cover dl { display: grid; grid-template-columns: 40mm 80mm; gap: 3mm 6mm; margin: 16mm auto 0; text-align: left; font-size: 12pt; }
.cover dt { color: #444; text-align: right; } .cover dd { margin: 0; border-bottom: 1px solid #999; }
.toc { break-after: page; } .toc ol { line-height: 2; } html[lang="zh-CN"] .toc ol { list-style-type: cjk-ideographic; } .toc a { color: inherit; text-decoration: none; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9.5pt; }
thead { display: table-header-group; } tr { break-inside: avoid; }
th, td { border: 1px solid #888; padding: 1.2mm 2mm; vertical-align: top; text-align: left; }
th { background: #eee; }
.nowrap, .rule, .status { white-space: nowrap; word-break: keep-all; }
.path { word-break: keep-all; overflow-wrap: normal; font-family: "Noto Sans Mono CJK SC", monospace; font-size: 8.5pt; }
.status[data-status="FAIL"] { color: #b91c1c; font-weight: 700; } .status[data-status="PASS"] { color: #15803d; }
.status[data-status="NOT_EVALUATED"] { color: #92400e; } .status[data-status="DECLARED"], .status[data-status="MANUAL"] { color: #1d4ed8; }
.item-row th { background: #f6f6f6; }
.muted { color: #555; } .small { font-size: 9pt; }
.signature { break-inside: avoid; margin-top: 14mm; display: grid; grid-template-columns: 1fr 1fr; gap: 12mm 16mm; }
.signature div { border-bottom: 1px solid #333; padding-top: 12mm; }
.signature span { display: block; color: #444; font-size: 9.5pt; }
@media screen { body { background: #f4f4f5; } main { background: #fff; padding: 18mm; margin: 8mm auto; box-shadow: 0 0 4px #aaa; } }
`;
