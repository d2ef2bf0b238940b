// The native manifest v1: its JSON Schema (published by `pipl-audit schema manifest`) and,
// from the same definition, its TypeScript types. TypeBox keeps the two from drifting apart.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { ProjectCategorySchema } from '../taxonomy/taxonomy-schema.js';

const closed = { additionalProperties: false } as const;
const opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
const strEnum = <const T extends string[]>(values: [...T], description: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: values, description });
const NONE = Type.Literal('none', { description: 'explicitly absent' });

export const Id = Type.String({
  pattern: '^[A-Za-z0-9\\u4e00-\\u9fff][A-Za-z0-9\\u4e00-\\u9fff._:/@+%-]*$',
  description: 'identifier, unique within its section',
});
export const Text = Type.Union(
  [Type.String(), Type.Object({ zh: opt(Type.String({ description: 'the text in Chinese (中文)' })), en: opt(Type.String({ description: 'the text in English' })) }, closed)],
  { description: 'plain text, or { zh, en }' },
);
export const IsoDate = Type.String({ format: 'date', description: 'calendar date, YYYY-MM-DD' });
/** A date known to the day, the month or only the year (an interview often knows no more). */
export const PartialDate = (description: string) =>
  Type.String({
    pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
    description: `${description}: YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known`,
  });
export const Duration = Type.String({
  pattern: '^(permanent|P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?)$',
  description: "ISO 8601 duration such as P3Y or P180D, or 'permanent'",
});
export const CategoryKey = Type.String({
  pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)*$',
  description: 'PI category from the taxonomy (`pipl-audit schema taxonomy`), e.g. contact.phone',
});
export const Scope = strEnum(
  ['own', 'assigned', 'unit', 'unit-subtree', 'unit-set', 'organization', 'any'],
  'whose records: own (the holder’s), assigned (by workflow), unit (the holder’s unit), unit-subtree (the holder’s unit and the units below it), unit-set (a fixed set of units, named in `units`), organization, any',
);
export const Action = strEnum(
  ['read', 'export', 'print', 'copy', 'create', 'update', 'delete', 'manage'],
  'what the grant allows',
);
const Refs = (description: string) => Type.Array(Id, { description, uniqueItems: true });

const Approval = Type.Object(
  {
    required: Type.Boolean({ description: 'an approval workflow gates each use' }),
    approver: opt(Type.String({ description: 'who approves (a role or a post, e.g. 部门负责人 / head of department)' })),
    reasonRequired: opt(Type.Boolean({ description: 'the user must state a reason (事由) for each use' })),
    recorded: opt(Type.Boolean({ description: 'approvals are recorded' })),
  },
  { ...closed, description: 'approval (审批) each use needs' },
);

export const SystemSchema = Type.Object(
  {
    id: Id,
    name: Text,
    operator: opt(Type.String({ description: 'the personal information handler (个人信息处理者) operating the system' })),
    sector: opt(strEnum(['express', 'medical', 'finance', 'venue', 'retail', 'education', 'government', 'other'], 'sector')),
    mlpsLevel: opt(Type.Integer({ minimum: 1, maximum: 5, description: 'MLPS 2.0 protection level (GB/T 22239)' })),
    individuals: opt(Type.Integer({ minimum: 0, description: 'number of individuals whose PI the system holds' })),
    faceIndividuals: opt(Type.Integer({ minimum: 0, description: 'number of individuals whose face data is stored' })),
    asOf: opt(IsoDate),
    inOperationSince: opt(
      Type.String({
        format: 'date',
        description:
          'the date the system began collecting personal information, YYYY-MM-DD: no record of a store can fall due before it plus the store’s retention period (PIPL-RET-003, PIPL-RET-005). Records migrated in from an earlier system are older: state stores[].collectedSince for such a store',
      }),
    ),
    piOfficer: opt(
      Type.Object(
        {
          appointed: Type.Boolean({ description: 'a person in charge of PI protection (个人信息保护负责人) is appointed' }),
          name: opt(Type.String({ description: 'who (a name or a post)' })),
          contact: opt(Type.String({ description: 'how to reach them, as published to individuals' })),
          appointedOn: opt(Type.String({ format: 'date', description: 'date of the appointment, YYYY-MM-DD' })),
          reportedOn: opt(Type.String({ format: 'date', description: "date the officer's name and contact were reported to the authority (PIPL Art. 52), YYYY-MM-DD" })),
        },
        { ...closed, description: 'the person in charge of PI protection (PIPL Art. 52)' },
      ),
    ),
    childrenPIOfficer: opt(
      Type.Object(
        {
          appointed: Type.Boolean({
            description:
              'a person is designated responsible for protecting the personal information of children under 14 (指定专人负责儿童个人信息保护); the PI protection officer counts when the designation covers children’s PI. Unstated, with piOfficer: { appointed: false }, no one is in charge of PI protection at all, children’s included',
          }),
          name: opt(Type.String({ description: 'who (a name or a post)' })),
          contact: opt(Type.String({ description: 'how guardians reach them' })),
        },
        { ...closed, description: 'the person designated responsible for children’s personal information (儿童个人信息网络保护规定 Art. 8)' },
      ),
    ),
    childrenRules: opt(
      Type.Object(
        {
          published: Type.Boolean({
            description:
              'dedicated rules for processing the personal information of children under 14 (儿童个人信息保护规则 / 专门的个人信息处理规则, PIPL Art. 31) are published, apart from the general privacy policy',
          }),
          userAgreement: opt(Type.Boolean({ description: 'a user agreement for children (儿童用户协议) is published (儿童个人信息网络保护规定 Art. 8)' })),
          url: opt(Type.String({ description: 'where the rules are published' })),
        },
        { ...closed, description: 'dedicated rules and user agreement for children’s personal information (PIPL Art. 31; 儿童个人信息网络保护规定 Art. 8)' },
      ),
    ),
    complianceAudit: opt(
      Type.Object(
        {
          lastDate: opt(IsoDate),
          intervalMonths: opt(Type.Integer({ minimum: 1, description: 'months between audits' })),
          by: opt(strEnum(['internal', 'professional-firm', 'none'], 'who audits')),
        },
        { ...closed, description: 'PI compliance audits (个人信息保护合规审计, PIPL Art. 54)' },
      ),
    ),
    incidentResponse: opt(
      Type.Object({ plan: Type.Boolean({ description: 'an incident response plan (应急预案) exists' }), notificationPath: opt(Type.Boolean({ description: 'a way to notify the regulator and individuals is set up (PIPL Art. 57)' })), lastDrill: opt(IsoDate) }, { ...closed, description: 'security incident response (PIPL Art. 51(5), 57)' }),
    ),
    faceRecognitionFiling: opt(Type.Object({ filed: Type.Boolean({ description: 'the face recognition use is filed (备案) with the cyberspace administration' }), date: opt(IsoDate) }, { ...closed, description: 'filing of face recognition use (人脸识别技术应用备案)' })),
    training: opt(Type.Object({ lastDate: opt(IsoDate), intervalMonths: opt(Type.Integer({ minimum: 1, description: 'months between trainings' })) }, { ...closed, description: 'staff security and PI training (PIPL Art. 51(4))' })),
  },
  { ...closed, description: 'the system under audit' },
);

const Field = Type.Object(
  {
    name: Type.String({ description: 'the field (column) name as in the store' }),
    category: CategoryKey,
    encrypted: opt(Type.Boolean({ description: 'field-level encryption at rest' })),
    form: opt(strEnum(['raw', 'raw-image', 'template', 'digest', 'masked', 'tokenised'], 'how the value is kept')),
    necessary: opt(Type.Boolean({ description: 'needed for the stated purpose' })),
    optional: opt(Type.Boolean({ description: 'the individual chooses whether to give it: left empty unless they fill it in for an extra function they opt into (GB/T 35273-2020 §5.3), so keeping what they gave is not over-collection' })),
    published: opt(Type.Boolean({ description: 'the person publishes this field to the service’s other users by design (a profile card’s nickname, avatar, city): another user reading it is the service, not access to a private record' })),
  },
  closed,
);

