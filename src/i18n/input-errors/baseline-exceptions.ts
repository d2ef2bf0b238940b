// Chinese of the baseline's, the exceptions' and the rule packs' diagnostics (src/baseline,
// src/exceptions, src/rules, src/recommendation, src/verify, src/reach, src/frameworks, src/init).
// English template → Chinese; see src/i18n/input-error-templates.ts.
export const BASELINE_EXCEPTIONS_ZH: Record<string, string> = {
  // Baseline
  'the baseline was taken from {0}, but this audit is of {1}': '该基线取自 {0}，而本次审计的是 {1}',
  "a baseline of this system (`pipl-audit baseline write` on this system's inputs)": '本系统的基线（对本系统的输入运行 `pipl-audit baseline write`）',
  'baseline file not found': '未找到基线文件',
  'a file written by `pipl-audit baseline write` or a JSON report': '由 `pipl-audit baseline write` 写出的文件，或 JSON 报告',
  'report version {0} cannot serve as a baseline for this pipl-audit': '报告版本 {0} 不能作为此版本 pipl-audit 的基线',
  'reportVersion 1 (re-run the old audit with this version, or `pipl-audit baseline write`)': 'reportVersion 1（用此版本重新运行旧的审计，或运行 `pipl-audit baseline write`）',
  'report has no findings with fingerprints': '报告中没有带指纹的发现项',
  'a JSON report written by `pipl-audit audit -f json`': '由 `pipl-audit audit -f json` 写出的 JSON 报告',
  'report has knownFindings without fingerprints': '报告的 knownFindings 中有发现项没有指纹',
  "this baseline (version 1) does not record which system it was taken from, so it cannot be trusted not to hide this system's findings":
    '该基线（版本 1）未记录取自哪个系统，因此无法确信它不会掩盖本系统的发现项',
  'a baseline written again with `pipl-audit baseline write PATH… -o FILE` by this version (it records system.id and the inputs)':
    '用此版本的 `pipl-audit baseline write PATH… -o FILE` 重新写出的基线（其中记录 system.id 和各输入）',
  'baseline version {0} is not supported': '不支持基线版本 {0}',
  'baselineVersion 2 (write it again with `pipl-audit baseline write`)': 'baselineVersion 2（用 `pipl-audit baseline write` 重新写出）',

  // Exceptions
  'exceptions file not found': '未找到例外文件',
  'a YAML file of exceptions (`pipl-audit schema exceptions`)': '例外的 YAML 文件（`pipl-audit schema exceptions`）',
  'exception id "{0}" is also used by exception {1}': '例外编号 "{0}" 也被第 {1} 个例外使用',
  'unique exception ids': '唯一的例外编号',
  'unknown rule id "{0}"': '未知的规则编号 "{0}"',
  'rule "{0}" is a pattern: an exception must name exactly one rule': '规则 "{0}" 是一个模式：一个例外必须恰好指定一条规则',
  'one rule id listed by `pipl-audit rules list` (one exception per rule)': '`pipl-audit rules list` 列出的一个规则编号（每条规则一个例外）',
  'target "{0}" is unbounded: a * must follow a literal prefix that ends in a separator (> / : #)': '对象 "{0}" 没有边界：* 之前必须是以分隔符（> / : #）结尾的字面前缀',
  'a target key (outlet-supervisor>waybill-lookup), or a bounded pattern such as outlet-supervisor>* or courier-outlets/*':
    '对象键（如 outlet-supervisor>waybill-lookup），或有边界的模式，如 outlet-supervisor>* 或 courier-outlets/*',
  'exception {0} ({1} {2}) expired on {3} and would still cover {4} finding(s)': '例外 {0}（{1} {2}）已于 {3} 到期，但仍会覆盖 {4} 个发现项',
  'exception {0} ({1} {2}) expired on {3}': '例外 {0}（{1} {2}）已于 {3} 到期',
  'exception {0} ({1} {2}) matches no finding': '例外 {0}（{1} {2}）未匹配任何发现项',
  'the risk fixed, or the exception renewed with a new approval': '风险已整改，或经重新审批续期该例外',
  'exceptions that cover a current finding (remove it once the finding is fixed)': '覆盖当前发现项的例外（发现项整改后请删除该例外）',
  'the exceptions suppress {0} of {1} FAIL finding(s) ({2} %), more than the stated {3} %': '例外压制了 {1} 个不合规发现项中的 {0} 个（{2} %），超过了规定的 {3} %',
  'the findings fixed rather than suppressed, or a larger --max-suppressed-share stated on the record': '整改发现项而非压制，或在记录中写明更大的 --max-suppressed-share',

  // Rule packs (aspectOf links, pack layout)
  'rule {0} names itself as the rule it is an aspect of': '规则 {0} 把自身指定为其所属方面的规则',
  'another rule': '另一条规则',
  'aspectOf names rule "{0}", which is not in the packs in use': 'aspectOf 指向规则 "{0}"，但该规则不在所用的规则包中',
  'a rule id of the packs in use': '所用规则包中的规则编号',
  'aspectOf names {0}, which judges the {1} view, not {2}': 'aspectOf 指向 {0}，但它评判的是视图 {1}，而非 {2}',
  'a rule on the same view (the same item)': '评判同一视图（同一对象）的规则',
  'aspectOf names {0}, whose own aspect links lead back to {1}': 'aspectOf 指向 {0}，但其自身的方面链接又回到 {1}',
  'links without a cycle': '不构成循环的链接',
  'aspectOf names {0} on the system, but it judges the {1} view': 'aspectOf 指向系统层面的 {0}，但它评判的是视图 {1}',
  'a rule on the system view (on: system)': '评判系统视图的规则（on: system）',
  'aspectOf names {0} via {1}, but it judges the same view ({2})': 'aspectOf 经由 {1} 指向 {0}，但它评判的是同一视图（{2}）',
  'no via for a rule on the same item': '评判同一对象的规则不用 via',
  'aspectOf names rows of {0}, which has no decision table': 'aspectOf 指定了 {0} 的行，但该规则没有决策表',
  'no rows, or a rule with a decision table': '不指定行，或指向有决策表的规则',
  'aspectOf names rows {0} that {1} does not have': 'aspectOf 指定的行 {0} 在 {1} 中不存在',
  'rows of {0}: {1}': '{0} 的行：{1|list}',
  'aspectOf names rows {0} of {1} that do not FAIL': 'aspectOf 指定的 {1} 的行 {0} 不是不合规（FAIL）行',
  'FAIL rows only': '只能是不合规（FAIL）行',
  'aspectOf names fromRows, but {0} has no decision table': 'aspectOf 指定了 fromRows，但 {0} 没有决策表',
  'no fromRows, or a rule with a decision table': '不指定 fromRows，或用于有决策表的规则',
  'aspectOf names fromRows {0} that are not FAIL rows of {1}': 'aspectOf 的 fromRows 中 {0} 不是 {1} 的不合规（FAIL）行',
  'FAIL rows of {0}: {1}': '{0} 的不合规（FAIL）行：{1|list}',
  'not a rule pack: pack.yaml is missing': '不是规则包：缺少 pack.yaml',
  'a folder with pack.yaml and rule files': '包含 pack.yaml 和规则文件的文件夹',
  'rule id "{0}" does not match the file name': '规则编号 "{0}" 与文件名不一致',
  'duplicate rule id "{0}" (also in {1})': '规则编号 "{0}" 重复（另见 {1}）',
  'rule ids unique within a pack': '同一规则包内唯一的规则编号',

  // Rule compilation and parameters (src/rules/compile-rule.ts, resolve-params.ts)
  'rule {0}: unknown view "{1}" (expected one of: {2})': '规则 {0}：未知的视图 "{1}"（应为以下之一：{2|list}）',
  'rule {0}: needs exactly one of "require" (a checked rule), "decision" (a decision table) or "manual" (a manual check)':
    '规则 {0}："require"（检查型规则）、"decision"（决策表）和 "manual"（人工核查）必须恰好有一个',
  'rule {0}: parameter "{1}" = {2} is not valid ({3})': '规则 {0}：参数 "{1}" = {2} 无效（{3}）',
  'rule {0}: "{1}" is not a valid JSON Schema: {2}': '规则 {0}："{1}" 不是有效的 JSON Schema：{2}',
  'rule {0}: no basis entry grounds the rule (every entry says grounds: false)': '规则 {0}：没有任何法律依据条目作为判定依据（每个条目都写了 grounds: false）',
  'rule {0}: unknown derive function "{1}" (expected one of: {2})': '规则 {0}：未知的推导函数 "{1}"（应为以下之一：{2|list}）',
  'rule {0}: the decision table is not sound:\n  - {1}': '规则 {0}：决策表不完备：\n  - {1}',
  'rule {0}: the |template filter is misused:\n  - {1}': '规则 {0}：|template 过滤器用法不当（只能用于本规则 textByValue 派生值，所选文本须有中英文且不得再用 |template）：\n  - {1}',
  'rule {0} refers to undeclared parameter "{1}"': '规则 {0} 引用了未声明的参数 "{1}"',
  'rule {0}: parameter "{1}" is "{2}", expected one of: {3}': '规则 {0}：参数 "{1}" 为 "{2}"，应为以下之一：{3|list}',

  // Frameworks
  'no framework "{0}"': '没有框架 "{0}"',
  'a shipped framework ({0}) or a framework file': '内置框架（{0|list}）或框架文件',
  'unique sub-item ids under their item, each mapped to rules, declarations or a manual check (rules that do not cover it all need declarations or a manual check beside them)':
    '同一事项下唯一的子项编号，且每个子项都映射到规则、声明或人工核查（规则未完全覆盖的子项，须同时映射声明或人工核查）',

  // Rectification recommendations
  'item {0} requires no rule': '第 {0} 项未要求任何规则',
  '`rules:` (rule ids) or `themes:` (or both)': '`rules:`（规则编号）或 `themes:`（或两者）',
  'item number {0} is used twice (also item {1} in the list)': '事项编号 {0} 被使用了两次（列表中的第 {1} 项也使用了它）',
  'unique item numbers': '唯一的事项编号',
  'item {0} names rule "{1}", which is not a rule of the packs in use ({2})': '第 {0} 项指向规则 "{1}"，但它不是所用规则包中的规则（{2}）',

  // Saved reports (verify)
  'report has reportVersion {0}; this {1} {2} reads reportVersion {3}': '报告的 reportVersion 为 {0}；此版本 {1} {2} 读取 reportVersion {3}',
  'a report written by {0} {1} (or audit the sources again)': '由 {0} {1} 写出的报告（或重新审计各源）',
  'report was written by {0} {1}, not by this {2} {3}: its findings and fingerprints may not be comparable': '报告由 {0} {1} 写出，而非此版本 {2} {3}：其发现项和指纹可能无法比较',
  'a report written by {0} {1} (audit the sources again, or pass the sources instead of the report)': '由 {0} {1} 写出的报告（重新审计各源，或直接给出各源而非报告）',

  // Reach snapshots
  'reach snapshot version {0} is not supported': '不支持可达快照版本 {0}',
  'snapshotVersion {0} (rewrite it with `pipl-audit reach --snapshot write`)': 'snapshotVersion {0}（用 `pipl-audit reach --snapshot write` 重新写出）',

  // init
  'the export is outside the project folder': '该导出位于项目文件夹之外',
  'a file or folder inside {0} (copy the export there)': '{0} 内的文件或文件夹（请把导出复制到该处）',
};
