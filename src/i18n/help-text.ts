// The command line's help in Chinese: every command, option and argument description, keyed by
// its English text (the English stays the source: a description changed without its Chinese is
// caught by tests/cli-lang.test.ts, which checks every description has an entry here), and the
// section titles, the examples and the exit codes `--help` prints.

/** Chinese for each English help description. */
export const HELP_ZH: Readonly<Record<string, string>> = {
  'Audit systems holding personal information against PIPL and the standards used beside it': '依据《个人信息保护法》及配套标准，审计处理个人信息的系统',
  'output the version number': '显示版本号',
  'display help for command': '显示命令帮助',
  'display help for the command': '显示该命令的帮助',
  'draft a project (pipl-audit.yaml and manifest.yaml) from the exports in a folder; every fact they do not state is left as a # TODO':
    '根据文件夹中的导出文件起草项目（pipl-audit.yaml 和 manifest.yaml）；导出文件未说明的事实均留作 # TODO',
  'accept the draft without asking (init asks nothing today; for scripts)': '不询问即接受草稿（init 目前不询问任何问题；供脚本使用）',
  'overwrite pipl-audit.yaml and manifest.yaml if they exist': '已存在时覆盖 pipl-audit.yaml 和 manifest.yaml',
  'the project folder (default: the current folder)': '项目文件夹（默认：当前文件夹）',
  'exports inside it to use (default: every file in it, detected by content)': '要使用的其中的导出文件（默认：其中每个文件，按内容识别）',
  'audit a system: a project file (pipl-audit.yaml), or manifests, exports and folders detected by content': '审计一个系统：项目文件（pipl-audit.yaml），或按内容识别的清单、导出文件和文件夹',
  'rule pack to run: a shipped pack name or a folder (repeatable)': '要运行的规则包：内置规则包名称或文件夹（可重复）',
  'override a rule parameter: RULE-ID.name=value or name=value (repeatable)': '覆盖规则参数：RULE-ID.name=value 或 name=value（可重复）',
  'do not run this rule (repeatable)': '不运行该规则（可重复）',
  'let the project file name paths inside this folder outside the project (repeatable)': '允许项目文件引用项目之外、位于该文件夹内的路径（可重复）',
  'refuse YAML files larger than this many megabytes (default 20); use JSON for machine-generated inventories': '拒绝读取大于该兆字节数的 YAML 文件（默认 20）；机器生成的清单请使用 JSON',
  'load every PostgreSQL dump afresh: keep and reuse no cached load (also: PIPL_AUDIT_DUMP_CACHE=off)': '每次重新加载 PostgreSQL 转储：不保存也不复用缓存的加载结果（亦可设置 PIPL_AUDIT_DUMP_CACHE=off）',
  'keep the cached loads of PostgreSQL dumps in this folder (default: $PIPL_AUDIT_DUMP_CACHE, else node_modules/.cache/pipl-audit/dump-loads)': '将 PostgreSQL 转储的缓存加载结果保存在该文件夹中（默认：$PIPL_AUDIT_DUMP_CACHE，否则为 node_modules/.cache/pipl-audit/dump-loads）',
  'the project file, whatever its name (instead of paths)': '项目文件，名称不限（代替路径参数）',
  'output format: text, json, sarif, junit, markdown, csv, html, audit-report, audit-report-pdf (repeatable, each with its own -o; default text)':
    '输出格式：text、json、sarif、junit、markdown、csv、html、audit-report、audit-report-pdf（可重复，每个配一个 -o；默认 text）',
  '-f audit-report-pdf prints with this Chromium (default: $CHROMIUM_PATH, else /usr/bin/chromium)': '-f audit-report-pdf 使用此 Chromium 打印（默认：$CHROMIUM_PATH，否则 /usr/bin/chromium）',
  'write the preceding --format to this file, whole or not at all (repeatable; "-" for standard output)': '将前一个 --format 完整写入该文件，要么全部写入，要么不写（可重复；"-" 表示标准输出）',
  "report language: zh or en (default: the project file's lang, else from LANG)": '报告语言：zh 或 en（默认：项目文件的 lang，否则取自 LANG）',
  'exit 1 when a FAIL at or above this severity is found (critical, high, medium, low, info, none)': '发现该严重程度及以上的不合规（FAIL）时以退出码 1 结束（critical、high、medium、low、info、none）',
  'the date the audit speaks for (YYYY-MM-DD); also decides which exceptions have expired': '审计基准日（YYYY-MM-DD）；同时决定哪些例外已过期',
  'list every PASS as a finding, not only its count': '逐条列出每项合规（PASS），而不只是数量',
  "exceptions file (default: the project file's, else pipl-audit.exceptions.yaml beside it)": '例外文件（默认：项目文件指定的，否则为其旁边的 pipl-audit.exceptions.yaml）',
  'apply no exceptions file': '不应用任何例外文件',
  'an expired exception, one that matches nothing, or exceptions suppressing more than --max-suppressed-share of the FAILs, is an error (exit 2)':
    '已过期的例外、未匹配任何问题的例外，或例外屏蔽的不合规超过 --max-suppressed-share 时，作为错误处理（退出码 2）',
  "per cent of FAIL findings the exceptions may suppress before every report warns (default: the project file's maxSuppressedShare, else 50)":
    '例外可屏蔽的不合规问题百分比，超过时每份报告都会警示（默认：项目文件的 maxSuppressedShare，否则为 50）',
  'list only findings whose fingerprints are not in this baseline (`pipl-audit baseline write`) or JSON report': '只列出指纹不在该基线（`pipl-audit baseline write`）或 JSON 报告中的问题',
  'no colour even on a terminal (also: NO_COLOR=1)': '即使在终端上也不使用颜色（亦可设置 NO_COLOR=1）',
  'print only the summary line and errors (files are still written whole)': '只显示摘要行和错误（文件仍完整写入）',
  'show only findings of these severities, comma-separated (critical, high, medium, low, info); the gate still counts all': '只显示这些严重程度的问题，以逗号分隔（critical、high、medium、low、info）；门槛仍统计全部问题',
  'Markdown fits a pull-request comment: at most 65536 characters, most severe findings first, a line says what was left out':
    'Markdown 适合作为合并请求评论：不超过 65536 个字符，最严重的问题在前，并说明省略了哪些内容',
  "SARIF file URIs are relative to this directory (default: the git work tree holding the project, else the project file's folder, else the working directory)":
    'SARIF 中的文件 URI 相对于该目录（默认：包含项目的 git 工作树，否则为项目文件所在文件夹，否则为当前工作目录）',
  "where you host pipl-audit's documentation (README.md and docs/ under it): SARIF rule links point there (default: the project file's docsUrl, else package.json's homepage)":
    'pipl-audit 文档的托管地址（其下为 README.md 和 docs/）：SARIF 中规则的链接指向该处（默认：项目文件的 docsUrl，否则为 package.json 的 homepage）',
  'go on when an export cannot be read: write the report (its rules say NOT_EVALUATED) and exit by the gate instead of exit 2':
    '导出文件无法读取时继续：照常写出报告（相关规则为未评估 NOT_EVALUATED），按门槛决定退出码，而不是以退出码 2 结束',
  'also judge an audit framework item by item: cac-2025 (the CAC compliance-audit guideline), gbt-35273-2020, mlps-level3, or a framework file (repeatable; see `pipl-audit frameworks list`)':
    '同时按审计框架逐项评判：cac-2025（网信办个人信息保护合规审计指引）、gbt-35273-2020、mlps-level3，或框架文件（可重复；见 `pipl-audit frameworks list`）',
  'also write an evidence record (input hashes, packs, command line; see docs/verify.md)': '同时写出证据记录（输入文件哈希、规则包、命令行；见 docs/verify.md）',
  'sign the evidence record with this Ed25519 private key (PEM)': '用该 Ed25519 私钥（PEM）签署证据记录',
  'record the current time in the evidence record': '在证据记录中记录当前时间',
  'a project file or folder holding one, or manifest and export files and folders': '项目文件或包含项目文件的文件夹，或清单、导出文件及文件夹',
  'record the current findings, so later audits list only new ones': '记录当前的问题，此后的审计只列出新问题',
  'audit and write the fingerprints of every finding (FAIL, NOT_EVALUATED, MANUAL, SUPPRESSED) to a baseline file': '执行审计，并将每个问题（FAIL、NOT_EVALUATED、MANUAL、SUPPRESSED）的指纹写入基线文件',
  'the baseline file ("-" for standard output)': '基线文件（"-" 表示标准输出）',
  'the date the audit speaks for (YYYY-MM-DD)': '审计基准日（YYYY-MM-DD）',
  'manifest files or folders, or a project file': '清单文件或文件夹，或项目文件',
  'who can reach which personal information: per role, account type and device class, with scope, fields, paths and volume': '谁能触及哪些个人信息：按角色、账号类型和设备类别，列出范围、字段、途径和数量',
  'text or json': 'text 或 json',
  'write to a file instead of standard output': '写入文件而不是标准输出',
  "zh or en (default: the project file's lang, else from LANG)": 'zh 或 en（默认：项目文件的 lang，否则取自 LANG）',
  'zh or en (default: from LANG)': 'zh 或 en（默认：项目文件的 lang，否则取自 LANG）',
  'list every PI category, not only sensitive ones': '列出每个个人信息类别，而不只是敏感个人信息',
  'write: record the current reach; check: exit 1 if access to PI widened since': 'write：记录当前可达情况；check：此后个人信息可达范围扩大时以退出码 1 结束',
  'the snapshot file (default: pipl-audit.reach.json beside the project file, or in the one folder given, else here)': '快照文件（默认：项目文件旁边，或所给的唯一文件夹中，否则当前目录下的 pipl-audit.reach.json）',
  'categories whose widening fails the check: all (every PI category) or sensitive (PIPL Art. 28)': '可达范围扩大即判定检查失败的类别：all（全部个人信息类别）或 sensitive（《个人信息保护法》第二十八条敏感个人信息）',
  'manifest files or folders, exports, or a project file': '清单文件或文件夹、导出文件，或项目文件',
  'list, explain and test rules': '列出、解释和测试规则',
  'list the rules of the packs (default: every shipped pack)': '列出规则包中的规则（默认：全部内置规则包）',
  'zh or en': 'zh 或 en',
  'language of messages: zh or en (default: from LANG)': '消息语言：zh 或 en（默认：取自 LANG）',
  "language of messages: zh or en (default: the project file's lang, else from LANG)": '消息语言：zh 或 en（默认：项目文件的 lang，否则取自 LANG）',
  'a shipped pack name or a folder (repeatable)': '内置规则包名称或文件夹（可重复）',
  'show one rule in full: what it checks, why, its basis, parameters and fix': '完整显示一条规则：检查什么、为什么、法律依据、参数和整改建议',
  'rule id': '规则编号',
  "run each rule's FAIL and PASS fixtures": '运行每条规则的不合规（FAIL）和合规（PASS）样例',
  'only these rules': '只运行这些规则',
  'print a published JSON Schema (manifest, rule, fixtures, report, project, reach-snapshot, exceptions, baseline, taxonomy, recommendation, verify, evidence, framework); "taxonomy" prints the PI category taxonomy':
    '输出已发布的 JSON Schema（manifest、rule、fixtures、report、project、reach-snapshot、exceptions、baseline、taxonomy、recommendation、verify、evidence、framework）；"taxonomy" 输出个人信息类别分类表',
  'which schema': '哪个 Schema',
  'print a view of the inventory as JSON (system, store, interface, role, grant, account, credential-policy, device, flow, collection-point, database-login, database-table, discovered-table, identity-realm, identity-client, code-route, code-query, code-credential, code-store)':
    '以 JSON 输出清单的一个视图（system、store、interface、role、grant、account、credential-policy、device、flow、collection-point、database-login、database-table、discovered-table、identity-realm、identity-client、code-route、code-query、code-credential、code-store）',
  'which view': '哪个视图',
  'verify a rectification: compare before and after (saved JSON reports or sources), item by item of a recommendation': '核查整改：按检察建议逐项比较整改前后（已保存的 JSON 报告或源文件）',
  'for sources audited here: rule pack to run: a shipped pack name or a folder (repeatable)': '对在此审计的源文件：要运行的规则包，内置规则包名称或文件夹（可重复）',
  'for sources audited here: override a rule parameter: RULE-ID.name=value or name=value (repeatable)': '对在此审计的源文件：覆盖规则参数，RULE-ID.name=value 或 name=value（可重复）',
  'for sources audited here: do not run this rule (repeatable)': '对在此审计的源文件：不运行该规则（可重复）',
  'before: a saved JSON report, or sources to audit (folder, files, project file)': '整改前：已保存的 JSON 报告，或要审计的源文件（文件夹、文件、项目文件）',
  'after: a saved JSON report, or sources to audit': '整改后：已保存的 JSON 报告，或要审计的源文件',
  'the recommendation file (YAML; `pipl-audit schema recommendation`)': '检察建议文件（YAML；见 `pipl-audit schema recommendation`）',
  'output format: text, markdown, html, json (repeatable, paired in order with -o)': '输出格式：text、markdown、html、json（可重复，按顺序与 -o 配对）',
  'write to a file instead of standard output (repeatable; the format follows the extension when -f is not given)': '写入文件而不是标准输出（可重复；未给 -f 时按扩展名确定格式）',
  'report language: zh (default for this command) or en': '报告语言：zh（本命令默认）或 en',
  'exit 1 when a NEW or REGRESSED FAIL at or above this severity is found (critical, high, medium, low, info, none)': '发现该严重程度及以上的新增或回退的不合规时以退出码 1 结束（critical、high、medium、low、info、none）',
  'also write the evidence record on its own to this file': '同时将证据记录单独写入该文件',
  'sign the evidence record with this Ed25519 private key (PEM; `pipl-audit evidence keygen`)': '用该 Ed25519 私钥（PEM；见 `pipl-audit evidence keygen`）签署证据记录',
  'record the current time in the evidence record (otherwise output is byte-identical for identical inputs)': '在证据记录中记录当前时间（否则相同输入的输出逐字节相同）',
  'evidence records: make a signing key pair, check a record against its inputs': '证据记录：生成签名密钥对，对照输入文件核验记录',
  'write an Ed25519 key pair: PREFIX.key (private, PKCS#8 PEM, mode 600) and PREFIX.pub (public, SPKI PEM)': '生成 Ed25519 密钥对：PREFIX.key（私钥，PKCS#8 PEM，权限 600）和 PREFIX.pub（公钥，SPKI PEM）',
  'path and name of the key files, without extension': '密钥文件的路径和名称，不含扩展名',
  'verify an evidence record (or a verify JSON result holding one): its signature, and the SHA-256 of every input file it names': '核验证据记录（或包含证据记录的 verify JSON 结果）：签名，以及其所列每个文件的 SHA-256',
  'the trusted public key the record must be signed with (PEM); without it nothing is verified and the check fails (exit 1)': '记录必须由其签名的可信公钥（PEM）；不提供时不核验任何签名，检查不通过（退出码 1）',
  'write the check to a file instead of standard output': '将核验结果写入文件而不是标准输出',
  'the evidence record (verify --evidence, audit --evidence) or a verify JSON result': '证据记录（verify --evidence、audit --evidence 生成）或 verify JSON 结果',
  'audit frameworks that `audit --framework` judges item by item': '`audit --framework` 逐项评判的审计框架',
  'list the shipped frameworks': '列出内置审计框架',
  'what each item of a framework is judged by: rules, manifest declarations, manual evidence': '框架每一项依据什么评判：规则、清单声明、人工证据',
  'a shipped framework id or a framework file': '内置框架编号或框架文件',
  'only this item or sub-item (e.g. 20 or 20.3)': '只显示该项或子项（如 20 或 20.3）',
  'the record of processing activities (个人信息处理活动记录): per store and flow, categories, purposes, subjects, sources, retention, recipients, cross-border mechanism and who can reach it':
    '个人信息处理活动记录：按存储和数据流列出信息类别、目的、个人、来源、保存期限、接收方、出境机制以及可触及者',
  'xlsx or json (default: xlsx when -o ends in .xlsx, else json)': 'xlsx 或 json（默认：-o 以 .xlsx 结尾时为 xlsx，否则为 json）',
  'write to this file (an XLSX workbook is never written to a terminal)': '写入该文件（XLSX 工作簿不会输出到终端）',
  'the date the record speaks for (YYYY-MM-DD)': '记录基准日（YYYY-MM-DD）',
  'print an HTML report (-f audit-report, the acceptance report) to PDF with the headless Chromium installed on this machine': '用本机安装的无界面 Chromium 将 HTML 报告（-f audit-report、整改验收报告）打印为 PDF',
  'the PDF to write': '要写出的 PDF',
  'the Chromium executable (default: $CHROMIUM_PATH, else /usr/bin/chromium)': 'Chromium 可执行文件（默认：$CHROMIUM_PATH，否则 /usr/bin/chromium）',
  'the HTML report': 'HTML 报告',
};