export const StoreSchema = Type.Object(
  {
    id: Id,
    name: opt(Text),
    kind: strEnum(['database', 'table', 'collection', 'file', 'paper', 'device-cache', 'backup', 'export', 'cache', 'log'], 'store kind'),
    records: opt(Type.Integer({ minimum: 0, description: 'records (individuals) held' })),
    multiTenant: opt(
      Type.Boolean({
        description:
          'the store holds the records of several organisations side by side (tenants, franchisees, client companies of a SaaS); false: only the operator’s own. A grant of scope any reaches other organisations’ records only in a multi-tenant store',
      }),
    ),
    fields: Type.Array(Field, { description: 'the fields it holds; an empty list states that the store holds no personal information (a lookup table, a metrics store)' }),
    subjects: opt(
      Type.Object(
        {
          kinds: opt(Type.Array(strEnum(['customers', 'employees', 'patients', 'students', 'subscribers', 'members', 'residents', 'visitors', 'other'], 'whose data'), { uniqueItems: true, minItems: 1, description: 'kinds of data subjects' })),
          minorsUnder14: opt(Type.Boolean({ description: 'holds data of children under 14: sensitive PI in full (PIPL Art. 28, 31: a guardian’s consent and rules of its own)' })),
          individuals: opt(Type.Integer({ minimum: 0, description: 'how many individuals the store holds data about (records may count several per person)' })),
        },
        { ...closed, description: 'the data subjects of the store' },
      ),
    ),
    encryption: opt(
      Type.Object(
        { atRest: opt(Type.Boolean({ description: 'encrypted where it is stored' })), inTransit: opt(Type.Boolean({ description: 'encrypted on the network' })) },
        { ...closed, description: 'encryption of the store (PIPL Art. 51(3))' },
      ),
    ),
    retention: opt(
      Type.Union([
        Type.Object(
          {
            period: Duration,
            trigger: opt(strEnum(['collection', 'last-activity', 'membership-end', 'contract-end', 'account-closure', 'purpose-achieved', 'delivery', 'discharge', 'other'], 'when the period starts (account-closure: the subscriber or customer closes their account)')),
            action: opt(strEnum(['delete', 'anonymise', 'archive'], 'what happens on expiry')),
            basis: opt(Type.String({ description: 'law or reason for the period' })),
            statutory: opt(
              Type.Boolean({
                description:
                  'the period is a retention duty a law or regulation prescribes (named in basis): until it ends the data may not be deleted, only stored and kept secure (PIPL Art. 47 para. 2); false: the period is the operator’s own choice',
              }),
            ),
          },
          closed,
        ),
        Type.Literal('none', { description: 'no retention period is set: the data is kept until someone deletes it' }),
      ], { description: 'how long the data is kept (保存期限): a period, or none' }),
    ),
    collectedSince: opt(
      Type.String({
        format: 'date',
        description:
          'the date the oldest record the store holds was collected, YYYY-MM-DD (records migrated from an earlier system included): no record can fall due before it plus the retention period. Overrides system.inOperationSince for this store',
      }),
    ),
    copyOf: opt(Id),
    viewOf: opt(
      Type.Array(Id, {
        minItems: 1,
        uniqueItems: true,
        description:
          'the store holds no rows of its own: it is a view (a SQL CREATE VIEW, not a materialized view) computed from these stores’ rows when read, so their retention, deletion on schedule and on request, and storage (encryption at rest, raw biometric images kept apart from identity data, fields kept though not needed) are its own: the rules on a store’s own keeping (PIPL-RET-001 to -007, PIPL-CODE-008, PIPL-SPI-003, PIPL-SPI-006, PIPL-FACE-003, PIPL-EXP-001, PIPL-VEN-001) judge those stores instead and leave the view out. A database import states it for a store every mapped relation of which is a view (databaseTables[].view), naming the stores of the tables they read; reading the store is still a way to read the PI it shows, so the rules on exposure (grants, interfaces, database logins, encryption in transit PIPL-SPI-004) still see it',
      }),
    ),
    deletionOnRequest: opt(
      Type.Object(
        {
          by: strEnum(['operator', 'vendor', 'headquarters', 'nobody'], 'who can carry out a deletion request'),
          withinDays: opt(Type.Integer({ minimum: 0, description: 'days within which a request is carried out' })),
        },
        { ...closed, description: 'deleting an individual’s data on request (PIPL Art. 47)' },
      ),
    ),
    location: opt(Type.String({ description: 'country or region where the store is kept, e.g. CN' })),
  },
  closed,
);

export const InterfaceSchema = Type.Object(
  {
    id: Id,
    name: opt(Text),
    kind: strEnum(['query-screen', 'api', 'export', 'print', 'device-function', 'report', 'list'], 'interface kind'),
    store: Id,
    lookupKeys: opt(Type.Array(Type.String(), { description: 'fields of the store a user can search by; an empty list states that it cannot be searched (left out: not stated)' })),
    returns: Type.Array(Type.String(), { description: 'fields of the store the interface returns (a related store\'s field, answered with the records, as store.field: patients.mobile); an empty list states that it only writes (a submission form, an ingest API)' }),
    masked: opt(Type.Array(Type.String(), { description: 'returned fields shown masked (de-identified); a related store\'s as store.field' })),
    bulk: opt(Type.Boolean({ description: 'returns or exports many records at once' })),
    rowLimit: opt(Type.Union([Type.Integer({ minimum: 1 }), NONE], { description: 'most rows one query or export returns, or none' })),
    rateLimit: opt(
      Type.Union([
        Type.Object({ max: Type.Integer({ minimum: 1, description: 'most uses per window' }), per: strEnum(['minute', 'hour', 'day', 'month'], 'window') }, closed),
        NONE,
      ], { description: 'how often one user may use it (频次限制), or none' }),
    ),
    anomalyAlert: opt(Type.Boolean({ description: 'unusual use (volume, hours) raises an alert' })),
    approval: opt(Approval),
    watermark: opt(Type.Boolean({ description: 'screens or exports carry a watermark naming the user' })),
    logged: opt(Type.Boolean({ description: 'every use is written to the audit log' })),
    selfService: opt(
      Type.Boolean({
        description:
          'the interface serves the data subjects themselves, each only their own records (a patient portal’s “my reports”, a member’s own order history); false: staff or others use it to read other people’s records. A subject reading their own records is not insider access, so the use-logging rule does not apply to it',
      }),
    ),
    trigger: opt(
      strEnum(
        ['workflow', 'care-relationship', 'ticket', 'none'],
        'each use is triggered by a business workflow, care relationship or ticket (it opens from the case being handled); none: it can be used freely',
      ),
    ),
    transport: opt(strEnum(['https', 'http', 'tls', 'plaintext', 'local'], 'how results travel')),
  },
  closed,
);

const Grant = Type.Object(
  {
    interface: opt(Id),
    store: opt(Id),
    actions: Type.Array(Action, { minItems: 1, description: 'what the grant allows on the interface or store' }),
    scope: Scope,
    fields: opt(Type.Array(Type.String(), { description: 'restricts the grant to these fields' })),
    approval: opt(Approval),
    expires: opt(Type.Union([IsoDate, Type.Literal('none')], { description: "when the grant lapses, YYYY-MM-DD, or 'none' when it has no end date" })),
    reason: opt(Type.String({ description: "why the grant exists (its business need); 'none' when no reason is recorded" })),
    trigger: opt(strEnum(['workflow', 'care-relationship', 'ticket', 'none'], 'access is triggered by a business workflow')),
    breakGlass: opt(Type.Object({ reasonRequired: Type.Boolean({ description: 'the user must state a reason when breaking the glass' }), reviewed: Type.Boolean({ description: 'every use is reviewed afterwards' }) }, { ...closed, description: 'emergency access (紧急访问): allowed without approval, but justified and reviewed' })),
    pattern: opt(Type.String({ description: 'the wildcard or pattern the grant was given by, when it is not the object itself (e.g. a Casbin policy object /api/waybills/*)' })),
    units: opt(Type.Array(Type.String(), { description: 'scope unit-set: the units whose records it reaches; unit-subtree: the units the holders’ subtrees start at (a set covering every unit, or a subtree from the top unit, is scope organization)' })),
    scopeEnforced: opt(Type.Boolean({ description: 'true: the scope is what the access rule that decides each request admits (a Casbin policy asked with the mapping\'s requests): a record in it opens without any case, so a trigger or approval the manifest states does not narrow it (PIPL-QRY-006); false: the scope is what access tables grant, but whether the code applies it to this interface is not known (RuoYi applies data scope only where a method carries @DataScope); a scope narrower than organization is then not relied on (rules needing the scope say NOT_EVALUATED)' })),
    codeRoute: opt(Type.String({ description: 'read from code (code scan): the route whose role check and query show this grant (its codeRoutes id); the same grant as the manifest states it, or the grant the code shows beyond it (route grants are not taken as the route roles\' scope by the code query rules, which judge the query itself)' })),
    scopeUndecided: opt(Type.String({ description: 'the grant is narrowed by a filter the import could not decide (a JeecgBoot USE_SQL_RULES data rule with a sub-select), quoted here: `scope` is then only the widest it can be, and rules needing the scope say NOT_EVALUATED, naming this filter' })),
  },
  closed,
);

export const RoleSchema = Type.Object(
  {
    id: Id,
    name: opt(Text),
    kind: opt(strEnum(['business', 'admin', 'security', 'audit', 'system'], 'duty class (MLPS separation of duties)')),
    duties: opt(Type.Array(strEnum(['business', 'admin', 'security', 'audit'], 'duty'), { uniqueItems: true, description: 'the duties the role combines (MLPS separation of duties: 三权分立)' })),
    privileged: opt(Type.Boolean({ description: 'a privileged (administrative) role' })),
    anonymous: opt(Type.Boolean({ description: 'anyone can act with this role without signing in (a public-read bucket ACL, an anonymous endpoint)' })),
    jobScope: opt(Scope),
    fullValuesNeeded: opt(
      Type.Union([
        Type.Literal('none', { description: "the role's duty needs no category in full: everything it is shown unmasked is beyond its need" }),
        Type.Object(
        {
          categories: Type.Array(Type.String(), { minItems: 1, uniqueItems: true, description: 'the categories (taxonomy ids) the duty needs to read in full, e.g. health.record' }),
          duty: Type.String({ minLength: 1, description: 'the duty that needs them, e.g. 校医：为本校学生体检、诊治 (school doctor: examines and treats the pupils of the school)' }),
        },
        {
          ...closed,
          description:
            'the role states that its duty needs these categories unmasked for the subjects within its job scope (a clinician reading the health records of the patients of the unit). A statement, not a proof: query-rights rules never pass on it, they ask for the stated need to be reviewed',
        },
      ),
      ], {
        description:
          "what the role's duty needs to read in full: the categories and the duty, or 'none'. Left out, the need is not stated, and a logged, unit-scoped view of full identifiers or sensitive PI is NOT_EVALUATED naming it (PIPL-QRY-002)",
      }),
    ),
    inherits: opt(Refs('roles whose grants this role inherits')),
    holdersUnstated: opt(
      Type.Boolean({
        description:
          'who holds the role is not stated by its source (a RAM/CAM role whose trust policy the bundle does not carry): with no account stated to hold it, rules that depend on whether a person or only programs use it wait for assumedBy',
      }),
    ),
    assumedBy: opt(
      strEnum(
        ['services', 'people'],
        "who assumes the role (a cloud role's trust policy): services, only programs' own identities (an ECS instance role, a function's execution role); people, persons switching to it (console role switching, SSO)",
      ),
    ),
    recipientFlow: opt(
      Type.String({
        pattern: Id.pattern,
        description:
          "the flow whose recipient acts with this role: a vendor's or partner's own access identity (a RAM/CAM user or role a printing vendor or a bank's SFTP integration uses, an API client). Its grants are what the recipient can reach, compared with what the flow lists (PIPL-PROV-008)",
      }),
    ),
    grants: opt(Type.Array(Grant, { description: 'what the role may do: interfaces or stores, actions and scope' })),
  },
  closed,
);

