// Input errors other than schema errors, in Chinese. Schema errors carry their Chinese from
// src/schema/schema-errors.ts (`messageZh`, `expectedZh`); the readers, the project file, the
// inventory's reference checks and the mappings write their diagnostics in English. Each message
// they write has an entry here under a key: the English form (a pattern: ids, paths and numbers
// are captured and kept as written) and the Chinese. `formatDiagnostic` uses it under --lang zh
// for a diagnostic without `messageZh`. The importers', baseline's, exceptions' and evidence
// record's messages are in the template catalogue beside it (input-error-templates.ts), tried
// when no pattern here matches. tests/input-error-zh.test.ts finds every message the code writes
// and fails on one without Chinese; tests/cli-lang*.test.ts feed mistakes through the CLI.
import { IMPORTER_TITLE_ZH } from './importer-title-text.js';
import { SECTION_ZH, templateZh } from './input-error-templates.js';

interface Entry {
  en: RegExp;
  zh: (...groups: string[]) => string;
}

/** ` (did you mean "x"?)` at the end of a message, in Chinese. */
const guessZh = (guess: string | undefined) => (guess !== undefined ? `（是否应为 "${guess}"？）` : '');
const GUESS = '(?: \\(did you mean "(.*)"\\?\\))?';

/** What fileKindOf (src/sources/source-document.ts) says a path is. */
const FILE_KIND_ZH: Record<string, string> = { 'a folder': '文件夹', 'a FIFO': '命名管道', 'a socket': '套接字', 'a device': '设备文件', 'not a file': '不是文件' };
const fileKindZh = (kind: string) => FILE_KIND_ZH[kind] ?? kind;


/** The YAML reader's names of syntax errors (src/sources/yaml-library-reader.ts). */
const YAML_ERROR_ZH: Record<string, string> = {
  'an alias with an anchor or tag': '带有锚点或标签的别名',
  'an alias that is not valid': '无效的别名',
  'a directive that is not valid': '无效的指令',
  'an escape sequence not valid in a double-quoted string': '双引号字符串中的无效转义序列',
  'indentation that does not line up': '缩进未对齐',
  'an anchor or tag in the wrong place': '位置错误的锚点或标签',
  'a plain value starting with a reserved character': '以保留字符开头的无引号值',
  'a block value used as a key, or a mapping nested on one line': '块值被用作键，或在一行内嵌套了映射',
  'a block value inside a flow collection': '流式集合中的块值',
  'a key repeated in one mapping': '同一映射中的键重复',
  'a construct the parser cannot read': '解析器无法读取的结构',
  'an implicit key longer than 1024 characters': '超过 1024 个字符的隐式键',
  'a missing closing character (quote, bracket or brace) or a key without a value': '缺少闭合字符（引号、方括号或花括号），或键没有值',
  'an implicit key spanning lines': '跨行的隐式键',
  'more than one anchor on a node': '一个节点上有多个锚点',
  'more than one YAML document in the file': '文件中有多个 YAML 文档',
  'more than one tag on a node': '一个节点上有多个标签',
  'a key that is not a string': '不是字符串的键',
  'a tab used for indentation': '用制表符缩进',
  'a value its tag cannot be read as': '值无法按其标签读取',
  'an unexpected token': '意外的记号',
};
const yamlErrorZh = (what: string) => YAML_ERROR_ZH[what] ?? what.replace(/^syntax error \((.*)\)$/, '语法错误（$1）');

/** jsonc-parser's error codes (printParseErrorCode), in Chinese. */
const JSON_ERROR_ZH: Record<string, string> = {
  InvalidSymbol: '无效的符号',
  InvalidNumberFormat: '数字格式无效',
  PropertyNameExpected: '缺少属性名',
  ValueExpected: '缺少值',
  ColonExpected: '缺少冒号',
  CommaExpected: '缺少逗号',
  CloseBraceExpected: '缺少右花括号 }',
  CloseBracketExpected: '缺少右方括号 ]',
  EndOfFileExpected: '此处应为文件结尾',
  InvalidCommentToken: '无效的注释',
  UnexpectedEndOfComment: '注释意外结束',
  UnexpectedEndOfString: '字符串意外结束',
  UnexpectedEndOfNumber: '数字意外结束',
  InvalidUnicode: '无效的 Unicode 转义',
  InvalidEscapeCharacter: '无效的转义字符',
  InvalidCharacter: '无效的字符',
};

