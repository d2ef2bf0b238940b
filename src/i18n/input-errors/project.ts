// Chinese of the inventory's diagnostics that are not in src/i18n/input-error-text.ts: overlays
// that contradict an export (src/inventory/apply-overlays.ts) and the mapped-table check of the
// reference pass. English template → Chinese; see src/i18n/input-error-templates.ts.
export const PROJECT_ZH: Record<string, string> = {
  '{0} "{1}": {2} is {3} where {4} states it; this overlay\'s {5} is not used': '{0} "{1}"：{4|source} 说明 {2} 为 {3}；未采用此覆盖项中的 {5}',
  '{0} "{1}": {2} is {3} where its source states it; this overlay\'s {4} is not used': '{0} "{1}"：其来源说明 {2} 为 {3}；未采用此覆盖项中的 {4}',
  'one value for {0}: correct the export or drop the fact from the overlay': '{0} 只有一个值：请更正导出，或从覆盖项中删去该事实',
  'unknown {0} "{1}"': '未知的{0|section} "{1}"',
  'an interface id of the manifest': '清单中的接口编号',
};