/** How an account holds a role through an identity provider: directly, through a group, a composite role or the realm's default roles. */
export const RoleOrigin = Type.Object(
  {
    role: Id,
    via: strEnum(['direct', 'group', 'composite', 'default'], 'how the role is held: assigned to the user, through a group (or a parent group), inside a composite role, or as a default role every user gets'),
    path: Type.Array(Type.String(), { minItems: 1, description: 'the chain in the source, from what the user is assigned to the source role that maps to this role, e.g. ["group /outlets/0755", "role outlet-staff", "role waybill-lookup"]' }),
  },
  { ...closed, description: 'one way an account holds a role' },
);

export const HashAlgorithm = strEnum(
  ['plaintext', 'md5', 'sha1', 'sha256', 'sha512', 'sm3', 'bcrypt', 'scrypt', 'argon2id', 'argon2i', 'pbkdf2-sha1', 'pbkdf2-sha256', 'pbkdf2-sha512', 'pbe-md5-des', 'unknown'],
  'password storage algorithm (pbe-md5-des: reversible encryption, PBEWithMD5AndDES as JeecgBoot stores passwords)',
);

/** How one account's password is actually stored (read from an export's credential), beside the policy's setting. */
export const PasswordStorage = Type.Object(
  {
    algorithm: HashAlgorithm,
    iterations: opt(Type.Integer({ minimum: 1, description: 'hash iterations (PBKDF2)' })),
    cost: opt(Type.Integer({ minimum: 1, description: 'work factor (bcrypt cost, scrypt N)' })),
    salted: opt(Type.Boolean({ description: 'a per-password salt is used' })),
  },
  { ...closed, description: "how this account's stored password is hashed ('plaintext' when the export or import file carries the password itself in clear text: a Keycloak import file's credentials[].value, which Keycloak hashes on import while the file keeps it)" },
);

export const AccountSchema = Type.Object(
  {
    id: Id,
    type: strEnum(['personal', 'shared', 'service', 'default', 'third-party'], 'account type'),
    holders: opt(Type.Array(Type.String(), { description: 'the people who use the account (more than one: a shared account)' })),
    affiliation: opt(strEnum(['employee', 'contractor', 'partner', 'outside', 'leaver'], 'who the holder is')),
    organisation: opt(Type.String({ description: 'the holder’s organisation (for a contractor or partner: their company)' })),
    entrustment: opt(
      Type.Union([Id, Type.Literal('none')], {
        description:
          "for a contractor's account: the flow (flows[].id) by which the holder's organisation processes PI on the processor's behalf — an entrustment to an entrusted processor, under a contract stating purpose, protection and deletion (PIPL Art. 21); 'none' when no entrustment covers the holder's work",
      }),
    ),
    unit: opt(Type.String({ description: 'the holder’s unit (网点, department), for unit scope' })),
    roles: opt(Refs('roles held; an empty list states that the account holds none (left out: not stated, so what it reaches is unknown)')),
    rolesUnknown: opt(Type.String({ minLength: 1, description: "which roles the account holds, or what a role it holds reaches, is not known: why, e.g. an importer's export carries no role assignment (a RuoYi console user export has no sys_user_role), or RuoYi's super administrator (*:*:*) where mapping.perms ties no permission to an interface. Unless the roles listed reach PI, what the account reaches is then not stated (rules needing it say NOT_EVALUATED), never \"none\"" })),
    mfa: opt(Type.Boolean({ description: 'the account logs in with a second factor (多因素认证)' })),
    credentialPolicy: opt(Id),
    defaultPassword: opt(Type.Boolean({ description: 'password still the vendor or initial default' })),
    status: opt(strEnum(['active', 'disabled', 'locked'], 'status')),
    lastLogin: opt(Type.Union([PartialDate('last log-in'), Type.Literal('never')], { description: "last log-in: a date (to the day, month or year), or 'never'; leave it out when nobody knows" })),
    hrStatus: opt(strEnum(['employed', 'left', 'suspended', 'not-applicable'], 'HR status of the holder')),
    leaveDate: opt(PartialDate('when the holder left (with hrStatus left)')),
    count: opt(Type.Integer({ minimum: 1, description: 'a cohort: this entry stands for this many accounts alike in every fact written here (type, roles, policy, MFA, status); rules judge it once and their findings state the count, reach and volume figures count every account. lastLogin of a cohort is the oldest last log-in among them' })),
    dormant: opt(Type.Integer({ minimum: 0, description: 'a cohort: how many of its accounts are dormant (no log-in for longer than the dormancy rule allows), when no per-account last log-in is known; the dormant-account rule counts them' })),
    attributes: opt(
      Type.Record(Type.String(), Type.Array(Type.String()), {
        description: 'attributes the export states for the account (Keycloak user attributes), for overlay selectors',
        examples: [{ employeeType: ['contractor'] }],
      }),
    ),
    identityRealm: opt(Id),
    roleOrigins: opt(Type.Array(RoleOrigin, { description: 'how each role is held, when an identity provider grants it indirectly (imported from an IdP export)' })),
    passwordStorage: opt(PasswordStorage),
    identifiers: opt(
      Type.Object(
        {
          employeeId: opt(Type.String({ description: 'the holder’s employee number (工号), as HR writes it' })),
          username: opt(Type.String({ description: 'the log-in name' })),
          email: opt(Type.String({ description: 'the holder’s e-mail address, as the account and the staff list write it' })),
          phone: opt(Type.String({ pattern: '^sha256:[0-9a-f]{32}$', description: 'a digest of the holder’s phone number (sha256 of its digits, first 32 hex), never the number: kept to join with a staff list', examples: ['sha256:0123456789abcdef0123456789abcdef'] })),
        },
        { ...closed, description: 'what identifies the holder, to join the account with an HR staff list' },
      ),
    ),
    hrUnit: opt(Type.String({ description: 'the holder’s department as the HR staff list states it (compared with unit)' })),
    accessKeys: opt(
      Type.Array(
        Type.Object(
          {
            id: Type.String({ description: 'the key id, masked (LTAI****abcd)' }),
            status: strEnum(['active', 'inactive'], 'whether the key can be used'),
            created: opt(IsoDate),
          },
          closed,
        ),
        { description: 'long-lived API keys of the account (Alibaba Cloud AccessKey, Tencent Cloud SecretId): an empty list states that it has none' },
      ),
    ),
  },
  closed,
);

export const CredentialPolicySchema = Type.Object(
  {
    id: Id,
    default: opt(Type.Boolean({ description: 'applies to accounts that name no policy' })),
    minLength: opt(Type.Integer({ minimum: 0, description: 'shortest password allowed' })),
    characterClasses: opt(Type.Integer({ minimum: 0, maximum: 4, description: 'character classes required (upper, lower, digit, symbol)' })),
    blocklist: opt(Type.Boolean({ description: 'checked against common or breached passwords' })),
    rotationDays: opt(Type.Union([Type.Integer({ minimum: 1 }), NONE], { description: 'days after which a password must change, or none' })),
    lockout: opt(
      Type.Union([Type.Object({ threshold: Type.Integer({ minimum: 1, description: 'failed logins before the lockout' }), durationMinutes: opt(Type.Integer({ minimum: 0, description: 'how long the account stays locked' })) }, closed), NONE], { description: 'locking after failed logins (登录失败处理), or none' }),
    ),
    idleTimeoutMinutes: opt(Type.Union([Type.Integer({ minimum: 1 }), NONE], { description: 'minutes of inactivity before the session ends, or none' })),
    mfa: opt(strEnum(['all', 'privileged', 'none'], 'who must use a second factor; none: the log-in asks nobody for one (an account given one by another layer, such as an SSO in front, states its own mfa: true)')),
    hashing: opt(
      Type.Object(
        {
          algorithm: HashAlgorithm,
          salted: opt(Type.Boolean({ description: 'a per-password salt is used' })),
          iterations: opt(Type.Integer({ minimum: 1, description: 'hash iterations (PBKDF2)' })),
          cost: opt(Type.Integer({ minimum: 1, description: 'work factor (bcrypt cost, scrypt N)' })),
        },
        { ...closed, description: 'how passwords are stored (口令存储)' },
      ),
    ),
    transport: opt(strEnum(['https', 'tls', 'http', 'plaintext'], 'channel credentials travel over')),
    uninterpreted: opt(Type.Array(Type.String(), { description: 'constraints the source states that pipl-audit cannot interpret (e.g. an unknown Keycloak policy id); rules judging password strength say NOT_EVALUATED' })),
  },
  closed,
);

const Seconds = (description: string) => Type.Integer({ minimum: 0, description: `${description}, in seconds` });