const list = (items: string) => items.split(', ').join('、');

/** What unreadFormatOf (src/inventory/load-inventory.ts) says a file no importer reads is. */
const UNREAD_FORMAT_ZH: Record<string, string> = {
  'multi-document YAML': '多文档 YAML',
  'YAML that does not parse': '无法解析的 YAML',
  'YAML other than a pipl-audit manifest': '非 pipl-audit 清单的 YAML',
  'JSON that does not parse': '无法解析的 JSON',
  'JSON of another kind': '其他类型的 JSON',
  'a file of another kind': '其他类型的文件',
};
function unreadFormatZh(format: string): string {
  const ext = /^a (\.\S+) file of another kind$/.exec(format)?.[1];
  return UNREAD_FORMAT_ZH[format] ?? (ext !== undefined ? `其他类型的 ${ext} 文件` : format);
}
const importerTitlesZh = (titles: string) => titles.split('; ').map((t) => IMPORTER_TITLE_ZH[t] ?? t).join('；');

/** Messages, by key. */
export const INPUT_ERROR_MESSAGES: Record<string, Entry> = {
  notUtf8: { en: /^file is not valid UTF-8 \(byte offset (\d+)\); it may be GBK\/GB18030-encoded$/, zh: (offset) => `文件不是有效的 UTF-8（字节偏移 ${offset}），可能是 GBK/GB18030 编码` },
  cannotRead: { en: /^cannot read file$/, zh: () => '无法读取该文件' },
  notRegularFile: { en: /^not a regular file \((.+)\)$/, zh: (kind) => `不是普通文件（${fileKindZh(kind)}）` },
  tooLarge: { en: /^file is (\d+) bytes$/, zh: (bytes) => `文件大小为 ${bytes} 字节` },
  yamlTooLarge: { en: /^YAML file is (.+) \((\d+) bytes\), over the (.+) limit for a YAML file$/, zh: (size, bytes, limit) => `YAML 文件大小为 ${size}（${bytes} 字节），超过 YAML 文件 ${limit} 的上限` },
  malformedJsonCode: { en: /^malformed JSON: (.+)$/, zh: (code) => `JSON 格式错误：${JSON_ERROR_ZH[code] ?? code}` },
  malformedJson: { en: /^malformed JSON$/, zh: () => 'JSON 格式错误' },
  malformedYaml: { en: /^malformed YAML: (.+)$/, zh: (what) => `YAML 格式错误：${yamlErrorZh(what)}` },
  yamlAliases: { en: /^YAML cannot be read: an alias names no anchor, or aliases expand too far$/, zh: () => 'YAML 无法读取：有别名未指向任何锚点，或别名展开次数过多' },
  noSuchPath: { en: /^no such file or directory$/, zh: () => '没有该文件或文件夹' },
  configAndPaths: { en: /^--config names the project file; the paths (.+) are given as well$/, zh: (paths) => `--config 已指定项目文件，却又给出了路径 ${list(paths)}` },
  configMissing: { en: /^the project file named by --config does not exist or is not a file$/, zh: () => '--config 指定的项目文件不存在或不是文件' },
  projectEmpty: { en: /^the project names neither manifests nor sources$/, zh: () => '项目既未列出清单（manifests），也未列出源（sources）' },
  docsUrl: { en: /^(docsUrl )?"(.*)" is not a documentation base$/, zh: (key, url) => `${key ? 'docsUrl ' : ''}"${url}" 不是可用的文档地址` },
  outsideProject: { en: /^the path leads outside the project folder( \(through a symbolic link\))?$/, zh: (link) => `该路径指向项目文件夹之外${link ? '（经由符号链接）' : ''}` },
  notFileOrFolder: { en: /^not a regular file or folder \((.+)\)$/, zh: (kind) => `不是普通文件或文件夹（${fileKindZh(kind)}）` },
  unknownRuleId: { en: /^rule "(.+)" is not in the packs in use, so it cannot be disabled or selected$/, zh: (id) => `规则 "${id}" 不在所用的规则包中，无法停用或选择` },
  noRuleInPacks: { en: /^the packs in use hold no rule$/, zh: () => '所用的规则包中没有任何规则' },
  noRuleLeft: { en: /^no rule is left to run: (\d+) of (\d+) rule\(s\) disabled(, the rest not selected)?$/, zh: (disabled, known, rest) => `没有可运行的规则：${known} 条规则中 ${disabled} 条已停用${rest ? '，其余未被选择' : ''}` },
  duplicateRuleId: { en: /^rule id "(.+)" is also defined in (.+)$/, zh: (id, file) => `规则编号 "${id}" 也在 ${file} 中定义` },
  unknownParameter: { en: /^parameter "(.+)" is not a parameter of any rule in use$/, zh: (key) => `"${key}" 不是所用任何规则的参数` },
  parameterUnknownRule: { en: /^parameter "(.+)" names an unknown rule "(.+)"$/, zh: (key, id) => `参数 "${key}" 指向未知的规则 "${id}"` },
  ruleHasNoParameter: { en: /^rule (\S+) has no parameter "(.+)"$/, zh: (id, name) => `规则 ${id} 没有参数 "${name}"` },
  unknownSourceType: { en: /^unknown source type "(.+)"$/, zh: (type) => `未知的源类型 "${type}"` },
  notRecognised: { en: /^not a recognised source format; skipped$/, zh: () => '不是可识别的源格式，已跳过' },
  notSupported: { en: /^not read: (.+?) is not supported \(supported: (.+)\)$/, zh: (format, titles) => `未读取：不支持${unreadFormatZh(format)}（支持的格式：${importerTitlesZh(titles)}）` },
  nothingFound: { en: /^no manifest or export files found$/, zh: () => '未找到任何清单或导出文件' },
  nothingAmongFound: { en: /^no manifest or export among the files found$/, zh: () => '找到的文件中没有清单或导出' },
  unknownCategory: { en: new RegExp(`^unknown PI category "(.*)"${GUESS}$`), zh: (key, guess) => `未知的个人信息类别 "${key}"${guessZh(guess)}` },
  unknownReference: { en: new RegExp(`^unknown (${Object.keys(SECTION_ZH).join('|')}) "(.*)"${GUESS}$`), zh: (section, id, guess) => `未知的${SECTION_ZH[section] ?? section} "${id}"${guessZh(guess)}` },
  noSuchField: { en: new RegExp(`^store "(.*)" has no field "(.*)"${GUESS}$`), zh: (store, field, guess) => `存储 "${store}" 没有字段 "${field}"${guessZh(guess)}` },
  duplicateField: { en: /^duplicate field "(.*)"$/, zh: (field) => `字段 "${field}" 重复` },
  grantTarget: { en: /^a grant names neither or both of "interface" and "store"$/, zh: () => '授权未指定 "interface" 和 "store"，或同时指定了二者' },
  roleOriginNotHeld: { en: /^role origin for "(.*)", which the account does not hold$/, zh: (role) => `角色来源说明了 "${role}"，但该账号并不持有此角色` },
  twoDefaultPolicies: { en: /^more than one default credential policy \(also "(.*)"\)$/, zh: (other) => `默认凭据策略不止一个（另有 "${other}"）` },
  inheritanceCycle: { en: /^role inheritance cycle: (.+)$/, zh: (chain) => `角色继承形成循环：${chain}` },
  sectionAgain: { en: /^"(.+)" is defined again \(first in (.+)\)$/, zh: (section, file) => `"${section}" 被重复定义（首次定义于 ${file}）` },
  duplicateId: { en: /^duplicate id "(.*)" in (\S+) \(first at (.+)\)$/, zh: (id, section, at) => `${section} 中的编号 "${id}" 重复（首次出现于 ${at}）` },
  grantForUnknownRole: { en: /^grant for role "(.*)", which no manifest or source defines$/, zh: (role) => `授权所属的角色 "${role}" 未在任何清单或源中定义` },
  categoryShipped: { en: /^category "(.*)" is already in the shipped taxonomy$/, zh: (id) => `类别 "${id}" 已在内置分类表中` },
  categoryUnderUnknown: { en: /^category "(.*)" is under "(.*)", which neither the taxonomy nor the project defines$/, zh: (id, parent) => `类别 "${id}" 位于 "${parent}" 之下，但分类表和项目都未定义 "${parent}"` },
  overlayMatchesNothing: { en: /^overlay selector (.+) matches no entity in (\S+)$/, zh: (selector, section) => `覆盖选择器 ${selector} 未匹配 ${section} 中的任何实体` },
  keycloakRoleUnknownManifestRole: { en: new RegExp(`^mapping of Keycloak role "(.*)" names role "(.*)", which no manifest declares${GUESS}$`), zh: (key, id, guess) => `Keycloak 角色 "${key}" 的映射指向角色 "${id}"，但没有清单声明该角色${guessZh(guess)}` },
  keycloakRoleNotInExport: { en: new RegExp(`^mapping names Keycloak role "(.*)", which the export does not define${GUESS}$`), zh: (key, guess) => `映射中的 Keycloak 角色 "${key}" 在导出中没有定义${guessZh(guess)}` },
  tableNotInExport: { en: new RegExp(`^table "(.*)" is mapped, but the export has no such table${GUESS}$`), zh: (table, guess) => `映射了数据表 "${table}"，但导出中没有该表${guessZh(guess)}` },
  columnNotInTable: { en: new RegExp(`^column "(.*)" is mapped, but table "(.*)" has no such column${GUESS}$`), zh: (column, table, guess) => `映射了字段 "${column}"，但数据表 "${table}" 没有该字段${guessZh(guess)}` },
  columnToUnknownField: { en: new RegExp(`^column "(.*)" is mapped to field "(.*)", which store "(.*)" does not have${GUESS}$`), zh: (column, field, store, guess) => `字段 "${column}" 映射到 "${field}"，但存储 "${store}" 没有该字段${guessZh(guess)}` },
  loginToUnknown: { en: new RegExp(`^login "(.*)" is mapped to (account|role) "(.*)", which no manifest declares${GUESS}$`), zh: (login, kind, id, guess) => `数据库登录名 "${login}" 映射到${kind === 'account' ? '账号' : '角色'} "${id}"，但没有清单声明它${guessZh(guess)}` },
  loginNotInExport: { en: new RegExp(`^login "(.*)" is mapped, but the export has no such login${GUESS}$`), zh: (login, guess) => `映射了数据库登录名 "${login}"，但导出中没有该登录名${guessZh(guess)}` },
  routeNotInCode: { en: new RegExp(`^route "(.*)" is mapped, but the code defines no such route${GUESS}$`), zh: (route, guess) => `映射了路由 "${route}"，但代码中没有定义该路由${guessZh(guess)}` },
};

