// The HTML report's stylesheet, inlined: system fonts only, colours for severities and scopes,
// readable printed.

export const HTML_STYLE = `
:root { --critical:#7f1d1d; --high:#dc2626; --medium:#d97706; --low:#0e7490; --info:#6b7280; --line:#d4d4d8; --muted:#52525b; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 0; color: #18181b; background: #fafafa; }
header, main { max-width: 1180px; margin: 0 auto; padding: 16px 24px; }
header { border-bottom: 1px solid var(--line); background: #fff; max-width: none; }
h1 { font-size: 1.5rem; margin: 0 0 4px; } h2 { font-size: 1.2rem; margin: 28px 0 10px; }
.meta, .alt, .muted { color: var(--muted); } .alt { font-size: .88em; margin: 2px 0 6px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 8px 0 16px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 120px; }
.card b { display: block; font-size: 1.4rem; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; }
figure { margin: 0; } figcaption { font-weight: 600; margin-bottom: 4px; }
.chart text { font-size: 12px; fill: #27272a; dominant-baseline: middle; } .chart .figure { font-weight: 600; }
table { border-collapse: collapse; background: #fff; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; font-size: .9em; }
th { background: #f4f4f5; }
.matrix { overflow-x: auto; } .matrix td.cell { text-align: center; white-space: nowrap; }
.scope-own { background: #dcfce7; } .scope-assigned { background: #ecfccb; } .scope-unit { background: #fef9c3; } .scope-unit-subtree, .scope-unit-set { background: #fde68a; }
.scope-organization { background: #fed7aa; } .scope-any { background: #fca5a5; font-weight: 600; }
.masked { font-style: italic; color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px; position: sticky; top: 0; z-index: 1; }
.filters label { display: flex; gap: 6px; align-items: center; } .filters input { min-width: 240px; }
.finding { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--info); border-radius: 6px; margin: 10px 0; padding: 10px 14px; }
.finding h3 { font-size: 1rem; margin: 0 0 4px; } .finding code { background: #f4f4f5; padding: 0 4px; border-radius: 3px; }
.finding dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 0; } .finding dt { color: var(--muted); }
.finding dd { margin: 0; } .finding ul { margin: 0; padding-left: 18px; }
.sev-critical { border-left-color: var(--critical); } .sev-high { border-left-color: var(--high); } .sev-medium { border-left-color: var(--medium); } .sev-low { border-left-color: var(--low); }
.badge { display: inline-block; font-size: .75em; font-weight: 600; padding: 1px 6px; border-radius: 4px; color: #fff; background: var(--info); margin-right: 6px; }
.badge.critical { background: var(--critical); } .badge.high { background: var(--high); } .badge.medium { background: var(--medium); } .badge.low { background: var(--low); }
.badge.status { background: #3f3f46; } .status-SUPPRESSED { opacity: .8; border-style: dashed; }
.state-expired, .state-unmatched { background: #fef3c7; }
[hidden] { display: none !important; }
@media print { .filters { display: none; } .finding { break-inside: avoid; } }
`;
