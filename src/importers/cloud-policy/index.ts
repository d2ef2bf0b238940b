// Alibaba Cloud RAM and Tencent Cloud CAM: the users, groups and roles of an account, the policies
// attached to them, their AccessKeys and the ACLs of buckets, from one JSON bundle of CLI
// responses (docs/sources/cloud-policy.md). The policies are evaluated here, exactly as the
// providers document (src/importers/cloud-policy/evaluate-policy.ts), against concrete requests
// on the buckets the project file maps to manifest stores: who may list, download, write or delete
// a PI object, and who holds every action (`oss:*`, `*`) on it.
import { IMPORTER_NOTES } from '../../i18n/coverage-note-text.js';
import { Type } from '@sinclair/typebox';
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import { Id, type Account, type CredentialPolicy, type Grant, type Manifest, type Role } from '../../inventory/manifest-schema.js';
import { markAssumed, markUnstated } from '../../inventory/assumed-facts.js';
import type { SourceRef } from '../../inventory/provenance.js';
import type { SourceInput } from '../../sources/source-input.js';
import type { CoverageNote, Importer, ImportResult } from '../importer.js';
import { decide, quoteCondition, normaliseAction, wildcardMatches, type PlacedStatement } from './evaluate-policy.js';
import { BundleShapeError, bundleProvider, readBundle, type BundlePrincipal, type PolicyBundle } from './policy-bundle.js';
import { parsePolicyText, PolicyShapeError, type Provider } from './policy-document.js';
import { readRamPasswordPolicy, type BundlePasswordPolicy } from './password-policy.js';
import { closestName } from '../../schema/closest-name.js';
import { escapeSegment } from '../../sources/json-pointer.js';

const StoreEntry = Type.Object(
  {
    bucket: Type.String({ minLength: 1, description: 'the bucket as a policy names it: acs:oss:REGION:ACCOUNT:BUCKET (RAM) or qcs::cos:REGION:uid/APPID:BUCKET-APPID (CAM)' }),
    object: Type.String({ minLength: 1, description: "the key of one PI object in it that is someone else's record (e.g. pod/2024/06/SF1234567890.jpg): who may get it reaches the store with scope any" }),
    keyFields: Type.Optional(Type.Array(Type.String(), { description: 'fields of the store that object keys carry (a waybill or phone number in the file name): listing the bucket reads these' })),
    partitions: Type.Optional(Type.Record(Type.String({ minLength: 1 }), Type.String({ minLength: 1 }), { description: 'key prefix → the unit whose records the objects under it are (e.g. "exports/201/": outlet-0755-xixiang): a grant on some partitions only reaches those units (scope unit-set)' })),
  },
  { additionalProperties: false },
);

const PrincipalEntry = Type.Object(
  { flow: Id },
  { additionalProperties: false, description: "the manifest flow whose recipient uses this principal (a printing vendor's RAM user, a bank integration's CAM role): what it reaches is compared with what the flow lists (PIPL-PROV-008)" },
);

const mappingSchema = Type.Object(
  {
    stores: Type.Optional(Type.Record(Id, StoreEntry, { description: 'manifest store id → the bucket (and a PI object in it) that holds it' })),
    principals: Type.Optional(
      Type.Record(Type.String({ minLength: 1 }), PrincipalEntry, {
        description: "a principal as the audit names its role (ram:user/NAME, ram:role/NAME, cam:user/NAME, cam:role/NAME) → the flow whose recipient acts with it",
      }),
    ),
  },
  { additionalProperties: false, description: 'ties buckets to manifest stores, and recipients\' principals to their flows' },
);

type PrincipalMapping = Record<string, { flow: string }>;
type StoreMapping = Record<string, { bucket: string; object: string; keyFields?: string[]; partitions?: Record<string, string> }>;

interface ProviderActions {
  prefix: string;
  list: string;
  get: string;
  put: string;
  delete: string;
  /** Action patterns that name every action of the service. */
  everything: RegExp;
}

const ACTIONS: Record<Provider, ProviderActions> = {
  ram: { prefix: 'ram', list: 'oss:ListObjects', get: 'oss:GetObject', put: 'oss:PutObject', delete: 'oss:DeleteObject', everything: /^(\*|oss:\*)$/i },
  cam: { prefix: 'cam', list: 'cos:GetBucket', get: 'cos:GetObject', put: 'cos:PutObject', delete: 'cos:DeleteObject', everything: /^(\*|cos:\*)$/i },
};

