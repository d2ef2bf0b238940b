// Where a view's fact is stated (src/views/*: `statedBy.manifest` and `.absent`) is written in
// English, a manifest key with words on it: "accounts[].dormant (a cohort: how many of its
// accounts are dormant)". Messages in Chinese take it from here, keyed by the English text;
// a plain key (`accounts[].lastLogin`) needs no entry. tests/cli-lang.test.ts checks that every
// statedBy text with words in it has one.
import type { Lang } from './bilingual.js';

const ZH: Readonly<Record<string, string>> = {
  'a cloud-policy source (RAM / CAM principals read from a bundle)': 'cloud-policy 来源（从策略包读取的 RAM/CAM 主体）',
  "roles[].recipientFlow (a cloud-policy source's mapping.principals: { <principal>: { flow: <flow id> } }), or accounts whose entrustment (accounts[].entrustment, or accounts[].organisation naming the recipient) is the flow":
    'roles[].recipientFlow（cloud-policy 来源的 mapping.principals：{ <主体>: { flow: <数据流 id> } }），或受托关系为该数据流的账号（accounts[].entrustment，或与接收方名称相同的 accounts[].organisation）',
  "roles[].recipientFlow and the grants of those roles (a cloud-policy source's mapping.principals), or the roles of accounts whose entrustment is the flow":
    'roles[].recipientFlow 及这些角色的授权（cloud-policy 来源的 mapping.principals），或受托关系为该数据流的账号所持角色',
  'roles[].recipientFlow naming a flow whose recipient.kind is not entrusted-processor': 'roles[].recipientFlow（所指数据流的 recipient.kind 不是 entrusted-processor）',
  'roles[].recipientFlow of every role granted the interface (a flow whose recipient.kind is not entrusted-processor)': '被授权调用该接口的每个角色的 roles[].recipientFlow（所指数据流的 recipient.kind 不是 entrusted-processor）',
  'interfaces[].kind device-function, devices[].interfaces, and no roles[].grants[] on it': 'interfaces[].kind 为 device-function、devices[].interfaces，且没有角色的 roles[].grants[] 指向该接口',
  'roles[].jobScope of the roles granted every interface the device calls (roles[].grants[].interface)': '被授权调用该终端全部接口的角色的 roles[].jobScope（roles[].grants[].interface）',
  'roles[].privileged, or roles[].kind admin, security, audit or system (also of a role it inherits)': 'roles[].privileged，或 roles[].kind 为 admin、security、audit、system（含所继承的角色）',
  'codeRoutes[].interface with roles[].recipientFlow of every role granted that interface': 'codeRoutes[].interface，以及被授权调用该接口的每个角色的 roles[].recipientFlow',
  'accounts[].dormant (a cohort: how many of its accounts are dormant)': 'accounts[].dormant（账号群组：其中有多少个账号长期未使用）',
  'accounts[].roles (the roles the account holds; an empty list states it holds none)': 'accounts[].roles（账号持有的角色；空列表表示不持有任何角色）',
  'accounts[].roles (the roles the account holds), each privileged by roles[].privileged or roles[].kind': 'accounts[].roles（账号持有的角色），其特权由 roles[].privileged 或 roles[].kind 说明',
  'accounts[].roles (the roles the account holds), each an administration role by roles[].kind or roles[].duties (admin, security, audit; kind system too), or roles[].privileged on a role not of kind business':
    'accounts[].roles（账号持有的角色），管理角色由 roles[].kind 或 roles[].duties（admin、security、audit，种类 system 亦是）说明，或由种类不是 business 的角色的 roles[].privileged 说明',
  'roles[].recipientFlow of every role the account holds that reaches PI (naming a listed flow)': '账号所持每个可触及个人信息的角色的 roles[].recipientFlow（指向清单所列的数据流）',
  'accounts[].roleOrigins (from an identity-provider export)': 'accounts[].roleOrigins（取自身份提供方导出）',
  'codeCredentialSites[].algorithm (code scan)': 'codeCredentialSites[].algorithm（代码扫描）',
  'codeCredentialSites[].cost (code scan)': 'codeCredentialSites[].cost（代码扫描）',
  "codeCredentialSites[].signedRoles (code scan: the role claim the token is signed with), the code routes a holder of those roles can call and interfaces[].selfService of the interfaces they serve":
    'codeCredentialSites[].signedRoles（代码扫描：令牌签入的角色声明）、持有这些角色可调用的代码路由，及这些路由所服务接口的 interfaces[].selfService',
  'codeCredentialSites[].expiresInSeconds (code scan: the expiresIn option of jwt.sign)': 'codeCredentialSites[].expiresInSeconds（代码扫描：jwt.sign 的 expiresIn 选项）',
  'codeCredentialSites[].keySource of a cipher-iv site (code scan: literal, fallback-literal, environment or file is one fixed value; random is generated per call; unstated when the scan cannot trace it)':
    'cipher-iv 位置的 codeCredentialSites[].keySource（代码扫描：literal、fallback-literal、environment、file 为固定值；random 为每次调用随机生成；扫描无法追溯时为未说明）',
  'codeRoutes[].queries[].requestFields or the route path, ownerCondition and callerCheck (code scan), with databaseTables[].rowLevelSecurity and stores[].multiTenant of the store':
    'codeRoutes[].queries[].requestFields 或路由路径、ownerCondition 与 callerCheck（代码扫描），及该存储的 databaseTables[].rowLevelSecurity 与 stores[].multiTenant',
  'codeCredentialSites[].hardCoded (code scan: where the key given to the library comes from; unstated when the scan cannot trace it)':
    'codeCredentialSites[].hardCoded（代码扫描：传给库的密钥从何而来；扫描无法追溯时为未说明）',
  'codeCredentialSites[].httpOnly (code scan)': 'codeCredentialSites[].httpOnly（代码扫描）',
  'codeCredentialSites[].iterations (code scan)': 'codeCredentialSites[].iterations（代码扫描）',
  'codeCredentialSites[].salted (code scan)': 'codeCredentialSites[].salted（代码扫描）',
  'codeCredentialSites[].secure (code scan)': 'codeCredentialSites[].secure（代码扫描）',
  'codeCredentialSites[].strengthScore (code scan)': 'codeCredentialSites[].strengthScore（代码扫描）',
  'codeRoutes[].guarded (code scan)': 'codeRoutes[].guarded（代码扫描）',
  'callerCheck: false (the code scan states it when it finds none)': 'callerCheck: false（代码扫描未发现时即如此说明）',
  "codeRoutes[].queries[].columns and answered (code scan: what the read selects, and that the route answers with its rows unchanged; with those of the related reads travelling in its rows, queries[].includedIn), with interfaces[].returns and masked of the route's interface (codeRoutes[].interface) and stores[].fields":
    'codeRoutes[].queries[].columns 与 answered（代码扫描：查询选取的字段，以及路由是否原样返回查询结果；含随其结果行一并返回的关联读取，queries[].includedIn），及路由所对应接口（codeRoutes[].interface）的 interfaces[].returns、masked 与 stores[].fields',
  "codeRoutes[].queries[].columns and answered (code scan), with interfaces[].returns and masked of the route's interface and stores[].fields":
    'codeRoutes[].queries[].columns 与 answered（代码扫描），及路由所对应接口的 interfaces[].returns、masked 与 stores[].fields',
  'codeRoutes[].queries[].columns (code scan) with stores[].fields[].published': 'codeRoutes[].queries[].columns（代码扫描）及 stores[].fields[].published',
  'codeRoutes[].path with codeRoutes[].queries[].lookupFields (code scan)': 'codeRoutes[].path 及 codeRoutes[].queries[].lookupFields（代码扫描）',
  'codeRoutes[].queries[].callerCheck (code scan: a gate bound to the caller before the query, or an owner check after it)':
    'codeRoutes[].queries[].callerCheck（代码扫描：查询前与调用者身份绑定的校验，或读取后的归属校验）',
  'codeRoutes[].authorized (code scan: role, permission or policy middleware or guard)':
    'codeRoutes[].authorized（代码扫描：角色、权限或策略中间件或守卫）',
  'codeRoutes[].queries[].limited (code scan)': 'codeRoutes[].queries[].limited（代码扫描）',
  'codeRoutes[].queries[].lookupFields (code scan; unknown where the SQL parser could not read the statement: queries[].unreadable)':
    'codeRoutes[].queries[].lookupFields（代码扫描；SQL 解析器无法读取语句时为未知：queries[].unreadable）',
  'codeRoutes[].queries[].ownerCondition (code scan)': 'codeRoutes[].queries[].ownerCondition（代码扫描）',
  'roles[].jobScope of the route roles (organization), with stores[].multiTenant of the store, where their grants state no scope on it': '路由角色的 roles[].jobScope（organization），及该存储的 stores[].multiTenant（其授权未声明对该存储的范围时）',
  'codeRoutes[].rateLimited (code scan)': 'codeRoutes[].rateLimited（代码扫描）',
  'codeRoutes[].loggedFields (code scan: what the handler writes to logs)': 'codeRoutes[].loggedFields（代码扫描：处理函数写入日志的内容）',
  'credentialPolicies[] (every constraint of an imported policy understood)': 'credentialPolicies[]（导入的口令策略中每项约束均能识别）',
  'databaseLogins[].id (the server part an importer gives it: mysql:claims-db/…)': 'databaseLogins[].id（导入程序为其加上的服务器部分：mysql:claims-db/…）',
  'databaseLogins[].host (MySQL export)': 'databaseLogins[].host（MySQL 导出）',
  'databaseLogins[].usedBy: application or person (from an export: the source mapping logins: { NAME: { usedBy } }, or overlays.databaseLogins[].set.usedBy)':
    'databaseLogins[].usedBy：application（应用）或 person（人员）（来自导出时：数据源映射 logins: { 登录名: { usedBy } }，或 overlays.databaseLogins[].set.usedBy）',
  'databaseLogins[].reads of the logins whose privileges the export does not give (privilegesUnknown)': '导出未给出其权限的登录（privilegesUnknown）的 databaseLogins[].reads',
  'system.inOperationSince or stores[].collectedSince (the date the store began holding the data it holds), with stores[].retention.period':
    'system.inOperationSince 或 stores[].collectedSince（该存储开始保存其所存数据的日期），及 stores[].retention.period',
  'deletionJobs[] (a deletionJobs list, empty when there is none)': 'deletionJobs[]（删除任务列表，没有时为空列表）',
  'deletionJobs[] with codeBase (code scan)': 'deletionJobs[]，带 codeBase（代码扫描）',
  'deletionJobs[].runsIn (where a declared job runs: code, database, scheduler, other-system)': 'deletionJobs[].runsIn（所声明任务的运行位置：code 代码、database 数据库、scheduler 调度平台、other-system 其他系统）',
  'discoveredTables[].columns[].mappedTo (the source mapping: mapping.tables[TABLE].store and .columns), or auditLogging.tables and .fields for a table audit records are kept in':
    'discoveredTables[].columns[].mappedTo（源映射：mapping.tables[TABLE].store 和 .columns），或保存审计记录的表的 auditLogging.tables 与 .fields',
  'impactAssessments[] naming the flow (flows: [id]) or flows[].impactAssessment (naming an assessment that lists no flows)':
    '列明该数据流的 impactAssessments[]（flows: [id]），或 flows[].impactAssessment（指向未列明数据流的评估）',
  'impactAssessments[].covers of the assessments naming the flow (flows: [id])': '列明该数据流的评估（flows: [id]）的 impactAssessments[].covers',
  'flows[].recipientNotified of the flows providing the point’s data to another processor or abroad, or collectionPoints[].notice.items (recipients) or notice.recipientList':
    '向其他处理者或境外提供该收集点个人信息的数据流的 flows[].recipientNotified，或 collectionPoints[].notice.items（recipients）或 notice.recipientList',
  'accounts[].type (for an imported account, overlays.accounts[].set.type)': 'accounts[].type（导入的账号在 overlays.accounts[].set.type 中写明）',
  "accounts[].type of the active accounts under the policy (a person's account, not type: service)": 'accounts[].type（该策略下的在用账号；须为人使用的账号，而非 type: service）',
  "accounts[].type of the accounts holding the role (service: a program's own identity no person signs in with); for a cloud role, who assumes it (overlays.roles[].set.assumedBy: services or people)":
    'accounts[].type（持有该角色的账号；service 表示程序自身的身份，无人以其登录）；云角色写明由谁扮演（overlays.roles[].set.assumedBy：services 仅程序，people 有人员）',
  'roles[].grants[].scope (of every grant on the interface)': 'roles[].grants[].scope（该接口上的每项授权）',
  'roles[].fullValuesNeeded (with interfaces[].masked)': 'roles[].fullValuesNeeded（结合 interfaces[].masked）',
  'roles[].grants[].interface (or the grant, for a grant on a store)': 'roles[].grants[].interface（直接授权到存储的，为该授权本身）',
  'roles[].grants[].trigger, approval, breakGlass (the grant, when it states any of them), else the interface of roles[].grants[].interface':
    'roles[].grants[].trigger、approval、breakGlass（授权本身写明其中任一项时为该授权），否则为 roles[].grants[].interface 所指的接口',
  'roles[].duties (with inherited roles)': 'roles[].duties（含继承的角色）',
  "credentialPolicies (a list; the account's credentialPolicy or the default: true entry)": 'credentialPolicies（列表；账号的 credentialPolicy，或 default: true 的那一项）',
  'credentialPolicies: [] (no policy)': 'credentialPolicies: []（没有口令策略）',
  'devices[].interfaces (with the interfaces’ returns and selfService)': 'devices[].interfaces（及这些接口的 returns 和 selfService）',
  'devices[].interfaces (with the interfaces’ returns, selfService, and kind and bulk: a bulk device function no role is granted is a machine feed)':
    'devices[].interfaces（及这些接口的 returns、selfService、kind 和 bulk：未授予任何角色、成批下发数据的终端功能接口是设备自身取数）',
  'interfaces: [] (the device calls none)': 'interfaces: []（设备不调用任何接口）',
  'unfilteredReads: [] (every table it reads filters its readers)': 'unfilteredReads: []（视图读取的每张表都对读取者过滤）',
  'devices[].legalBasis (PIPL Art. 13 basis; legal-duty where a law has the biometric data leave the device)': 'devices[].legalBasis（个人信息保护法第十三条的处理依据；法律要求生物识别信息离开设备的写 legal-duty）',
  'legalBasis: consent (no law requires it)': 'legalBasis: consent（无法律要求）',
  'devices[].consent (with legalBasis consent: separate where the individual separately consents to the biometric data leaving the device)': 'devices[].consent（处理依据为同意时：个人单独同意生物识别信息离开设备的，写 separate）',
  'consent: none': 'consent: none',
  "roles[].grants[].scopeEnforced (true where a Casbin policy decided the scope), with codeRoutes[].queries[].callerCheck of the interface's routes": 'roles[].grants[].scopeEnforced（范围由 Casbin 策略判定的为 true），及该接口代码路由的 codeRoutes[].queries[].callerCheck',
  'roles[].grants[].approval with interfaces[].approval': 'roles[].grants[].approval 及 interfaces[].approval',
  'interfaces[].lookupKeys with roles[].grants[].scope': 'interfaces[].lookupKeys 及 roles[].grants[].scope',
  "codeRoutes[].queries[] (code scan) of the routes that leave the grant's stated scope unenforced, as for /scopeUnenforcedInCode": '未执行该授权所声明范围的代码路由的 codeRoutes[].queries[]（代码扫描），判断同 /scopeUnenforcedInCode',
  "codeRoutes[].queries[].requestFields or the route path, ownerCondition and callerCheck (code scan) of a route the role is allowed on that reads the grant's store, with databaseTables[].rowLevelSecurity, and stores[].multiTenant where the job is the organisation": '该角色可调用、读取该授权所及存储的代码路由的 codeRoutes[].queries[].requestFields 或路由路径、ownerCondition 与 callerCheck（代码扫描），及 databaseTables[].rowLevelSecurity；岗位范围为全机构时另需 stores[].multiTenant',
  'interfaces[] of kind export or bulk: true, with their returns and masked': 'interfaces[] 中 kind 为 export 或 bulk: true 的接口，及其 returns 和 masked',
  'stores[].subjects.minorsUnder14, a field of category minor.under-14, or collectionPoints[].subjects (minors-under-14, mixed)':
    'stores[].subjects.minorsUnder14、类别为 minor.under-14 的字段，或 collectionPoints[].subjects（minors-under-14、mixed）',
  'stores[].subjects.minorsUnder14, or a field of category minor.under-14': 'stores[].subjects.minorsUnder14，或类别为 minor.under-14 的字段',
  'stores[].subjects.minorsUnder14 of the store the grant reaches, a category minor.under-14 it reaches, or collectionPoints[].subjects (minors-under-14, mixed) of a point feeding the store':
    '授权所及存储的 stores[].subjects.minorsUnder14、所及的 minor.under-14 类别，或向该存储写入的收集点的 collectionPoints[].subjects（minors-under-14、mixed）',
  'collectionPoints[].subjects (minors-under-14, mixed), or category minor.under-14': 'collectionPoints[].subjects（minors-under-14、mixed），或类别 minor.under-14',
  'system.childrenPIOfficer (or system.piOfficer: { appointed: false }, no one in charge of PI protection at all)':
    'system.childrenPIOfficer（或 system.piOfficer: { appointed: false }，即无人负责个人信息保护）',
  'interfaces: [] (none), or masked: [] (nothing masked)': 'interfaces: []（没有接口），或 masked: []（不去标识化显示任何字段）',
  'stores[].fields[].necessary of the ID-number fields (or collectionPoints[].necessary: true of every point collecting ID numbers into the store)':
    'stores[].fields[].necessary（身份证件号码字段；或向该存储收集身份证件号码的每个收集点均写明 collectionPoints[].necessary: true）',
  'flows[].legalBasis (PIPL Art. 13 basis; legal-duty for a provision a law requires)': 'flows[].legalBasis（个人信息保护法第十三条的处理依据；法律要求的提供写 legal-duty）',
  'legalBasis: consent (or contract: not a statutory channel)': 'legalBasis: consent（或 contract：非法定报送通道）',
  'flows[].access.managed, or both flows[].access.inventoried and .revocable': 'flows[].access.managed，或同时写明 flows[].access.inventoried 与 .revocable',
  'managed: false (or inventoried: false, or revocable: false)': 'managed: false（或 inventoried: false，或 revocable: false）',
  'impactAssessments[] covering sensitive-processing, with stores: [ids] (an assessment listing no stores covers the whole system)':
    '涵盖 sensitive-processing 的 impactAssessments[]，并列明 stores: [ids]（未列明存储的评估涵盖整个系统）',
  'impactAssessments: [] (none made)': 'impactAssessments: []（未做过评估）',
  'roles[].grants[] written without a pattern, on the interface or store a pattern grant reaches': '该角色在模式授权所触达的接口或存储上不带模式的 roles[].grants[]',
  'impactAssessments[] covering face-recognition, or covering sensitive-processing with stores: [ids] naming a store that holds face data':
    '涵盖 face-recognition 的 impactAssessments[]，或涵盖 sensitive-processing 且 stores: [ids] 列明保存人脸信息的存储',
  'lookupKeys: [] (cannot be searched)': 'lookupKeys: []（不能检索）',
  "multiTenant: false (only the organisation's own records)": 'multiTenant: false（只存放本机构的记录）',
  'masked: [] (nothing masked)': 'masked: []（不去标识化显示任何字段）',
  'trigger: none (and no breakGlass)': 'trigger: none（且没有 breakGlass）',
  'stores[].fields[].necessary of the ID-number fields': '身份证号字段的 stores[].fields[].necessary',
  'stores[].fields[].form of biometric fields': '生物识别字段的 stores[].fields[].form',
  'stores[].encryption.atRest or stores[].fields[].encrypted': 'stores[].encryption.atRest 或 stores[].fields[].encrypted',
  'stores[].fields of the store the grant reaches': '该授权所触达存储的 stores[].fields',
  'roles[].privileged or roles[].kind': 'roles[].privileged 或 roles[].kind',
  "stores[].encryption.atRest of the device's localCache store": '设备 localCache 存储的 stores[].encryption.atRest',
  'devices[].privateSpace or devices[].publicPlace': 'devices[].privateSpace 或 devices[].publicPlace',
  "interfaces[].masked of the device's interfaces": '设备所用接口的 interfaces[].masked',
  'flows[].lastChanged and impactAssessments[].date': 'flows[].lastChanged 与 impactAssessments[].date',
  'flows[].stores and flows[].categories': 'flows[].stores 与 flows[].categories',
  'flows[].stores and flows[].categories (the sensitive categories of the stores)': 'flows[].stores 与 flows[].categories（所涉存储中的敏感个人信息类别）',
  'flows[].subjectsPerYear (individuals whose PI the flow provides in a calendar year)': 'flows[].subjectsPerYear（该数据流一个自然年内提供的个人信息所涉人数）',
  'stores[].fields[].necessary, .optional and .form': 'stores[].fields[].necessary、.optional 与 .form',
  "accounts[].entrustment (the flow by which the holder's organisation processes PI on the processor's behalf), or accounts[].organisation naming the recipient of one entrusted-processor flow, and that flow's recipient.kind and contract.present":
    'accounts[].entrustment（账号持有人所属单位受托处理个人信息所依据的数据流），或与某一个受托处理数据流接收方名称相同的 accounts[].organisation，及该数据流的 recipient.kind 与 contract.present',
  'roles[].duties or roles[].kind (business), with an admin, security, audit or system kind or duty, or roles[].privileged on a role not of kind business, and the grants (with inherited roles)':
    'roles[].duties 或 roles[].kind（business），及 admin/security/audit/system 种类或职责、种类不是 business 的角色的 roles[].privileged，和授权（含继承的角色）',
  'databaseLogins[].reads, against roles[].grants[] (and roles[].kind: admin for a role held for SET ROLE)':
    'databaseLogins[].reads（与 roles[].grants[] 对照；经 SET ROLE 才启用的角色，另看 roles[].kind 是否为 admin）',
  'databaseLogins[].role or databaseLogins[].account: the manifest role, or the account, the person uses the login in (from an export: the source mapping logins: { NAME: { role } } or { account }, or overlays.databaseLogins[].set.role)':
    'databaseLogins[].role 或 databaseLogins[].account：该人员使用此登录时所对应的清单角色或账号（来自导出时：数据源映射 logins: { 登录名: { role } } 或 { account }，或 overlays.databaseLogins[].set.role）',
  'Keycloak realm default roles': 'Keycloak 域（realm）的默认角色',
  'Keycloak realm eventsExpiration': 'Keycloak 域（realm）的 eventsExpiration',
  'Keycloak realm brute-force settings': 'Keycloak 域（realm）的暴力破解防护设置',
  'Keycloak realm event settings': 'Keycloak 域（realm）的事件记录设置',
  'Keycloak client directAccessGrantsEnabled': 'Keycloak 客户端的 directAccessGrantsEnabled',
  'Keycloak client fullScopeAllowed': 'Keycloak 客户端的 fullScopeAllowed',
  'Keycloak client redirectUris': 'Keycloak 客户端的 redirectUris',
  "the scope of the route roles' grants on the store: roles[].grants[].scope": '路由角色在该存储上的授权范围：roles[].grants[].scope',
};

/** The statedBy text in the language (English is the source; Chinese from the catalogue, else as written). */
export function statedByText(text: string, lang: Lang): string {
  return lang === 'zh' ? (ZH[text] ?? text) : text;
}

/** Whether a statedBy text has English words in it (not only keys and values) without its Chinese. */
export function statedByNeedsChinese(text: string): boolean {
  return /[a-z]{2,} [a-z]{2,}/i.test(text) && !ZH[text];
}