export const IdentityRealmSchema = Type.Object(
  {
    id: Id,
    name: opt(Text),
    provider: strEnum(['keycloak', 'other'], 'identity provider product'),
    version: opt(Type.String({ description: 'product version the export came from, when it says' })),
    enabled: opt(Type.Boolean({ description: 'users can log in to the realm' })),
    credentialPolicy: opt(Id),
    defaultRoles: opt(Refs('roles every new user of the realm gets: its default roles, through their composites, as manifest roles')),
    usersExported: opt(Type.Boolean({ description: 'false: the export lists no users of the realm (an admin-console partial export), so whose accounts it holds and what they reach is not stated' })),
    mappedRoles: opt(Refs('manifest roles that roles of the realm are mapped to, whether or not a listed user holds them')),
    sslRequired: opt(strEnum(['all', 'external', 'none'], 'where the realm requires TLS')),
    bruteForce: opt(
      Type.Object(
        {
          enabled: Type.Boolean({ description: 'brute-force detection is on' }),
          failureFactor: opt(Type.Integer({ minimum: 0, description: 'failed logins before a lockout' })),
          permanentLockout: opt(Type.Boolean({ description: 'a lockout lasts until an administrator lifts it' })),
          waitIncrementSeconds: opt(Seconds('wait added at each lockout')),
          maxFailureWaitSeconds: opt(Seconds('longest temporary lockout')),
          maxDeltaTimeSeconds: opt(Seconds('time after which the failure count resets')),
          quickLoginCheckMilliSeconds: opt(Type.Integer({ minimum: 0, description: 'logins closer together than this (ms) count as too quick' })),
          minimumQuickLoginWaitSeconds: opt(Seconds('wait after logins too quick in succession')),
        },
        { ...closed, description: 'failed-login protection' },
      ),
    ),
    otp: opt(
      Type.Object(
        {
          type: opt(strEnum(['totp', 'hotp'], 'one-time password kind')),
          algorithm: opt(Type.String({ description: 'the OTP hash algorithm, e.g. HmacSHA1' })),
          digits: opt(Type.Integer({ minimum: 1, description: 'digits of a one-time password' })),
          periodSeconds: opt(Type.Integer({ minimum: 1, description: 'seconds a TOTP code is valid' })),
          requiredForAll: opt(Type.Boolean({ description: 'every user must configure a one-time password (default required action or a flow that requires OTP)' })),
        },
        { ...closed, description: 'one-time password (second factor) policy' },
      ),
    ),
    sessions: opt(
      Type.Object(
        {
          ssoSessionIdleTimeout: opt(Seconds('idle SSO session lifetime')),
          ssoSessionMaxLifespan: opt(Seconds('longest SSO session')),
          offlineSessionIdleTimeout: opt(Seconds('idle offline session lifetime')),
          accessTokenLifespan: opt(Seconds('access token lifetime')),
          accessCodeLifespan: opt(Seconds('authorisation code lifetime')),
          rememberMe: opt(Type.Boolean({ description: '“remember me” keeps users logged in across browser sessions' })),
        },
        { ...closed, description: 'session and token lifetimes' },
      ),
    ),
    events: opt(
      Type.Object(
        {
          loginEvents: Type.Boolean({ description: 'user (login) events are stored' }),
          adminEvents: Type.Boolean({ description: 'admin events are stored' }),
          adminEventDetails: opt(Type.Boolean({ description: 'admin events include the representation' })),
          expirationSeconds: opt(Type.Union([Seconds('how long stored events are kept'), NONE], { description: 'how long stored events are kept, or none (kept without limit)' })),
        },
        { ...closed, description: 'what the realm records' },
      ),
    ),
  },
  { ...closed, description: 'an identity-provider realm (Keycloak realm): realm-wide authentication settings' },
);

export const IdentityClientSchema = Type.Object(
  {
    id: Id,
    realm: Id,
    clientId: Type.String({ description: 'the client id as in the identity provider' }),
    builtIn: opt(Type.Boolean({ description: 'shipped by the identity provider itself (Keycloak: account, account-console, admin-cli, broker, realm-management, security-admin-console)' })),
    enabled: opt(Type.Boolean({ description: 'the client is enabled' })),
    publicClient: opt(Type.Boolean({ description: 'no client secret (browser or mobile app)' })),
    bearerOnly: opt(Type.Boolean({ description: 'the client only accepts tokens and cannot log users in' })),
    standardFlow: opt(Type.Boolean({ description: 'the OAuth authorisation code flow is enabled' })),
    implicitFlow: opt(Type.Boolean({ description: 'the OAuth implicit flow (tokens in the URL) is enabled' })),
    directAccessGrants: opt(Type.Boolean({ description: 'the resource-owner password grant: the client collects users’ passwords' })),
    serviceAccounts: opt(Type.Boolean({ description: 'the client has a service account (client credentials grant)' })),
    fullScopeAllowed: opt(Type.Boolean({ description: 'tokens carry every role of the user, not only those in the client’s scope' })),
    redirectUris: opt(Type.Array(Type.String(), { description: 'where the provider may send users back after login (wildcards as in the provider)' })),
  },
  { ...closed, description: 'a client (application) of an identity realm' },
);

export const DeviceSchema = Type.Object(
  {
    id: Id,
    name: opt(Text),
    kind: strEnum(['handheld-scanner', 'face-terminal', 'fingerprint-terminal', 'kiosk', 'pos', 'mobile', 'camera', 'workstation'], 'device kind'),
    count: opt(Type.Integer({ minimum: 1, description: 'how many devices this entry stands for' })),
    boundTo: opt(strEnum(['person', 'shared', 'none'], 'bound to a named person')),
    authentication: opt(strEnum(['none', 'pin', 'password', 'account', 'biometric'], 'how users unlock it')),
    interfaces: opt(Refs('interfaces the device can call')),
    scope: opt(Scope),
    localCache: opt(Type.Object({ store: Id }, { ...closed, description: 'the device keeps data locally, as this store' })),
    mdm: opt(Type.Object({ managed: Type.Boolean({ description: 'enrolled in device management' }), remoteLock: opt(Type.Boolean({ description: 'can be locked remotely' })), remoteWipe: opt(Type.Boolean({ description: 'can be wiped remotely' })) }, { ...closed, description: 'mobile device management (MDM)' })),
    biometric: opt(
      Type.Object(
        {
          matching: strEnum(['on-device', 'server'], 'where matching happens'),
          sendsRawImages: opt(Type.Boolean({ description: 'raw face or fingerprint images leave the device' })),
          encryptedTransport: opt(Type.Boolean({ description: 'biometric data travels encrypted' })),
        },
        { ...closed, description: 'biometric capture on the device' },
      ),
    ),
    location: opt(Type.String({ description: 'where the device is installed' })),
    publicPlace: opt(Type.Boolean({ description: 'installed in a public place (公共场所, PIPL Art. 26)' })),
    privateSpace: opt(Type.Boolean({ description: 'installed in a private space (changing room, toilet, …)' })),
    signage: opt(Type.Boolean({ description: 'prominent sign that recognition is in use' })),
    legalBasis: opt(
      strEnum(
        ['consent', 'contract', 'legal-duty', 'emergency', 'public-interest', 'none'],
        'PIPL Art. 13 basis of what the device captures and sends (legal-duty: a law or administrative regulation requires it, e.g. identity verification at hotel check-in reported to the police; biometric data may then leave the device, but must still travel encrypted)',
      ),
    ),
    consent: opt(
      strEnum(
        ['none', 'implied', 'bundled', 'separate'],
        'with legalBasis consent, the consent what the device captures and sends rests on (separate: the individual consents separately to this biometric processing, its leaving the device included, which the Face Recognition Security Measures accept in place of keeping face data in the device; it must still travel encrypted)',
      ),
    ),
  },
  closed,
);

export const FlowSchema = Type.Object(
  {
    id: Id,
    recipient: Type.Object(
      {
        name: Type.String({ description: 'who receives the data' }),
        kind: strEnum(['third-party', 'entrusted-processor', 'affiliate', 'government'], 'recipient kind'),
        country: opt(Type.String({ description: 'country or region of the recipient, e.g. CN (outside CN: cross-border)' })),
      },
      { ...closed, description: 'the recipient (接收方)' },
    ),
    stores: Refs('stores whose data flows'),
    categories: opt(Type.Array(CategoryKey, { description: 'restricts the flow to these categories' })),
    purpose: opt(Type.String({ description: 'why the data is provided' })),
    legalBasis: opt(strEnum(['consent', 'contract', 'legal-duty', 'emergency', 'public-interest', 'none'], 'PIPL Art. 13 basis')),
    consent: opt(strEnum(['none', 'implied', 'bundled', 'separate'], 'consent obtained for the provision')),
    recipientNotified: opt(Type.Boolean({ description: 'individuals are told the recipient’s name, contact, purpose and categories (PIPL Art. 23), at provision or in the collection notice; false: not at provision' })),
    contract: opt(
      Type.Object(
        {
          present: Type.Boolean({ description: 'a written agreement exists' }),
          purpose: opt(Type.Boolean({ description: 'it states the purpose' })),
          term: opt(Type.Boolean({ description: 'it states the term' })),
          method: opt(Type.Boolean({ description: 'it states the processing method' })),
          categories: opt(Type.Boolean({ description: 'it states the PI categories' })),
          protection: opt(Type.Boolean({ description: 'it states the protection measures' })),
          returnOrDelete: opt(Type.Boolean({ description: 'it requires the data be returned or deleted at the end' })),
          noSubEntrustment: opt(Type.Boolean({ description: 'it forbids sub-entrustment without consent' })),
        },
        { ...closed, description: 'the agreement with the recipient (委托处理协议, PIPL Art. 21)' },
      ),
    ),
    impactAssessment: opt(Id),
    records: opt(Type.Object({ kept: Type.Boolean({ description: 'records of the provision are kept' }), retention: opt(Duration) }, { ...closed, description: 'processing records of the provision (PIPL Art. 55-56)' })),
    encryptedInTransit: opt(Type.Boolean({ description: 'the data travels encrypted' })),
    access: opt(
      Type.Object(
        {
          method: strEnum(['api-key', 'remote-access', 'file-transfer', 'account', 'paper', 'verbal'], 'how the recipient gets the data (verbal: told by phone or in person, nothing sent as data)'),
          channel: opt(
            strEnum(['sftp', 'ftp', 'email', 'portal', 'cloud-share', 'removable-media', 'other'], 'file-transfer: how the files travel (an SFTP server, e-mail attachments, a download portal, a cloud-drive share, USB media …)'),
          ),
          managed: opt(Type.Boolean({ description: 'keys, access or transfers are inventoried, scoped and revocable (false: e.g. files sent ad hoc, with no record of what went to whom)' })),
          inventoried: opt(Type.Boolean({ description: 'file-transfer: every transfer is recorded — which file, which fields, when, to whom' })),
          revocable: opt(Type.Boolean({ description: "file-transfer: the recipient's channel (SFTP account, portal or share link) can be withdrawn and the files it holds deleted" })),
          expires: opt(Type.Union([IsoDate, Type.Literal('none')], { description: "when the access ends, YYYY-MM-DD, or 'none' when it has no end date" })),
        },
        { ...closed, description: 'how the recipient accesses the data, and until when' },
      ),
    ),
    crossBorderMechanism: opt(strEnum(['security-assessment', 'certification', 'standard-contract', 'exempt', 'none'], 'PIPL Art. 38 mechanism')),
    subjectsPerYear: opt(
      Type.Integer({
        minimum: 0,
        description:
          'how many individuals’ PI the flow provides in a calendar year (counted from 1 January; for a cross-border flow, the volume that decides between the CAC security assessment and the standard contract or certification: Provisions on Promoting and Regulating Cross-Border Data Flows Art. 7–8). Where the flow carries sensitive PI, they are counted as individuals whose sensitive PI is provided',
      }),
    ),
    lastChanged: opt(
      Type.String({
        format: 'date',
        description: 'when the processing last changed (recipient, purpose, method or categories), YYYY-MM-DD: an impact assessment dated before it no longer covers the flow as it is',
      }),
    ),
  },
  closed,
);