/** Commander's section titles. */
export const HELP_TITLES_ZH: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

export const HELP_AFTER = {
  en: `
Examples:
  pipl-audit init station                                  draft pipl-audit.yaml and manifest.yaml from the exports in a folder
  pipl-audit audit examples/courier/before                 audit a project (pipl-audit.yaml) in a folder
  pipl-audit audit . -f sarif -o out.sarif -f html -o report.html --fail-on high
  pipl-audit audit --config compliance/audit.yaml --quiet  an explicitly named project file, summary only
  pipl-audit rules explain PIPL-QRY-001                    what a rule checks, needs and cites
  pipl-audit verify --recommendation rec.yaml --before before/ --after after/

Exit codes:
  0  no FAIL at or above --fail-on
  1  FAIL findings at or above --fail-on (or: verify item not fixed, reach widened, evidence changed)
  2  usage or input error: a bad option, project file, manifest or mapping, or an export that could
     not be read (unless --allow-unreadable); nothing is written
  3  internal error (a bug in pipl-audit: please report it with the command line)

Language: --lang zh|en, else the project file's lang, else LC_ALL / LC_MESSAGES / LANG (zh_* gives Chinese).`,
  zh: `
示例：
  pipl-audit init station                                  根据文件夹中的导出文件起草 pipl-audit.yaml 和 manifest.yaml
  pipl-audit audit examples/courier/before                 审计文件夹中的项目（pipl-audit.yaml）
  pipl-audit audit . -f sarif -o out.sarif -f html -o report.html --fail-on high
  pipl-audit audit --config compliance/audit.yaml --quiet  指定项目文件，只显示摘要
  pipl-audit rules explain PIPL-QRY-001                    一条规则检查什么、需要什么、依据什么
  pipl-audit verify --recommendation rec.yaml --before before/ --after after/

退出码：
  0  没有达到 --fail-on 门槛的不合规（FAIL）
  1  有达到 --fail-on 门槛的不合规（或：verify 有未整改项、reach 可达范围扩大、证据记录的文件有变化）
  2  用法或输入错误：选项、项目文件、清单或映射有误，或导出文件无法读取（未使用 --allow-unreadable 时）；
     不写出任何文件
  3  内部错误（pipl-audit 的缺陷：请连同命令行一并报告）

语言：--lang zh|en；未指定时取项目文件的 lang，再取 LC_ALL / LC_MESSAGES / LANG（zh_* 为中文）。`,
};