/** What was expected, by key. */
export const INPUT_ERROR_EXPECTED: Record<string, Entry> = {
  utf8: { en: /^UTF-8 text \(convert with `iconv -f GB18030 -t UTF-8`\)$/, zh: () => 'UTF-8 文本（可用 `iconv -f GB18030 -t UTF-8` 转换）' },
  readableFile: { en: /^an existing, readable file$/, zh: () => '存在且可读的文件' },
  unchangedFile: { en: /^the file left as it is until the audit ends$/, zh: () => '审计结束前保持文件不变' },
  regularFile: { en: /^a regular file$/, zh: () => '普通文件' },
  atMostBytes: { en: /^at most (\d+) bytes$/, zh: (bytes) => `不超过 ${bytes} 字节` },
  smallerYaml: {
    en: /^a smaller YAML file: use JSON for machine-generated inventories \(same content, apiVersion pipl-audit\/v1, read many times faster\), or raise the limit with --max-yaml-size MB$/,
    zh: () => '更小的 YAML 文件：机器生成的清单请改用 JSON（内容相同，apiVersion pipl-audit/v1，读取快得多），或用 --max-yaml-size MB 提高上限',
  },
  validJson: { en: /^valid JSON$/, zh: () => '有效的 JSON' },
  validYaml: { en: /^valid YAML$/, zh: () => '有效的 YAML' },
  oneDocument: { en: /^one YAML document per file$/, zh: () => '每个文件一个 YAML 文档' },
  yamlAliases: { en: /^YAML whose aliases each name an anchor and expand fewer than (\d+) times$/, zh: (n) => `每个别名都指向锚点、且展开少于 ${n} 次的 YAML` },
  existingManifest: { en: /^an existing manifest file or a directory of them$/, zh: () => '存在的清单文件，或存放清单的文件夹' },
  configOrPaths: { en: /^either --config FILE or paths, not both$/, zh: () => '--config FILE 或路径，二者只能选一' },
  projectFile: { en: /^a pipl-audit project file \(YAML, `version: 1`\)$/, zh: () => 'pipl-audit 项目文件（YAML，`version: 1`）' },
  manifestsOrSources: { en: /^`manifests:` or `sources:` \(or both\)$/, zh: () => '`manifests:` 或 `sources:`（或两者）' },
  documentationBase: {
    en: /^an absolute http\(s\) URL under which README\.md and docs\/ are served, e\.g\. (\S+)$/,
    zh: (example) => `提供 README.md 和 docs/ 的绝对 http(s) 地址，例如 ${example}`,
  },
  insideProject: { en: /^a path inside (.+), or a folder given with --allow-outside on the command line$/, zh: (root) => `${root === 'the project folder' ? '项目文件夹' : root} 内的路径，或在命令行用 --allow-outside 给出的文件夹` },
  fileOrFolder: { en: /^a regular file or a folder$/, zh: () => '普通文件或文件夹' },
  listedRuleId: { en: /^a rule id listed by `pipl-audit rules list`$/, zh: () => '`pipl-audit rules list` 列出的规则编号' },
  someRule: { en: /^at least one rule to run \(an audit that runs no rule can fail nothing\)$/, zh: () => '至少一条可运行的规则（不运行任何规则的审计不会发现任何问题）' },
  uniqueRuleIds: { en: /^rule ids unique across the packs in use$/, zh: () => '在所用规则包中唯一的规则编号' },
  listedParameter: { en: /^a parameter listed by `pipl-audit rules explain ID`$/, zh: () => '`pipl-audit rules explain ID` 列出的参数' },
  ruleParameter: { en: /^RULE-ID\.param with a rule of the packs in use$/, zh: () => 'RULE-ID.param，且规则属于所用的规则包' },
  noParameters: { en: /^no parameters: this rule takes none$/, zh: () => '无：该规则没有参数' },
  oneOf: { en: /^one of: (.+)$/, zh: (items) => `以下之一：${list(items)}` },
  manifestRoles: { en: /^one of the manifest's roles: (.+)$/, zh: (items) => `清单中的角色之一：${list(items)}` },
  manifestDeclaringRole: { en: /^a manifest that declares the role$/, zh: () => '声明该角色的清单' },
  exportRole: { en: /^a realm role name or clientId\/roleName of the export$/, zh: () => '导出中的域角色名或 clientId/roleName' },
  pipAuditManifest: { en: /^a manifest with apiVersion: pipl-audit\/v1$/, zh: () => 'apiVersion 为 pipl-audit/v1 的清单' },
  existingExport: { en: /^an existing (.+) file or folder$/, zh: (title) => `存在的${IMPORTER_TITLE_ZH[title] ?? ` ${title} `}文件或文件夹` },
  someInput: { en: /^at least one manifest file \(apiVersion: pipl-audit\/v1\) or a supported export$/, zh: () => '至少一个清单文件（apiVersion: pipl-audit/v1）或受支持的导出' },
  declaredIn: { en: /^an id declared in (\S+)$/, zh: (section) => `${section} 中声明的编号` },
  toDeclare: { en: /^(\S+) to declare it$/, zh: (section) => `在 ${section} 中声明它` },
  taxonomyKey: { en: /^a key of the taxonomy \(`pipl-audit schema taxonomy`\)$/, zh: () => '分类表中的键（`pipl-audit schema taxonomy`）' },
  uniqueFields: { en: /^field names unique within a store$/, zh: () => '同一存储内字段名唯一' },
  interfaceOrStore: { en: /^exactly one of interface, store$/, zh: () => 'interface 与 store 恰好其一' },
  heldRole: { en: /^a role listed in the account's roles$/, zh: () => '该账号 roles 中列出的角色' },
  oneDefault: { en: /^at most one policy with default: true$/, zh: () => '至多一个 default: true 的策略' },
  noCycle: { en: /^roles that do not inherit from themselves$/, zh: () => '不继承自身的角色' },
  oneSection: { en: /^one "(.+)" across all files$/, zh: (section) => `所有文件中只有一个 "${section}"` },
  uniqueIds: { en: /^ids unique within a section across all files$/, zh: () => '同一部分的编号在所有文件中唯一' },
  roleMapping: { en: /^a mapping to a role id of the manifest$/, zh: () => '映射到清单中的角色编号' },
  newCategory: { en: /^a new key; use the shipped category as it is$/, zh: () => '新的键；内置类别请直接使用' },
  categoryParent: { en: /^a key under an existing category \(`pipl-audit schema taxonomy`\)$/, zh: () => '位于已有类别之下的键（`pipl-audit schema taxonomy`）' },
  overlaySelector: { en: /^the id, id pattern or attributes of (\S+) an export or manifest defines$/, zh: (section) => `导出或清单所定义的 ${section} 的编号、编号模式或属性` },
  exportTable: { en: /^a table of the export \(schema\.table\), e\.g\. (.+)$/, zh: (tables) => `导出中的数据表（schema.table），例如 ${list(tables)}` },
  someTable: { en: /^a table the export defines$/, zh: () => '导出中定义的数据表' },
  manifestAccount: { en: /^an account id of the manifest$/, zh: () => '清单中的账号编号' },
  manifestRole: { en: /^a role id of the manifest$/, zh: () => '清单中的角色编号' },
  exportLogin: { en: /^a login of the export: (.+)$/, zh: (logins) => `导出中的数据库登录名：${list(logins)}` },
  someLogin: { en: /^a login the export defines$/, zh: () => '导出中定义的数据库登录名' },
  codeRoute: { en: /^a route of the code, as 'GET \/path' or '\/path'$/, zh: () => "代码中的路由，写作 'GET /path' 或 '/path'" },
};

/** The text in Chinese from the patterns above, else from the importers' catalogue (input-error-templates.ts). */
function translate(text: string, entries: Record<string, Entry>): string | undefined {
  for (const entry of Object.values(entries)) {
    const m = entry.en.exec(text);
    if (m) return entry.zh(...m.slice(1).map((g) => g as string));
  }
  return templateZh(text);
}

/**
 * A diagnostic's message and expectation in Chinese, where the catalogue has them. A reader's
 * message the loader prefixes with the file it was reading (`path: message`) is translated after
 * the prefix.
 */
export function inputErrorZh(d: { message: string; expected?: string | undefined }): { messageZh?: string; expectedZh?: string } {
  let messageZh = translate(d.message, INPUT_ERROR_MESSAGES);
  if (messageZh === undefined) {
    const prefixed = /^(\S+): (.+)$/.exec(d.message);
    const inner = prefixed ? translate(prefixed[2] as string, INPUT_ERROR_MESSAGES) : undefined;
    if (prefixed && inner !== undefined) messageZh = `${prefixed[1]}：${inner}`;
  }
  const expectedZh = d.expected !== undefined ? translate(d.expected, INPUT_ERROR_EXPECTED) : undefined;
  return { ...(messageZh !== undefined ? { messageZh } : {}), ...(expectedZh !== undefined ? { expectedZh } : {}) };
}