const NoticeItem = strEnum(
  ['identity', 'contact', 'purpose', 'method', 'categories', 'retention', 'rights', 'recipients', 'necessity', 'impact'],
  'notice item',
);

export const CollectionPointSchema = Type.Object(
  {
    id: Id,
    name: opt(Text),
    channel: opt(strEnum(['app', 'web', 'counter', 'device', 'paper', 'phone', 'reuse'], 'how data is collected')),
    stores: Refs('stores the collected data goes to'),
    categories: Type.Array(CategoryKey, { minItems: 1, description: 'PI categories collected' }),
    purpose: opt(Type.String({ description: 'the stated purpose of the collection' })),
    notice: opt(
      Type.Object(
        {
          provided: Type.Boolean({ description: 'a notice (告知) is given at collection' }),
          items: opt(Type.Array(NoticeItem, { uniqueItems: true, description: 'what the notice states: the PIPL Art. 17 items, and necessity and impact (Art. 30, for sensitive PI) and recipients (Art. 23, 39); an item left out of a stated list is one the notice does not state' })),
          collectionList: opt(Type.Boolean({ description: 'a list of the PI collected is published' })),
          recipientList: opt(Type.Boolean({ description: 'the notice lists the recipients' })),
          exemption: opt(
            strEnum(
              ['confidentiality', 'not-required'],
              'PIPL Art. 18(1): a law or administrative regulation requires the processing be kept confidential, or provides that no notice is needed (a legal duty to collect is not such a provision: the Art. 17 notice still applies)',
            ),
          ),
        },
        { ...closed, description: 'the notice given to individuals (PIPL Art. 17)' },
      ),
    ),
    legalBasis: opt(strEnum(['consent', 'contract', 'legal-duty', 'emergency', 'public-interest', 'none'], 'PIPL Art. 13 basis of the collection (legal-duty: required by law or a statutory duty, e.g. real-name registration; consent rules then do not apply)')),
    consent: opt(strEnum(['none', 'implied', 'bundled', 'separate', 'guardian'], 'consent obtained')),
    mandatory: opt(Type.Boolean({ description: 'the service is refused without it' })),
    alternatives: opt(Type.Array(Type.String(), { description: 'other ways offered (card, QR code, PIN, …)' })),
    subjects: opt(strEnum(['adults', 'minors-under-14', 'mixed'], 'whose data')),
    guardianConsent: opt(
      Type.Boolean({
        description:
          'for the children under 14 among the subjects, a parent or guardian consents (PIPL Art. 31); with subjects: mixed, `consent` is the adults’ own consent and this the children’s',
      }),
    ),
    reusedFrom: opt(Id),
    necessary: opt(Type.Boolean({ description: 'every category is needed for the purpose (最小必要)' })),
    onBehalfOf: opt(
      Type.Object(
        {
          controller: Type.String({ minLength: 1, description: 'the personal information processor (the controller: a payroll or HR SaaS client company) the data is collected for' }),
          agreement: opt(Type.Boolean({ description: 'a written entrustment agreement (委托处理协议) with the controller states purpose, term, method, categories and protection (PIPL Art. 21)' })),
        },
        {
          ...closed,
          description:
            'the system collects here as an entrusted party (受托人, PIPL Art. 21) on a controller’s behalf, who decides purpose and means: notice and consent at this point are the controller’s duties (PIPL Art. 17, 29), so the notice and consent rules do not apply to it; security, retention and logging rules still do',
        },
      ),
    ),
  },
  closed,
);

export const DeletionJobSchema = Type.Object(
  {
    id: Id,
    stores: Refs('stores the job deletes or anonymises'),
    schedule: Type.String({ minLength: 1, description: "cron expression or ISO 8601 duration, or 'unknown' when the job exists but nobody can say when it runs; for an onTrigger job, the event or route that runs it (POST /account/close)" }),
    onTrigger: opt(Type.Boolean({ description: "the job runs when the store's retention trigger happens (an account-closure handler erasing the closing user's records), not on a schedule: a deletion mechanism only for a store whose retention starts at account closure (retention.trigger account-closure)" })),
    action: strEnum(['delete', 'anonymise'], 'what the job does'),
    enabled: Type.Boolean({ description: 'the job is enabled and runs' }),
    lastRun: opt(Type.Union([PartialDate('last run'), Type.Literal('never'), Type.Literal('unknown')], { description: "last run: a date (to the day, month or year), 'never', or 'unknown' when it cannot be found out (rules on it say NOT_EVALUATED)" })),
    codeBase: opt(Id),
    runsIn: opt(
      strEnum(
        ['code', 'database', 'scheduler', 'other-system'],
        'where the job runs: in the application code (a code scan should find it), a database scheduler (MySQL EVENT, pg_cron, SQL Server Agent), an operating-system or platform scheduler (crontab, Kubernetes CronJob, a cloud lifecycle rule), or another system',
      ),
    ),
  },
  closed,
);

export const AuditLoggingSchema = Type.Object(
  {
    events: Type.Array(strEnum(['login', 'read', 'export', 'print', 'scan', 'update', 'delete', 'admin', 'permission-change'], 'event'), { uniqueItems: true, description: 'the events written to the audit log (审计日志)' }),
    fields: opt(Type.Array(strEnum(['user', 'time', 'event', 'outcome', 'subject', 'device', 'ip'], 'record field'), { uniqueItems: true, description: 'what each audit record holds' })),
    tables: opt(
      Type.Array(Type.String({ minLength: 1 }), {
        uniqueItems: true,
        description:
          'the database tables the audit records are kept in (schema.table, as the database export names them): their columns holding the record fields stated above (the user\'s name, the IP address, the device) are declared by this section, whose retention and alterability the logging rules judge',
      }),
    ),
    retention: opt(Duration),
    tamperProtection: opt(Type.Boolean({ description: 'records are protected against change (write-once storage, hash chain, forwarding to a separate log server)' })),
    alterableBy: opt(
      Type.Object(
        {
          roles: opt(Refs('roles whose holders can delete or alter audit records (a log administrator, an application admin with access to the log table)')),
          databaseLogins: opt(Refs('database logins that can delete or update the tables audit records are kept in')),
          accounts: opt(Refs('individual accounts (e.g. an operating-system or vendor account) that can delete or alter audit records')),
        },
        { ...closed, description: 'who can delete or alter audit records; empty lists state that nobody can' },
      ),
    ),
    review: opt(Type.Union([Type.Object({ every: Duration }, closed), NONE], { description: 'how often the log is reviewed, or none' })),
    alerting: opt(Type.Boolean({ description: 'suspicious events raise alerts' })),
  },
  { ...closed, description: 'the audit log (审计日志) of access to PI: events, fields, retention, review (PIPL Art. 51, GB/T 22239)' },
);

export const ImpactAssessmentSchema = Type.Object(
  {
    id: Id,
    date: IsoDate,
    covers: Type.Array(
      strEnum(['sensitive-processing', 'entrustment', 'provision', 'public-disclosure', 'cross-border', 'face-recognition', 'automated-decision'], 'what the PIA covers'),
      { minItems: 1, uniqueItems: true, description: 'the processing the assessment (个人信息保护影响评估) covers (PIPL Art. 55)' },
    ),
    stores: opt(Refs('stores covered')),
    flows: opt(Refs('flows covered')),
    keptUntil: opt(IsoDate),
  },
  closed,
);

const DatabaseEngine = strEnum(['postgresql', 'mysql'], 'database engine');

const DatabaseRead = Type.Object(
  {
    store: Id,
    fields: Type.Array(Type.String(), { description: 'fields of the store (mapped columns) the login can read' }),
    via: Type.Array(Type.String(), {
      minItems: 1,
      description: 'how: direct, PUBLIC, role:NAME (membership), superuser, pg_read_all_data, owner, global (MySQL *.*), database (MySQL db.*)',
    }),
  },
  { ...closed, description: 'PI a database login can read in one mapped store' },
);