/** The documentation section of `--help`: the pages shipped with this install, and the online base. */
export function helpDocumentation(lang: 'zh' | 'en', packageRoot: string, homepage: string): string {
  return lang === 'zh'
    ? `

文档（随本安装提供，位于 ${packageRoot}）：
  README.md             命令、选项、项目文件、导出文件
  docs/manifest.md      清单的每个键：类型、允许值、说明、示例
  docs/rules/ID.md      每条规则一页（亦可用：pipl-audit rules explain ID）
  docs/sources/         各导出格式（keycloak.md、ruoyi.md、postgresql.md 等）
  docs/init.md  docs/reports.md  docs/security.md  docs/verify.md  docs/frameworks.md
在线文档（SARIF 链接至此；自行托管时用 --docs-url 或项目文件的 docsUrl）：${homepage}`
    : `

Documentation, shipped with this install in ${packageRoot}:
  README.md             commands, options, project file, exports
  docs/manifest.md      every manifest key: type, allowed values, description, example
  docs/rules/ID.md      one page per rule (also: pipl-audit rules explain ID)
  docs/sources/         each export format (keycloak.md, ruoyi.md, postgresql.md, …)
  docs/init.md  docs/reports.md  docs/security.md  docs/verify.md  docs/frameworks.md
Online (SARIF links to it; --docs-url or the project's docsUrl for your own copy): ${homepage}`;
}