const safe = (s: string) => s.replace(/[^A-Za-z0-9\u4e00-\u9fff._:/@+%-]/g, '_');
/** An AccessKey id shown with its middle masked: enough to find it in the console, not to use it. */
const maskKey = (id: string) => (id.length <= 8 ? '****' : `${id.slice(0, 4)}****${id.slice(-4)}`);

function fail(file: string, pointer: string, message: string, expected: string, input?: SourceInput): never {
  const position = input ? input.document().locate([pointer]).get(pointer) : undefined;
  throw new InputError([{ severity: 'error', file, ...(position ?? {}), pointer, message, expected }]);
}

export const cloudPolicyImporter = {
  format: 'cloud-policy',
  title: 'Alibaba Cloud RAM / Tencent Cloud CAM policy bundle (JSON of aliyun ram / tccli cam responses)',
  extensions: ['.json'],
  supplies: ['roles', 'accounts', 'credentialPolicies'],
  mappingSchema,
  detect(input: SourceInput) {
    if (!/"ListUsers"\s*:/.test(input.head) && input.size <= 4096) return false;
    if (!/^\s*\{/.test(input.head) || !/"ListUsers"/.test(input.text())) return false;
    return bundleProvider(input.document().data) !== undefined;
  },
  load(inputs, context): ImportResult {
    const storeMapping = ((context.mapping as { stores?: StoreMapping }).stores ?? {}) as StoreMapping;
    const mappingPlace = context.mappingPlace;
    for (const storeId of Object.keys(storeMapping)) {
      if (!context.declared.stores.some((s) => s.id === storeId)) {
        throw new InputError([{ severity: 'error', file: mappingPlace?.file ?? inputs[0]?.path ?? 'cloud-policy', ...(mappingPlace ? { pointer: `${mappingPlace.pointer}/stores/${storeId}` } : {}), message: `store "${storeId}" is not defined by the manifest`, expected: 'a store id of the manifest' }]);
      }
    }
    // A principal tied to a flow names a flow of the manifest (checked here) and a principal of the
    // bundles (checked once every bundle is read): a wrong name is a mistake in the project file.
    const principalMapping = ((context.mapping as { principals?: PrincipalMapping }).principals ?? {}) as PrincipalMapping;
    const mappingFile = mappingPlace?.file ?? inputs[0]?.path ?? 'cloud-policy';
    const principalAt = (key: string, ...rest: string[]) => (mappingPlace ? { pointer: [`${mappingPlace.pointer}/principals`, escapeSegment(key), ...rest].join('/') } : {});
    const flowIds = context.declared.flows.map((f) => f.id);
    const mappingProblems: Diagnostic[] = [];
    for (const [key, entry] of Object.entries(principalMapping).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (flowIds.includes(entry.flow)) continue;
      const guess = closestName(entry.flow, flowIds);
      mappingProblems.push({ severity: 'error', file: mappingFile, ...principalAt(key, 'flow'), message: `principal "${key}" is tied to flow "${entry.flow}", which no manifest declares${guess ? ` (did you mean "${guess}"?)` : ''}`, expected: 'a flow id of the manifest' });
    }
    if (mappingProblems.length > 0) throw new InputError(mappingProblems);
    const manifest: Manifest = { apiVersion: 'pipl-audit/v1', roles: [], accounts: [], credentialPolicies: [] };
    const principalIds: string[] = [];
    const places = new Map<object, SourceRef>();
    const warnings: Diagnostic[] = [];
    const undecided: Diagnostic[] = [];
    const coverage: CoverageNote[] = [];
    for (const input of inputs) {
      let bundle: PolicyBundle;
      let passwordPolicy: BundlePasswordPolicy | undefined;
      try {
        bundle = readBundle(input.document().data);
        passwordPolicy = bundle.provider === 'ram' ? readRamPasswordPolicy(input.document().data as Record<string, unknown>) : undefined;
      } catch (error) {
        if (error instanceof BundleShapeError) fail(input.path, error.pointer, error.message, error.expected, input);
        throw error;
      }
      importBundle(bundle, passwordPolicy, input, storeMapping, principalMapping, { manifest, places, warnings, undecided, coverage, principalIds }, inputs.length > 1);
    }
    for (const key of Object.keys(principalMapping).sort()) {
      if (principalIds.includes(key)) continue;
      const guess = closestName(key, principalIds);
      mappingProblems.push({ severity: 'error', file: mappingFile, ...principalAt(key), message: `principal "${key}" is tied to a flow, but no bundle of the source has it${guess ? ` (did you mean "${guess}"?)` : ''}`, expected: 'a principal of the bundle as ram:user/NAME, ram:role/NAME, cam:user/NAME or cam:role/NAME' });
    }
    if (mappingProblems.length > 0) throw new InputError(mappingProblems);
    return { manifest, places, warnings, undecided, coverage };
  },
} satisfies Importer;

interface Output {
  manifest: Manifest;
  places: Map<object, SourceRef>;
  warnings: Diagnostic[];
  undecided: Diagnostic[];
  coverage: CoverageNote[];
  /** The role id of every principal of the bundles read (with grants or not), for the principals mapping. */
  principalIds: string[];
}

function importBundle(bundle: PolicyBundle, passwordPolicy: BundlePasswordPolicy | undefined, input: SourceInput, stores: StoreMapping, principals: PrincipalMapping, out: Output, several: boolean): void {
  const file = input.path;
  const actions = ACTIONS[bundle.provider];
  const prefix = several ? `${actions.prefix}:${safe(file.replace(/\.json$/i, ''))}` : actions.prefix;
  const locate = (pointer: string) => input.document().locate([pointer]).get(pointer) ?? {};
  // Every policy document, parsed once.
  const parsed = new Map<string, PlacedStatement[]>();
  const statementsOf = (policy: { name: string; keys: string[] }): PlacedStatement[] | undefined => {
    const key = policy.keys.find((k) => bundle.documents.has(k));
    if (key === undefined) return undefined;
    let statements = parsed.get(key);
    if (!statements) {
      const { document, pointer } = bundle.documents.get(key)!;
      try {
        statements = parsePolicyText(bundle.provider, document).statements.map((statement) => ({ statement, policy: policy.name, file, pointer }));
      } catch (error) {
        if (error instanceof PolicyShapeError) fail(file, pointer, `policy "${policy.name}": ${error.message}${error.pointer ? ` at ${error.pointer} of the document` : ''}`, error.expected, input);
        throw error;
      }
      parsed.set(key, statements);
    }
    return statements;
  };

  /** The statements of a principal (a user's own and its groups'), or what is missing to know them. */
  const collect = (principal: BundlePrincipal): { statements: PlacedStatement[]; missing: string[] } => {
    const statements: PlacedStatement[] = [];
    const missing = principal.missing.filter((m) => m !== 'ListAccessKeys').map((m) => `${m} of ${principal.name}`);
    const add = (owner: BundlePrincipal) => {
      for (const policy of owner.policies) {
        const found = statementsOf(policy);
        // Each statement names the attachment it comes through: one group attachment is one cause
        // for all the group's members (PIPL-CLOUD-002 groups by it); with several bundles in one
        // source, the file tells two accounts' groups of one name apart.
        if (found) for (const placed of found) statements.push({ ...placed, attachedTo: `${owner.kind}:${owner.name}${several ? `@${file}` : ''}` });
        else missing.push(`GetPolicy of "${policy.name}" (attached to ${owner.kind} ${owner.name})`);
      }
    };
    add(principal);
    for (const groupName of principal.groups) {
      const group = bundle.groups.get(groupName);
      if (group) add(group);
      else missing.push(`the policies of group ${groupName}`);
    }
    return { statements, missing };
  };

  const grantsOf = (principal: BundlePrincipal, label: string): Grant[] => {
    const { statements, missing } = collect(principal);
    if (missing.length > 0 && Object.keys(stores).length > 0) {
      out.undecided.push({ severity: 'warning', file, pointer: principal.pointer, ...locate(principal.pointer), message: `${label}: what it may do on the mapped buckets is not decided: the bundle lacks ${missing.join('; ')}`, expected: 'every listing and policy document of the principal in the bundle' });
      return [];
    }
    const grants: Grant[] = [];
    for (const [storeId, entry] of Object.entries(stores).sort(([a], [b]) => a.localeCompare(b))) {
      const bucket = entry.bucket.replace(/\/+$/, '');
      const objectArn = `${bucket}/${entry.object.replace(/^\/+/, '')}`;
      const requests = {
        list: { action: actions.list, resource: bucket },
        get: { action: actions.get, resource: objectArn },
        put: { action: actions.put, resource: objectArn },
        delete: { action: actions.delete, resource: objectArn },
      };
      const decisions = Object.fromEntries(Object.entries(requests).map(([k, r]) => [k, decide(statements, r, 'reach')])) as Record<keyof typeof requests, ReturnType<typeof decide>>;
      for (const [kind, d] of Object.entries(decisions)) {
        if (d.decision !== 'undecided') continue;
        const first = d.by[0]!;
        out.undecided.push({
          severity: 'warning',
          file,
          pointer: first.pointer,
          ...locate(first.pointer),
          message: `${label}: ${requests[kind as keyof typeof requests].action} on ${requests[kind as keyof typeof requests].resource} (store ${storeId}) depends on the Condition ${d.by.map((s) => `${quoteCondition(s.statement)} of policy "${s.policy}" statement ${s.statement.index + 1}`).join(', ')}, which cannot be evaluated without the request: not evaluated`,
          expected: 'a policy without conditions on this request, or the request context stated by hand',
        });
      }
      // Partitions: the same four requests on an object under each mapped prefix. Allowed under
      // every partition (or on `object` outside them all), the grant reaches any record; under some
      // only, the units of those partitions (scope unit-set).
      let units: string[] | undefined;
      const partitions = Object.entries(entry.partitions ?? {}).sort(([a], [b]) => a.localeCompare(b));
      if (partitions.length > 0) {
        const name = entry.object.slice(entry.object.lastIndexOf('/') + 1);
        const inPartition = partitions.some(([prefix]) => entry.object.replace(/^\/+/, '').startsWith(prefix.replace(/^\/+/, '')));
        const reached = new Set<string>();
        let every = true;
        let undecidedPartition = false;
        for (const [prefix, unit] of partitions) {
          const key = `${bucket}/${prefix.replace(/^\/+/, '').replace(/\/*$/, '/')}${name}`;
          const here = (['get', 'put', 'delete'] as const).map((k) => ({ k, d: decide(statements, { action: requests[k].action, resource: key }, 'reach') }));
          const open = here.find(({ d }) => d.decision === 'undecided');
          if (open) {
            // Which units it reaches is not decided: the scope is not narrowed on a guess.
            undecidedPartition = true;
            const first = open.d.by[0]!;
            out.undecided.push({ severity: 'warning', file, pointer: first.pointer, ...locate(first.pointer), message: `${label}: ${requests[open.k].action} on ${key} (store ${storeId}, partition ${prefix}) depends on the Condition ${quoteCondition(first.statement)} of policy "${first.policy}": which partitions it reaches is not evaluated`, expected: 'a policy without conditions on this request' });
          }
          if (here.some(({ d }) => d.decision === 'allow')) {
            reached.add(unit);
            for (const { k, d } of here) if (d.decision === 'allow' && decisions[k].decision !== 'allow') decisions[k] = d;
          } else every = false;
        }
        const outsideAllowed = !inPartition && (['get', 'put', 'delete'] as const).some((k) => decisions[k].decision === 'allow');
        if (reached.size > 0 && !every && !outsideAllowed && !undecidedPartition) units = [...reached].sort();
      }
      const allowed = (k: keyof typeof requests) => decisions[k].decision === 'allow';
      const granted = new Set<Grant['actions'][number]>();
      // A get is a read of the object whose key the principal knows; taking the store out in bulk
      // (an export) takes listing its keys as well: `export` only where list and get are both
      // allowed (docs/sources/cloud-policy.md, "What `export` means for a bucket").
      if (allowed('get')) granted.add('read');
      if (allowed('get') && allowed('list')) granted.add('export');
      if (allowed('put')) granted.add('create').add('update');
      if (allowed('delete')) granted.add('delete');
      // Every action of the service on the object (`oss:*`, `*`), unconditionally and not denied.
      const everything = allowed('get') ? decisions.get.by.find((s) => s.statement.actions?.some((a) => actions.everything.test(normaliseAction(a)))) : undefined;
      if (everything) granted.add('manage');
      const listOnly = granted.size === 0 && allowed('list');
      if (listOnly && entry.keyFields === undefined) {
        out.coverage.push({ file, pointer: principal.pointer, kind: principal.kind, name: `${label} → ${storeId}`, note: `may list the bucket (${actions.list}) but not get objects; state the store's fields that object keys carry as mapping.stores.${storeId}.keyFields to count the listing as a read`, noteZh: `可列出存储桶（${actions.list}）但不能读取对象；请在 mapping.stores.${storeId}.keyFields 中说明对象键包含的存储字段，才能把列出计为读取` });
        continue;
      }
      if (listOnly) granted.add('read');
      if (granted.size === 0) continue;
      const decisive = (everything ? [everything] : allowed('get') ? decisions.get.by : allowed('put') ? decisions.put.by : allowed('delete') ? decisions.delete.by : decisions.list.by)[0]!;
      const written = (decisive.statement.actions ?? decisive.statement.notActions ?? []).join(',');
      const resource = (decisive.statement.resources ?? decisive.statement.notResources ?? []).join(',');
      const grant: Grant = {
        store: storeId,
        actions: [...granted].sort(),
        ...(units && !listOnly ? { scope: 'unit-set' as const, units } : { scope: 'any' as const }),
        ...(listOnly ? { fields: entry.keyFields } : {}),
        pattern: `${decisive.statement.actions ? '' : 'NotAction '}${written} on ${decisive.statement.resources ? '' : 'NotResource '}${resource}${decisive.statement.condition ? ` if ${quoteCondition(decisive.statement)}` : ''} (policy ${decisive.policy}${decisive.attachedTo ? `, ${decisive.attachedTo}` : ''})`,
      };
      out.places.set(grant, { file, pointer: decisive.pointer });
      grants.push(grant);
    }
    return grants;
  };

  const addRole = (id: string, name: string, grants: Grant[], pointer: string, extra: Partial<Role> = {}): void => {
    const role: Role = { id, name, ...extra, grants };
    out.manifest.roles!.push(role);
    out.places.set(role, { file, pointer });
  };

  // The account-wide password policy: RAM and CAM have no setting that leaves users' passwords
  // under no policy, so every user is governed by it; what it requires is stated only by a RAM
  // GetPasswordPolicy response. Without one, the policy's facts stay unstated (the rules on them
  // say NOT_EVALUATED), never read as "no policy".
  const policyId = `${prefix}:password-policy`;
  if (bundle.users.length > 0) {
    const policy: CredentialPolicy = { id: policyId, ...(passwordPolicy?.facts ?? {}) };
    out.manifest.credentialPolicies!.push(policy);
    out.places.set(policy, { file, pointer: passwordPolicy?.pointer ?? '/ListUsers' });
    if (!passwordPolicy) {
      out.coverage.push({
        file,
        pointer: '/ListUsers',
        kind: 'password-policy',
        name: policyId,
        note: IMPORTER_NOTES[bundle.provider === 'ram' ? 'ramPasswordPolicyMissing' : 'camPasswordRulesNotRead'].en,
        noteZh: IMPORTER_NOTES[bundle.provider === 'ram' ? 'ramPasswordPolicyMissing' : 'camPasswordRulesNotRead'].zh,
      });
    }
  }

  for (const user of bundle.users) {
    const label = `${bundle.provider === 'ram' ? 'RAM' : 'CAM'} user ${user.name}`;
    const grants = grantsOf(user, label);
    const roleId = `${prefix}:user/${safe(user.name)}`;
    out.principalIds.push(roleId);
    // A recipient's principal is listed even where it reaches no mapped store (its flow then
    // PASSes PIPL-PROV-008), unless what it may do is undecided.
    const recipientFlow = principals[roleId]?.flow;
    const decided = collect(user).missing.length === 0 || Object.keys(stores).length === 0;
    if (grants.length > 0 || (recipientFlow !== undefined && decided)) addRole(roleId, label, grants, user.pointer, recipientFlow ? { recipientFlow } : {});
    const account: Account = {
      id: `${prefix}:${safe(user.name)}`,
      type: user.consoleLogin === false ? 'service' : 'personal',
      holders: [user.name],
      status: 'active',
      credentialPolicy: policyId,
    };
    // A listing the bundle lacks (the user's attached policies, its groups) leaves what the user
    // may do undecided: what the account reaches is then unknown, not nothing.
    const lacking = grants.length === 0 && Object.keys(stores).length > 0 ? collect(user).missing : [];
    if (lacking.length > 0) account.rolesUnknown = `the bundle lacks ${lacking.join('; ')}`;
    // Otherwise the bundle states what the user holds: its own role, or none (an empty list, which
    // the account view reads as stated; a left-out key is unstated).
    else account.roles = grants.length > 0 || (recipientFlow !== undefined && decided) ? [roleId] : [];
    // ListVirtualMFADevices (RAM): a device bound to the user, or the complete listing without one.
    if (user.mfa !== undefined) account.mfa = user.mfa.bound;
    if (!user.missing.includes('ListAccessKeys')) {
      account.accessKeys = user.accessKeys.map((k) => ({ id: maskKey(k.id), status: k.status, ...(k.created ? { created: k.created } : {}) }));
      account.accessKeys.forEach((k, i) => out.places.set(k, { file, pointer: user.accessKeys[i]!.pointer }));
    }
    // Whether a person signs in with the user is stated by its console log-in (CAM ConsoleLogin,
    // RAM GetLoginProfile). Without it the type is unstated: many RAM/CAM users are programs
    // holding only AccessKeys, so nothing says a person uses it (unlike a Keycloak or RuoYi console
    // user, a person by what those systems are). `personal` is written only because the schema
    // requires a type; the views read it as unstated (null) and an overlay stating it replaces it.
    markAssumed(account, ['holders']);
    if (user.consoleLogin === undefined) markUnstated(account, ['type']);
    if (user.consoleLogin === undefined) {
      out.warnings.push({ severity: 'warning', file, pointer: user.pointer, ...locate(user.pointer), message: `${label}: whether a person signs in with it is not stated (${bundle.provider === 'ram' ? 'add GetLoginProfile responses to the bundle' : 'ListUsers has no ConsoleLogin'}); its account type is unstated (state it with overlays.accounts[].set.type)`, expected: bundle.provider === 'ram' ? 'GetLoginProfile: { "<user>": <response> } (absent for users without console log-in)' : 'ConsoleLogin in ListUsers' });
    }
    out.manifest.accounts!.push(account);
    out.places.set(account, { file, pointer: user.pointer });
  }
  for (const role of bundle.roles) {
    const label = `${bundle.provider === 'ram' ? 'RAM' : 'CAM'} role ${role.name}`;
    const grants = grantsOf(role, label);
    const roleId = `${prefix}:role/${safe(role.name)}`;
    out.principalIds.push(roleId);
    const recipientFlow = principals[roleId]?.flow;
    const decided = collect(role).missing.length === 0 || Object.keys(stores).length === 0;
    if (grants.length === 0 && !(recipientFlow !== undefined && decided)) continue;
    // Who may assume the role is its trust policy, which the bundle does not carry: unstated.
    addRole(roleId, label, grants, role.pointer, { holdersUnstated: true, ...(recipientFlow ? { recipientFlow } : {}) });
    if (grants.length > 0) out.coverage.push({ file, pointer: role.pointer, kind: 'role', name: label, note: 'reaches personal information; who may assume it (its trust policy) is not read: state it with overlays.roles[].set.assumedBy (services or people)', noteZh: '可触及个人信息；未读取谁可以扮演该角色（信任策略）：请在 overlays.roles[].set.assumedBy 中写明（services 仅程序，people 有人员）' });
  }
  // Bucket ACLs: public-read lets anyone on the internet get every object of the bucket.
  for (const acl of bundle.acls) {
    if (!acl.publicRead && !acl.publicWrite) continue;
    const mapped = Object.entries(stores).filter(([, e]) => bucketName(e.bucket) === acl.bucket);
    if (mapped.length === 0) {
      out.coverage.push({ file, pointer: acl.pointer, kind: 'bucket', name: acl.bucket, note: `is ${acl.publicWrite ? 'public-read-write' : 'public-read'} but not mapped to a manifest store; map it if it holds personal information`, noteZh: `为 ${acl.publicWrite ? '公共读写' : '公共读'}，但未映射到清单中的存储；如存放个人信息，请映射` });
      continue;
    }
    const grants: Grant[] = mapped.map(([storeId]) => {
      const granted: Grant['actions'] = [];
      // public-read lets anyone list the bucket as well as get its objects (OSS and COS alike): an export.
      if (acl.publicRead) granted.push('export', 'read');
      if (acl.publicWrite) granted.push('create', 'delete', 'update');
      const grant: Grant = { store: storeId, actions: granted.sort(), scope: 'any', pattern: `bucket ACL ${acl.publicWrite ? 'public-read-write' : 'public-read'}` };
      out.places.set(grant, { file, pointer: acl.pointer });
      return grant;
    });
    addRole(`${prefix}:public/${safe(acl.bucket)}`, `anyone on the internet (ACL of bucket ${acl.bucket})`, grants, acl.pointer, { anonymous: true });
  }
}

/** The bucket name of a bucket resource: the last colon-separated segment, without a path. */
function bucketName(arn: string): string {
  const last = arn.slice(arn.lastIndexOf(':') + 1);
  return last.split('/')[0] ?? last;
}

// Exposed for the differential tests.
export { decide, wildcardMatches };