export const DatabaseLoginSchema = Type.Object(
  {
    id: Id,
    engine: DatabaseEngine,
    name: Type.String({ description: 'the login (role or user) name in the database' }),
    host: opt(Type.String({ description: "MySQL: the account's host part ('%' is any host)" })),
    canLogin: Type.Boolean({ description: 'the role can connect (LOGIN); a role without it only groups privileges' }),
    superuser: opt(Type.Boolean({ description: 'PostgreSQL SUPERUSER; MySQL ALL PRIVILEGES ON *.* or SUPER' })),
    bypassRls: opt(Type.Boolean({ description: 'PostgreSQL BYPASSRLS: row-level security does not apply' })),
    readAllData: opt(Type.Boolean({ description: 'reads every table: pg_read_all_data membership, MySQL SELECT ON *.*' })),
    grantOption: opt(Type.Boolean({ description: 'may pass privileges on (WITH GRANT OPTION, CREATEROLE)' })),
    globalPrivileges: opt(Type.Array(Type.String(), { description: 'MySQL: privileges held on *.* (every database), from the account or its active roles' })),
    activatable: opt(
      Type.Object(
        {
          roles: Type.Array(Type.String(), { description: 'roles granted to the login that are not active at login (not default roles)' }),
          superuser: opt(Type.Boolean({ description: 'superuser through such a role' })),
          readAllData: opt(Type.Boolean({ description: 'reads every table through such a role' })),
          grantOption: opt(Type.Boolean({ description: 'can grant privileges on through such a role' })),
          reads: opt(Type.Array(DatabaseRead, { description: 'PI the login reads only after SET ROLE, per mapped store' })),
        },
        { ...closed, description: 'MySQL: what the login gets one SET ROLE away (roles granted but not default)' },
      ),
    ),
    password: opt(
      strEnum(
        ['none', 'plaintext', 'md5', 'scram-sha-256', 'mysql-native-sha1', 'caching-sha2', 'sha256', 'ed25519', 'external', 'unknown'],
        'how the password is stored: none (no password), plaintext, md5, scram-sha-256, mysql-native-sha1 (*HEX), caching-sha2, external (socket, LDAP …)',
      ),
    ),
    validUntil: opt(Type.Union([IsoDate, Type.Literal('infinity')], { description: 'PostgreSQL VALID UNTIL' })),
    usedBy: opt(strEnum(['application', 'person'], 'who logs in with it')),
    account: opt(Id),
    role: opt(Id),
    reads: opt(Type.Array(DatabaseRead, { description: 'PI the login can read, per mapped store' })),
    privilegesUnknown: opt(Type.String({ minLength: 1, description: "what the login was granted is not in the export: why, e.g. a MySQL account no GRANT names (SHOW CREATE USER without SHOW GRANTS, which lists GRANT USAGE for every account), or every login of a PostgreSQL dump written with pg_dump -x (no privilege statement at all) or -O (no owner). Beyond the reads listed, what it reads is then not stated (rules needing it say NOT_EVALUATED), never \"nothing\"" })),
  },
  { ...closed, description: 'a database login (PostgreSQL role, MySQL account) and the PI it can read' },
);

const RlsPolicy = Type.Object(
  {
    name: Type.String({ description: 'the policy name' }),
    command: strEnum(['ALL', 'SELECT', 'INSERT', 'UPDATE', 'DELETE'], 'statement the policy applies to'),
    permissive: Type.Boolean({ description: 'permissive (policies OR together) rather than restrictive' }),
    roles: Type.Array(Type.String(), { description: 'roles it applies to (PUBLIC for all)' }),
    using: opt(Type.String({ description: 'the USING expression' })),
  },
  closed,
);


// What a scan of application code yields (src/importers/typescript/). Each entity's place is the
// file, line and column of the code it was read from.

export const CodeBaseSchema = Type.Object(
  {
    id: Id,
    root: Type.String({ description: 'folder of the code base (where its tsconfig.json or package.json is)' }),
    files: Type.Integer({ minimum: 0, description: 'source files scanned' }),
    skipped: opt(Type.Integer({ minimum: 0, description: 'files skipped (too large, minified, binary, unparsable)' })),
  },
  { ...closed, description: 'a code base scanned for routes, queries, credential handling and deletion jobs' },
);

const ReadQuery = Type.Object(
  {
    store: Id,
    model: Type.String({ description: 'the model, table, collection or resource named in the code' }),
    library: strEnum(['prisma', 'typeorm', 'sequelize', 'mongoose', 'knex', 'sql', 'drizzle'], 'data-access library'),
    operation: strEnum(['find-one', 'find-many', 'count', 'create', 'update', 'delete'], 'what the query does'),
    lookupFields: Type.Array(Type.String(), { description: 'fields the query selects records by' }),
    requestSupplied: Type.Boolean({ description: 'a lookup value comes from the request (not a constant, not the logged-in user)' }),
    requestFields: opt(Type.Array(Type.String(), { description: 'the lookup fields whose value the code reads from the request itself (req.query, req.body, req.params, ctx.query …), not from a variable the scan does not trace' })),
    partialMatchFields: opt(Type.Array(Type.String(), { description: 'the lookup fields matched by a fragment of the value (Prisma contains/startsWith/endsWith, SQL LIKE, a Mongoose regex, TypeORM Like()): the caller types part of a value and gets whole values back' })),
    byUniqueKey: opt(Type.Boolean({ description: 'the read selects one record by a key unique to it (Prisma findUnique, Sequelize findByPk, Mongoose findById): what it is given is a reference to a record (a report or order number), whatever the key is called' })),
    ownerCondition: Type.Boolean({ description: 'the query is restricted to the caller’s own, assigned or unit records' }),
    where: Type.Boolean({ description: 'the query has a condition' }),
    limited: Type.Boolean({ description: 'the number of rows returned is capped (take/limit), or one row at most' }),
    columns: opt(Type.Array(Type.String(), { description: 'the fields of the store the read returns (* for the whole row): SQL\'s select list, an ORM read\'s select, attributes or projection; absent when the scan cannot read the selection (a variable, a spread, an exclusion)' })),
    hiddenColumns: opt(Type.Array(Type.String(), { description: 'a whole-row read of a model class: the properties the class leaves out of its answer or may change in it (@Column({ select: false }), @Exclude(), @Transform())' })),
    answered: opt(Type.Boolean({ description: 'the route answers with the read\'s rows unchanged (returned or sent as read, by the handler or a function whose result it answers with); false when the scan did not find them answered so (mapped, picked, or not answered)' })),
    joins: opt(Type.Array(Type.String(), { description: 'SQL: the other tables the statement joins or reads in sub-queries' })),
    includedIn: opt(Type.Integer({ minimum: 0, description: 'a related read (a Prisma include or nested select, a TypeORM leftJoinAndSelect/innerJoinAndSelect, a table a SQL statement joins to its leading table in the rows answered): the index, in the route\'s queries, of the query whose rows it travels in; what that query answers with includes this read\'s fields' })),
    callerCheck: opt(
      Type.Union([Type.Literal(false, { description: 'the scan found no check bound to the caller around this query' }), Type.Object(
        {
          kind: strEnum(['gate-query', 'gate-call', 'owner-check', 'credential-gate', 'credential-check'], 'gate-query/gate-call: a separate query or call binding the caller to what the request names runs first, and the handler exits when it finds nothing; owner-check: the record read is compared with the caller and the handler exits on a mismatch; credential-gate: a separate query checks a secret the request presents (a one-time code, a password) with the value the lookup is keyed by, and the handler exits when it finds nothing, or a one-time code read from a cache by a key built from a value is compared with the code the request presents and the handler exits on a mismatch, or a function of the code base that checks a one-time code is called first with the request values the lookup uses and its failure ends the handler; credential-check: the record read is answered only when a password the request presents matches it (a log-in)'),
          name: Type.String({ description: 'the gate’s model or function, or the field the owner check compares' }),
          line: opt(Type.Integer({ minimum: 1, description: 'line of the check in its file' })),
        },
        { ...closed, description: 'a check bound to the caller that the query runs behind, or that its result is put through (code scan: control flow of the handler)' },
      )], { description: 'a check bound to the caller that the query runs behind, or that its result is put through (code scan: control flow of the handler); false when the scan found none' }),
    ),
    line: opt(Type.Integer({ minimum: 1, description: 'line of the query in its file' })),
  },
  closed,
);
const UnreadSql = Type.Object(
  {
    library: Type.Literal('sql'),
    unreadable: Type.String({ description: 'why the SQL parser could not read the statement; its table, conditions and row cap are unknown, so the query rules say NOT_EVALUATED' }),
    line: opt(Type.Integer({ minimum: 1, description: 'line of the statement in its file' })),
  },
  { ...closed, description: 'SQL written in code that the parser could not read' },
);
const CodeQuery = Type.Union([ReadQuery, UnreadSql]);

export const DatabaseTableSchema = Type.Object(
  {
    id: Id,
    engine: DatabaseEngine,
    name: Type.String({ description: 'schema.table' }),
    store: Id,
    publicPrivileges: opt(Type.Array(Type.String(), { description: 'privileges every role holds through PUBLIC' })),
    publicReadFields: opt(Type.Array(Type.String(), { description: 'fields every role can read through PUBLIC' })),
    defaultPrivileges: opt(
      Type.Array(
        Type.Object(
          {
            grantee: Type.String({ description: 'role name or PUBLIC' }),
            privileges: Type.Array(Type.String(), { description: 'privileges granted by default, e.g. SELECT' }),
            forRole: Type.String({ description: 'tables created by this role get the privileges' }),
            schema: opt(Type.String({ description: 'in this schema (absent: in every schema)' })),
          },
          closed,
        ),
        { description: 'ALTER DEFAULT PRIVILEGES that reach tables in this table’s schema' },
      ),
    ),
    rowLevelSecurity: opt(
      Type.Object({ enabled: Type.Boolean({ description: 'row-level security is enabled on the table' }), forced: Type.Boolean({ description: 'it applies to the table owner too (FORCE)' }), policies: Type.Array(RlsPolicy, { description: 'the row-level security policies' }) }, { ...closed, description: 'PostgreSQL row-level security (行级安全)' }),
    ),
    view: opt(
      Type.Object(
        {
          owner: Type.String({ description: 'the role that owns the view' }),
          securityInvoker: Type.Boolean({ description: 'the view reads its tables with its reader’s rights (PostgreSQL 15+ security_invoker); false: with its owner’s' }),
          reads: Type.Array(Type.String(), { description: 'the relations the view reads (schema.table)' }),
          rowSecurityBypassed: opt(Type.Array(Type.String(), { description: 'tables with row-level security whose policies do not filter the view’s readers: the view reads them as an owner the policies do not filter (the table’s owner without FORCE, a superuser, BYPASSRLS)' })),
          unfilteredReads: opt(Type.Array(Type.String(), { description: 'tables whose rows reach the view’s readers unfiltered: those above, and tables without row-level security; [] when every table it reads filters them' })),
        },
        { ...closed, description: 'the table is a view (PostgreSQL): who owns it, and whose rights it reads with' },
      ),
    ),
  },
  { ...closed, description: 'a database table mapped to a store: what PUBLIC and default privileges expose, row-level security' },
);

