// Chinese of the HR roster (staff list) importer's diagnostics (src/importers/hr-roster) and of
// the account facts it sets (src/inventory/apply-account-facts.ts). English template → Chinese;
// see src/i18n/input-error-templates.ts.
export const HR_ROSTER_ZH: Record<string, string> = {
  'an XLSX workbook (a ZIP archive) that expands to at most {0} MB': '解压后不超过 {0} MB 的 XLSX 工作簿（ZIP 压缩包）',
  'not a ZIP archive (no end of central directory): not an XLSX workbook': '不是 ZIP 压缩包（没有中央目录结尾记录）：不是 XLSX 工作簿',
  'a ZIP64 archive: larger than any staff list': 'ZIP64 压缩包：比任何花名册都大',
  'the archive has {0} entries': '压缩包中有 {0} 个条目',
  'the ZIP central directory lies outside the file: truncated or not an XLSX workbook': 'ZIP 中央目录位于文件之外：文件被截断，或不是 XLSX 工作簿',
  'a broken ZIP central directory': 'ZIP 中央目录已损坏',
  'a ZIP64 entry: larger than any staff list': 'ZIP64 条目：比任何花名册都大',
  'the workbook expands to more than {0} MB': '工作簿解压后超过 {0} MB',
  'CSV that does not parse: {0}': '无法解析的 CSV：{0}',
  'a CSV staff list (comma-separated, quotes doubled inside quoted cells)': 'CSV 格式的花名册（逗号分隔，带引号的单元格内引号须双写）',
  'more than {0} rows': '超过 {0} 行',
  'a staff list of at most {0} rows': '不超过 {0} 行的花名册',
  'not a readable XLSX workbook: {0}': '不是可读取的 XLSX 工作簿：{0}',
  'an .xlsx workbook as Excel or WPS saves it': 'Excel 或 WPS 保存的 .xlsx 工作簿',
  'the workbook has no sheet': '工作簿中没有工作表',
  'the workbook has no sheet "{0}"': '工作簿中没有工作表 "{0}"',
  'sheet "{0}" has {1} rows': '工作表 "{0}" 有 {1} 行',
  'no header row with a {0} column in the first {1} rows ({2})': '前 {1} 行中没有含 {0} 列的表头行（{2|from}）',
  'a column named one of: {0} (or options.columns.{1})': '名为以下之一的列：{0|list}（或用 options.columns.{1} 指定）',
  'a row without {0}: not joined to any account': '有一行缺少 {0}：未与任何账号关联',
  "a {0} on every employee's row": '每名员工的行都有 {0}',
  'a phone cell that is not a phone number; not used to join': '电话单元格不是电话号码；未用于关联',
  'digits, optionally with +86 and separators': '数字，可带 +86 和分隔符',
  'status "{0}" is not a known employment status': '状态 "{0}" 不是已知的在职状态',
  'one of {0} … (or options.statuses)': '以下之一：{0|list} …（或用 options.statuses 指定）',
  'leave date "{0}" is not a date': '离职日期 "{0}" 不是日期',
  'YYYY-MM-DD, YYYY/M/D, YYYY年M月D日 or a date cell': 'YYYY-MM-DD、YYYY/M/D、YYYY年M月D日 或日期单元格',
  '{0} {1} is listed again (first at {2}:{3}); the more current row is used': '{0} {1} 被重复列出（首次出现于 {2}:{3}）；采用较新的一行',
  'one row per {0}': '每个 {0} 一行',
  '{0} personal account without {1} could not be joined to the staff list ({2}, …); whether their holders are employees or have left is not evaluated':
    '{0} 个缺少 {1} 的个人账号无法与花名册关联（{2|list} …）；其持有人是否为在职员工或已离职未予评估',
  '{0} personal account without {1} could not be joined to the staff list ({2}); whether their holders are employees or have left is not evaluated':
    '{0} 个缺少 {1} 的个人账号无法与花名册关联（{2|list}）；其持有人是否为在职员工或已离职未予评估',
  '{0} personal accounts without {1} could not be joined to the staff list ({2}, …); whether their holders are employees or have left is not evaluated':
    '{0} 个缺少 {1} 的个人账号无法与花名册关联（{2|list} …）；其持有人是否为在职员工或已离职未予评估',
  '{0} personal accounts without {1} could not be joined to the staff list ({2}); whether their holders are employees or have left is not evaluated':
    '{0} 个缺少 {1} 的个人账号无法与花名册关联（{2|list}）；其持有人是否为在职员工或已离职未予评估',
  'accounts carrying identifiers.{0} or a single holder': '带有 identifiers.{0} 或单一持有人的账号',
  'accounts carrying identifiers.{0}': '带有 identifiers.{0} 的账号',
  'account "{0}": {1} is {2} where {3}#{4} states it; the staff list\'s {5} is not used': '账号 "{0}"：{3}#{4} 说明 {1} 为 {2}；未采用花名册中的 {5}',
  'account "{0}": {1} is {2} where its source states it; the staff list\'s {3} is not used': '账号 "{0}"：其来源说明 {1} 为 {2}；未采用花名册中的 {3}',
  'one value for {0}': '{0} 只有一个值',
  "accounts joined to the staff list that carry no unit: {0} ({1}); PIPL-HR-001 (the account's unit against the holder's HR department) is not evaluated for them":
    '已与花名册关联但未带所属单位的账号：{0} 个（{1|list}）；PIPL-HR-001（账号所属单位与持有人在花名册中的部门比对）未对其评估',
  "accounts joined to the staff list that carry no unit: {0} ({1}, …); PIPL-HR-001 (the account's unit against the holder's HR department) is not evaluated for them":
    '已与花名册关联但未带所属单位的账号：{0} 个（{1|list} …）；PIPL-HR-001（账号所属单位与持有人在花名册中的部门比对）未对其评估',
  "a unit on each: for Keycloak accounts, the project file's mapping.units (group path → unit)": '为每个账号给出所属单位：Keycloak 账号请在项目文件中设置 mapping.units（群组路径 → 单位）',
  "a unit on each: what the accounts' source states as their department (RuoYi sys_dept, casbin mapping.domains for a model with domains), else the manifest's overlays.accounts[].set.unit (matched by id, or by role for every account holding it: a casbin model without domains states no unit), or accounts[].unit for an account the manifest defines":
    '为每个账号给出所属单位：由账号来源说明其部门（若依 sys_dept；带域的 casbin 模型用 mapping.domains），否则在清单的 overlays.accounts[].set.unit 中填写（按账号 id 匹配，或按角色为持有该角色的所有账号填写：不带域的 casbin 模型不说明单位），清单自身定义的账号填写 accounts[].unit',
};
