// Chinese of the identity and permission importers' diagnostics: Keycloak
// (src/importers/keycloak), JeecgBoot (src/importers/jeecg) and RuoYi (src/importers/ruoyi).
// English template → Chinese; see src/i18n/input-error-templates.ts.
export const IDENTITY_ZH: Record<string, string> = {
  // Keycloak
  'unknown password policy "{0}" in "{1}" (a custom policy provider?); rules judging password strength are NOT_EVALUATED for realm {2}':
    '"{1}" 中有未知的密码策略 "{0}"（自定义的策略提供程序？）；域 {2} 中评判密码强度的规则结论为 未评估（NOT_EVALUATED）',
  'a policy id Keycloak ships: length, digits, lowerCase, upperCase, specialChars, notUsername, notEmail, regexPattern, passwordHistory, forceExpiredPasswordChange, hashAlgorithm, hashIterations, passwordBlacklist, maxLength, …':
    'Keycloak 自带的策略编号：length、digits、lowerCase、upperCase、specialChars、notUsername、notEmail、regexPattern、passwordHistory、forceExpiredPasswordChange、hashAlgorithm、hashIterations、passwordBlacklist、maxLength …',
  'password policy "{0}" has a value that is not a number; Keycloak\'s default for "{1}" is assumed': '密码策略 "{0}" 的值不是数字；按 Keycloak 对 "{1}" 的默认值处理',
  'unknown password hash provider "{0}"': '未知的密码哈希提供程序 "{0}"',
  'pbkdf2, pbkdf2-sha256, pbkdf2-sha512, argon2 or bcrypt': 'pbkdf2、pbkdf2-sha256、pbkdf2-sha512、argon2 或 bcrypt',
  'unknown password hash provider "{0}" for user {1}': '用户 {1} 使用了未知的密码哈希提供程序 "{0}"',
  "user {0}'s groups name several units ({1}); no unit taken from them": '用户 {0} 所在的组对应多个单位（{1}）；未从组取单位',
  'groups of one unit per user, or the unit stated in the manifest': '每个用户的组只对应一个单位，或在清单中写明其单位',
  '{0} user(s) of group {1} ({2}) get no unit: mapping.units key "{3}" makes each group below {4} a unit by its own name, not {5} itself':
    '组 {1} 的 {0} 个用户（{2}）未取得单位：mapping.units 的键 "{3}" 把 {4} 之下的每个组按其名称作为单位，不包括 {5} 本身',
  'a mapping.units entry for the group itself ("{0}": its members\' unit)': '为该组本身添加 mapping.units 条目（"{0}": 其成员所属单位）',
  'not a Keycloak realm export': '不是 Keycloak 域导出',
  'a JSON object with "realm" and realm settings (users, roles, clients …), or an array of them': '含 "realm" 及域设置（users、roles、clients …）的 JSON 对象，或由这种对象组成的数组',
  'users of realm "{0}" without the realm\'s own file': '有域 "{0}" 的用户，却没有该域本身的文件',
  'the realm export of "{0}" in the same source': '同一源中 "{0}" 的域导出',
  'realm "{0}" is not in the export': '导出中没有域 "{0}"',
  'a bare array of Keycloak users (the admin REST users listing) names no realm': '以裸 JSON 数组保存的 Keycloak 用户列表（管理 REST 接口的用户列表）没有写明所属的域',
  'the realm export these users belong to in the same source': '同一源中这些用户所属的域导出',
  'options.realm naming the realm of these users, one of: {0}': '用 options.realm 写明这些用户所属的域，可选：{0|list}',

  // JeecgBoot
  'role "{0}" is not defined by the manifest': '清单中未定义角色 "{0}"',
  'interface "{0}" is not defined by the manifest': '清单中未定义接口 "{0}"',
  'no sys_user rows in the dump': '导出中没有 sys_user 的行',
  'a JeecgBoot dump with INSERT INTO sys_user': '含 INSERT INTO sys_user 的 JeecgBoot 导出',
  'role {0} on menu "{1}" (interface {2}): the data rule cannot be decided: {3}; not evaluated': '角色 {0} 在菜单 "{1}"（接口 {2}）上：无法判定数据规则：{3|jeecgRule}；未评估',
  "role {0} on menu \"{1}\" (interface {2}): the data rule cannot be decided: {3}; what needs this grant's scope is not evaluated":
    '角色 {0} 在菜单 "{1}"（接口 {2}）上：无法判定数据规则：{3|jeecgRule}；需要该授权范围的规则不作判断',
  'data rules on the user (#{sys_user_code}) or the department (#{sys_org_code}), or the scope stated in the manifest':
    '按用户（#{sys_user_code}）或部门（#{sys_org_code}）限定的数据规则，或在清单中写明范围',

  // RuoYi
  "the RuoYi accounts of {0} are governed by {1}, whose password rules (minLength {2}, characterClasses {3}) are taken from the manifest's default policy {4}, not RuoYi's own rule (5 characters, no character classes)":
    '{0} 中的 RuoYi 账号受 {1} 约束，其口令规则（最短长度 {2}，字符类别 {3}）取自清单的默认口令策略 {4}，而不是 RuoYi 自身的规则（5 个字符，不要求字符类别）',
  "options.passwordRules of the RuoYi source when the deployment's code applies other rules than the manifest states": '若部署的代码实际执行的口令规则与清单所述不同，请在 RuoYi 源的 options.passwordRules 中写明',
  '{0:key} is {1}': '{0} 为 {1}',
  'a whole number': '整数',
  'mapping names RuoYi permission "{0}", which no sys_menu row of {1} defines': '映射中的 RuoYi 权限 "{0}" 未在 {1} 的任何 sys_menu 行中定义',
  'a perms value of the dump’s sys_menu table': '导出中 sys_menu 表的 perms 值',
  'mapping of RuoYi permission "{0}" names interface "{1}", which no manifest declares': 'RuoYi 权限 "{0}" 的映射指向接口 "{1}"，但没有清单声明该接口',
  "one of the manifest's interfaces: {0}": '清单中的接口之一：{0|list}',
  'a manifest that declares the interface': '声明该接口的清单',
  'mapping names RuoYi department "{0}", which no sys_dept row of {1} has as dept_id or dept_name': '映射中的 RuoYi 部门 "{0}" 不是 {1} 中任何 sys_dept 行的 dept_id 或 dept_name',
  'a dept_id or dept_name of the dump’s sys_dept table': '导出中 sys_dept 表的 dept_id 或 dept_name',
  'a console export of at most {0} rows': '不超过 {0} 行的控制台导出',
  'not a RuoYi console export of users or roles': '不是 RuoYi 控制台导出的用户或角色',
  'a header row with {0} (users) or {1} (roles) within the first five rows': '前五行中有含 {0|and} 的表头行（用户），或含 {1|and} 的表头行（角色）',
  'comma-separated values with "quoted" fields': '逗号分隔、字段可带 "引号" 的值',
  'the .xlsx file the RuoYi console exported': 'RuoYi 控制台导出的 .xlsx 文件',
  'a sheet with the exported users or roles': '含导出的用户或角色的工作表',
};