// PI discovery (src/discovery/): database columns that look like PI by their name, comment or
// content, with the evidence, and what the source's mapping ties them to.

const ContentEvidence = Type.Object(
  {
    validator: strEnum(['cn-mobile', 'cn-resident-id', 'bank-card', 'cn-plate'], 'the exact check the values passed: mainland mobile range, resident ID check digit and birth date, Luhn with a card prefix, licence plate'),
    hits: Type.Integer({ minimum: 0, description: 'values that passed' }),
    sampled: Type.Integer({ minimum: 0, description: 'non-empty values checked' }),
    examples: Type.Array(Type.String({ pattern: '\\*', description: 'masked (never a value in full)' }), { maxItems: 3, description: 'a few of the values that passed, masked', examples: [['138****5678']] }),
  },
  closed,
);

export const DiscoveredTableSchema = Type.Object(
  {
    id: Id,
    engine: DatabaseEngine,
    name: Type.String({ description: 'schema.table (PostgreSQL) or db.table (MySQL)' }),
    store: opt(Type.String({ ...Id, description: "the store the source's mapping ties the table to (absent: not mapped)" })),
    rowsSampled: opt(Type.Integer({ minimum: 0, description: 'rows of the dump read for content (bounded by options.discovery.sampleRows)' })),
    columns: Type.Array(
      Type.Object(
        {
          name: Type.String({ description: 'the column name as the dump writes it' }),
          categories: Type.Array(CategoryKey, { minItems: 1, description: 'what the column looks like it holds' }),
          mappedTo: opt(Type.Union([Type.String(), Type.Null()], { description: 'the store field the mapping ties it to; null: mapped as holding no PI; absent: not mapped' })),
          byName: opt(Type.String({ description: 'the words of the column name that name a category' })),
          byComment: opt(Type.String({ description: 'the words of the column comment that name a category' })),
          byContent: opt(Type.Array(ContentEvidence, { description: 'exact checks most sampled values passed' })),
        },
        closed,
      ),
      { minItems: 1, description: 'the columns that look like PI' },
    ),
  },
  { ...closed, description: 'a database table with columns that look like PI by name, comment or content (PI discovery), and what the mapping declares of them' },
);

export const CodeRouteSchema = Type.Object(
  {
    id: Id,
    codeBase: Id,
    framework: strEnum(['express', 'koa', 'fastify', 'nestjs', 'midway', 'egg', 'hono', 'nextjs'], 'web framework'),
    method: Type.String({ description: 'HTTP method, upper case (ALL for any)' }),
    path: Type.String({ description: 'the route path, e.g. /api/waybills/:id' }),
    handler: opt(Type.String({ description: 'the handler function or method' })),
    interface: opt(Id),
    roles: opt(Refs('roles the route is restricted to (absent: no role restriction)')),
    guarded: Type.Boolean({ description: 'an authentication guard or middleware runs before the handler' }),
    public: Type.Boolean({ description: 'explicitly marked public (no log-in needed)' }),
    login: Type.Boolean({ description: 'the route checks a password (a log-in route)' }),
    rateLimited: Type.Boolean({ description: 'a rate-limiting middleware or throttle guard applies' }),
    authorized: opt(Type.Boolean({ description: 'a role, permission or policy check runs before the handler, beyond log-in (role middleware, casbin/permission middleware, @Roles, a roles/permissions/policies guard)' })),
    middleware: opt(Type.Array(Type.String(), { description: 'the middleware and guard chain, in order' })),
    queries: Type.Array(CodeQuery, { description: 'data access reached from the handler, on stores' }),
    loggedFields: opt(
      Type.Array(
        Type.Object(
          {
            field: Type.String({ description: 'the name the value is held under: a request field (phone of req.body.phone), a record\'s property (idCardNo of player.idCardNo), a variable' }),
            source: strEnum(['request', 'code'], 'request: read from the request (body, query, path parameters); code: a record\'s property or a variable'),
            line: Type.Integer({ minimum: 1, description: 'line of the logger call in the route\'s file' }),
          },
          { ...closed, description: 'a value the handler writes to a log unchanged (not passed through a masking or other call)' },
        ),
        { description: 'what the route\'s handler writes to logs (console.*, logger.*, ctx.log …), read by the code scan; an empty list: nothing; absent: the handler was not found' },
      ),
    ),
  },
  { ...closed, description: 'an HTTP route found in code, with the data access its handler reaches' },
);

export const CodeCredentialSiteSchema = Type.Object(
  {
    id: Id,
    codeBase: Id,
    kind: strEnum(['password-hash', 'hard-coded-password', 'jwt', 'session-cookie', 'key'], 'what the code does with credentials (key: a signing or encryption key given to a library)'),
    algorithm: opt(HashAlgorithm),
    salted: opt(Type.Boolean({ description: 'the hash is salted' })),
    cost: opt(Type.Integer({ minimum: 0, description: 'bcrypt cost factor' })),
    iterations: opt(Type.Integer({ minimum: 0, description: 'PBKDF2 iterations' })),
    name: opt(Type.String({ description: 'the variable, property or account the value is given to' })),
    strengthScore: opt(Type.Integer({ minimum: 0, maximum: 4, description: 'zxcvbn score of a hard-coded password (0 weakest, 4 strongest)' })),
    guessesLog10: opt(Type.Number({ minimum: 0, description: 'a hard-coded password’s strength: log10 of the guesses needed (zxcvbn)' })),
    expiresInSeconds: opt(Type.Union([Type.Number({ minimum: 0 }), Type.Literal('none')], { description: 'JWT lifetime; none when signed without expiry' })),
    signedRoles: opt(Type.Array(Id, { minItems: 1, uniqueItems: true, description: "a JWT: the roles its payload's role claim names literally (role: 'renter', roles: ['client']), as role ids (through mapping.roles, as route roles are); absent when the payload names no role or gives it by an expression (role: staff.role)", examples: [['member']] })),
    httpOnly: opt(Type.Boolean({ description: 'the cookie is HttpOnly' })),
    secure: opt(Type.Boolean({ description: 'the cookie is Secure (HTTPS only)' })),
    keyUse: opt(strEnum(['jwt-signing', 'jwt-verification', 'session-signing', 'hmac', 'cipher-key', 'cipher-iv', 'access-token', 'access-password'], 'what the key signs or encrypts, or the credential an authentication middleware checks callers against (access-token, access-password)')),
    keySource: opt(strEnum(['literal', 'fallback-literal', 'environment', 'file', 'random', 'unknown'], "where the key's value comes from: a literal (directly or through a constant), a literal fallback (process.env.X || '…'), the environment or configuration, a file, a random generator called where it is used (crypto.randomBytes: a fresh IV per encryption), or a value the scan cannot trace")),
    cipherMode: opt(strEnum(['cbc', 'gcm', 'ctr', 'ccm', 'ocb', 'cfb', 'ofb', 'chacha20', 'chacha20-poly1305'], "the cipher's mode, on a cipher-iv site: read from createCipheriv's algorithm when it is a literal, a constant of the file or one imported from another file of the project, or the literal fallback of process.env.X || '…' ('aes-256-cbc', 'aes-128-gcm', 'sm4-cbc'), CryptoJS's mode option (CBC when none is given); absent when the scan cannot tell")),
    hardCoded: opt(Type.Boolean({ description: 'the key is written in the code (a literal, or a literal fallback); unstated when its origin cannot be traced' })),
    keyPreview: opt(Type.String({ maxLength: 40, description: 'the key masked: at most its first two characters, and its length; never the key' })),
    keyBytes: opt(Type.Integer({ minimum: 0, description: 'length of the literal key in bytes, as the algorithm receives it' })),
    keyId: opt(Type.String({ description: 'which literal key this is, the same for every site given the same key (signing and verifying alike): the constant it is bound to and where the first site’s literal is written (file:line:column); never the key' })),
  },
  { ...closed, description: 'a place in code that hashes passwords, holds a literal password, signs a JWT, sets a session cookie or is given a signing or encryption key' },
);


// Overlays: facts only people know, written on entities an export imports (who shares an
// account, who is an outsider, who left). Selected by id or by what the export states; applied
// in src/inventory/apply-overlays.ts after every source is merged.

const IdGlob = Type.String({ minLength: 1, description: 'an id, or a pattern of ids: * any run of characters, ? one character (e.g. "courier-outlets/courier-*")' });

const AccountSelector = Type.Object(
  {
    id: opt(IdGlob),
    role: opt(Type.Union([Id, Type.Array(Id, { minItems: 1 })], { description: 'accounts holding this role (any of these roles), directly or through an identity-provider group or composite' })),
    group: opt(Type.String({ minLength: 1, description: 'accounts an identity provider places in this group or one of its subgroups, e.g. /outlets/0755 (read from how the account holds its roles)' })),
    realm: opt(Type.String({ ...Id, description: 'accounts of this identity realm (identityRealm)' })),
    type: opt(strEnum(['personal', 'shared', 'service', 'default', 'third-party'], 'accounts of this type as imported')),
    attribute: opt(
      Type.Record(Type.String({ minLength: 1 }), Type.Union([Type.String({ minLength: 1 }), Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })]), {
        minProperties: 1,
        description: 'accounts whose export states these attributes (Keycloak user attributes), e.g. { employeeType: contractor }: every attribute named must have one of the values given (a value or a list; * and ? as in ids)',
        examples: [{ employeeType: 'contractor' }],
      }),
    ),
  },
  { ...closed, minProperties: 1, description: 'which accounts: every key given must hold' },
);
const IdSelector = (what: string) =>
  Type.Object({ id: IdGlob }, { ...closed, description: `which ${what}, by id or id pattern` });
const LoginSelector = Type.Object(
  {
    id: opt(IdGlob),
    name: opt(Type.String({ minLength: 1, description: 'the login name in the database, or a pattern of names (* and ?)' })),
    engine: opt(strEnum(['postgresql', 'mysql'], 'database engine')),
  },
  { ...closed, minProperties: 1, description: 'which database logins: every key given must hold' },
);
const ClientSelector = Type.Object(
  {
    id: opt(IdGlob),
    realm: opt(Type.String({ ...Id, description: 'clients of this identity realm' })),
    clientId: opt(Type.String({ minLength: 1, description: 'the client id in the identity provider, or a pattern (* and ?)' })),
  },
  { ...closed, minProperties: 1, description: 'which identity clients: every key given must hold' },
);

/** The facts of `entity` an overlay may set: optional, each with the entity's own schema. */
function facts(entity: { properties: Record<string, TSchema> }, keys: string[], description: string) {
  return Type.Object(Object.fromEntries(keys.map((k) => [k, opt(entity.properties[k] as TSchema)])), { ...closed, minProperties: 1, description });
}

const Overlay = <S extends TSchema, F extends TSchema>(match: S, set: F, what: string) =>
  Type.Object(
    { match, set, note: opt(Type.String({ description: 'where the fact comes from (interview, HR list, ticket …)' })) },
    { ...closed, description: `facts about imported ${what} that the export does not state; a selector that matches nothing is an error` },
  );

export const OverlaysSchema = Type.Object(
  {
    accounts: opt(
      Type.Array(
        Overlay(
          AccountSelector,
          facts(AccountSchema, ['type', 'holders', 'affiliation', 'organisation', 'unit', 'hrStatus', 'leaveDate', 'defaultPassword', 'mfa', 'credentialPolicy', 'lastLogin', 'status'], 'the account facts to set'),
          'accounts',
        ),
        { description: 'facts on imported accounts: who shares one, outsiders, leavers' },
      ),
    ),
    roles: opt(Type.Array(Overlay(IdSelector('roles'), facts(RoleSchema, ['name', 'kind', 'duties', 'privileged', 'jobScope', 'fullValuesNeeded', 'assumedBy'], 'the role facts to set'), 'roles'), { description: 'facts on imported roles: duty class, privilege, job scope, who assumes a cloud role' })),
    identityClients: opt(Type.Array(Overlay(ClientSelector, facts(IdentityClientSchema, ['builtIn'], 'the client facts to set'), 'identity clients'), { description: 'facts on imported identity clients' })),
    databaseLogins: opt(Type.Array(Overlay(LoginSelector, facts(DatabaseLoginSchema, ['usedBy', 'account', 'role'], 'the login facts to set'), 'database logins'), { description: 'facts on imported database logins: who uses them' })),
  },
  {
    ...closed,
    description:
      'facts on entities imported from exports (Keycloak users, database logins …), by section. An export wins where it states a fact; a different value here is reported as a warning naming both places. Facts an importer only assumes (a Keycloak user is "personal", held by its username) are replaced.',
  },
);

export const ManifestSchema = Type.Object(
  {
    $schema: opt(Type.String({ description: 'the JSON Schema an editor validates the file with (ignored by the audit)' })),
    apiVersion: Type.Literal('pipl-audit/v1', { description: 'manifest format version' }),
    system: opt(SystemSchema),
    stores: opt(Type.Array(StoreSchema, { description: 'where personal information is kept: databases, tables, files, paper, device caches, backups, exports' })),
    interfaces: opt(Type.Array(InterfaceSchema, { description: 'how people reach a store: query screens, APIs, exports, prints, device functions' })),
    roles: opt(Type.Array(RoleSchema, { description: 'roles and what they are granted (权限)' })),
    accounts: opt(Type.Array(AccountSchema, { description: 'accounts (账号), who holds them and the roles they hold' })),
    credentialPolicies: opt(Type.Array(CredentialPolicySchema, { description: 'password, lockout and session policies (口令策略)' })),
    devices: opt(Type.Array(DeviceSchema, { description: 'terminals that reach PI: handheld scanners (巴枪), face terminals, kiosks, workstations' })),
    flows: opt(Type.Array(FlowSchema, { description: 'provision of PI to others (对外提供): third parties, entrusted processors, affiliates, abroad' })),
    collectionPoints: opt(Type.Array(CollectionPointSchema, { description: 'where PI is collected (收集), with notice, consent and purpose' })),
    deletionJobs: opt(Type.Array(DeletionJobSchema, { description: 'jobs that delete or anonymise data on expiry' })),
    auditLogging: opt(AuditLoggingSchema),
    impactAssessments: opt(Type.Array(ImpactAssessmentSchema, { description: 'PI protection impact assessments (个人信息保护影响评估, PIPL Art. 55-56)' })),
    databaseLogins: opt(Type.Array(DatabaseLoginSchema, { description: 'database logins and roles, usually imported from a PostgreSQL or MySQL dump' })),
    databaseTables: opt(Type.Array(DatabaseTableSchema, { description: 'database tables tied to stores, usually imported from a dump' })),
    discoveredTables: opt(Type.Array(DiscoveredTableSchema, { description: 'written by the database importers: tables whose columns look like PI; a column neither mapped nor declared is undeclared PI (PIPL-DB-008)' })),
    identityRealms: opt(Type.Array(IdentityRealmSchema, { description: 'identity provider realms (Keycloak), usually imported' })),
    identityClients: opt(Type.Array(IdentityClientSchema, { description: 'applications registered with the identity provider, usually imported' })),
    codeBases: opt(Type.Array(CodeBaseSchema, { description: 'application code scanned (imported by the code reader)' })),
    codeRoutes: opt(Type.Array(CodeRouteSchema, { description: 'HTTP routes found in the code' })),
    codeCredentialSites: opt(Type.Array(CodeCredentialSiteSchema, { description: 'places in the code that hash, hard-code or issue credentials' })),
    overlays: opt(OverlaysSchema),
    categories: opt(Type.Array(ProjectCategorySchema, { description: 'PI categories the project adds to the shipped taxonomy (`pipl-audit schema taxonomy`); each states its sensitivity and volume class' })),
  },
  {
    ...closed,
    $id: 'https://pipl-audit.dev/schemas/manifest-v1.json',
    title: 'pipl-audit system manifest v1',
    description: 'Describes a system that processes personal information. A system may be split over several files.',
  },
);

export type Manifest = Static<typeof ManifestSchema>;
export type SystemInfo = Static<typeof SystemSchema>;
export type Store = Static<typeof StoreSchema>;
export type StoreField = Static<typeof Field>;
export type Interface = Static<typeof InterfaceSchema>;
export type Role = Static<typeof RoleSchema>;
export type Grant = Static<typeof Grant>;
export type Account = Static<typeof AccountSchema>;
export type CredentialPolicy = Static<typeof CredentialPolicySchema>;
export type Device = Static<typeof DeviceSchema>;
export type Flow = Static<typeof FlowSchema>;
export type CollectionPoint = Static<typeof CollectionPointSchema>;
export type DeletionJob = Static<typeof DeletionJobSchema>;
export type AuditLogging = Static<typeof AuditLoggingSchema>;
export type ImpactAssessment = Static<typeof ImpactAssessmentSchema>;
export type DatabaseLogin = Static<typeof DatabaseLoginSchema>;
export type DatabaseRead = Static<typeof DatabaseRead>;
export type DatabaseTable = Static<typeof DatabaseTableSchema>;
export type DiscoveredTable = Static<typeof DiscoveredTableSchema>;
export type ScopeName = Static<typeof Scope>;
export type IdentityRealm = Static<typeof IdentityRealmSchema>;
export type IdentityClient = Static<typeof IdentityClientSchema>;
export type RoleOriginEntry = Static<typeof RoleOrigin>;
export type PasswordStorageEntry = Static<typeof PasswordStorage>;
export type CodeBase = Static<typeof CodeBaseSchema>;
export type CodeRoute = Static<typeof CodeRouteSchema>;
export type CodeQueryEntry = Static<typeof CodeQuery>;
export type CodeCredentialSite = Static<typeof CodeCredentialSiteSchema>;
export type Overlays = Static<typeof OverlaysSchema>;
export const OVERLAY_SECTIONS = ['accounts', 'roles', 'identityClients', 'databaseLogins'] as const;
export type OverlaySection = (typeof OVERLAY_SECTIONS)[number];

/** The sections of a manifest that are lists of entities with ids, in a fixed order. */
export const ENTITY_SECTIONS = [
  'stores',
  'interfaces',
  'roles',
  'accounts',
  'credentialPolicies',
  'devices',
  'flows',
  'collectionPoints',
  'deletionJobs',
  'impactAssessments',
  'databaseLogins',
  'databaseTables',
  'discoveredTables',
  'identityRealms',
  'identityClients',
  'codeBases',
  'codeRoutes',
  'codeCredentialSites',
  'categories',
] as const;
export type EntitySection = (typeof ENTITY_SECTIONS)[number];
/** Sections holding one object; only one file of a split manifest may define each. */
export const SINGLE_SECTIONS = ['system', 'auditLogging'] as const;
export type SingleSection = (typeof SINGLE_SECTIONS)[number];
export type ManifestSection = EntitySection | SingleSection;
