// The bundle a user collects from the CLIs: one JSON object keyed by the API names whose responses
// it holds (docs/sources/cloud-policy.md). Per-principal responses are keyed by the principal's
// name; GetPolicy responses by policy (RAM: "Type:Name" or "Name"; CAM: PolicyId or PolicyName).
// Responses are taken as the CLI prints them: `aliyun ram …` (Users.User[], Policies.Policy[] …)
// and `tccli cam …` (Data[], List[], AccessKeys[] …; a {"Response": …} wrapper is accepted too).
import type { Provider } from './policy-document.js';

type Json = Record<string, unknown>;

export interface AttachedPolicy {
  name: string;
  type?: string;
  /** Keys GetPolicy may hold its document under, most specific first. */
  keys: string[];
  pointer: string;
}

export interface BundleAccessKey {
  id: string;
  status: 'active' | 'inactive';
  /** YYYY-MM-DD, or undefined when the listing does not say. */
  created?: string;
  pointer: string;
}

export interface BundlePrincipal {
  kind: 'user' | 'group' | 'role';
  name: string;
  pointer: string;
  policies: AttachedPolicy[];
  /** Users: the groups they are in. */
  groups: string[];
  /** Users: true when console (password) log-in is enabled, false when the bundle says it is not, undefined when it does not say. */
  consoleLogin?: boolean;
  /**
   * Users: true when ListVirtualMFADevices (RAM) lists a device bound to the user, or its
   * DescribeSafeAuthFlagColl LoginFlag (CAM) asks for a second factor at log-in; false when the
   * complete RAM listing lists none for it, or the CAM LoginFlag asks for none; undefined when the
   * bundle has no such response for the user (or only a truncated page of the RAM listing).
   */
  mfa?: { bound: boolean; pointer: string };
  accessKeys: BundleAccessKey[];
  /** Users: the per-user listings the bundle lacks (so facts about the user are not stated). */
  missing: string[];
}

export interface BucketAcl {
  bucket: string;
  publicRead: boolean;
  publicWrite: boolean;
  pointer: string;
}

export interface PolicyBundle {
  provider: Provider;
  users: BundlePrincipal[];
  groups: Map<string, BundlePrincipal>;
  roles: BundlePrincipal[];
  /** GetPolicy responses by key, with the pointer of their document. */
  documents: Map<string, { document: unknown; pointer: string }>;
  acls: BucketAcl[];
}

export class BundleShapeError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
    readonly expected: string,
  ) {
    super(message);
  }
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The API names that make a JSON object a bundle of each provider. */
export function bundleProvider(data: unknown): Provider | undefined {
  if (!isObject(data) || !('ListUsers' in data)) return undefined;
  if ('ListPoliciesForUser' in data) return 'ram';
  if ('ListAttachedUserPolicies' in data) return 'cam';
  return undefined;
}

/** A response without tccli's / the SDK's {"Response": …} wrapper. */
function unwrap(value: unknown): unknown {
  return isObject(value) && isObject(value.Response) && Object.keys(value).length === 1 ? value.Response : value;
}

/** The list under `path` of a response (RAM nests lists: Users.User), with its pointer. */
function listAt(response: unknown, pointer: string, path: string[], what: string): Array<{ item: Json; pointer: string }> {
  const wrapped = isObject(response) && isObject(response.Response) && Object.keys(response).length === 1;
  let value = unwrap(response);
  let at = wrapped ? `${pointer}/Response` : pointer;
  for (const step of path) {
    if (!isObject(value)) throw new BundleShapeError(at, `${what}: not an object`, `a response with ${path.join('.')}`);
    value = value[step];
    at += `/${esc(step)}`;
    if (value === undefined || value === null) return [];
  }
  if (!Array.isArray(value)) throw new BundleShapeError(at, `${what}: ${path.join('.')} is not a list`, 'a JSON array');
  return value.map((item, i) => {
    if (!isObject(item)) throw new BundleShapeError(`${at}/${i}`, `${what}: an entry is not an object`, 'a JSON object');
    return { item, pointer: `${at}/${i}` };
  });
}

function perPrincipal(data: Json, api: string): Map<string, { response: unknown; pointer: string }> {
  const raw = data[api];
  const out = new Map<string, { response: unknown; pointer: string }>();
  if (raw === undefined) return out;
  if (!isObject(raw)) throw new BundleShapeError(`/${esc(api)}`, `${api} is not an object keyed by principal name`, `{ "<name>": <${api} response>, … }`);
  for (const [name, response] of Object.entries(raw)) out.set(name, { response, pointer: `/${esc(api)}/${esc(name)}` });
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** An ISO or "YYYY-MM-DD hh:mm:ss" timestamp as a calendar date. */
function dateOf(v: unknown): string | undefined {
  const s = str(v);
  const m = s ? /^(\d{4}-\d{2}-\d{2})/.exec(s) : null;
  return m ? m[1] : undefined;
}

interface Layout {
  users: string[];
  userName: string;
  altUserKey?: string;
  groupsApi: string;
  groupsPath: string[];
  userPoliciesApi: string;
  groupPoliciesApi: string;
  policiesPath: string[];
  rolesApi: string;
  rolesPath: string[];
  rolePoliciesApi: string;
  keysPath: string[];
}

const LAYOUTS: Record<Provider, Layout> = {
  ram: {
    users: ['Users', 'User'],
    userName: 'UserName',
    groupsApi: 'ListGroupsForUser',
    groupsPath: ['Groups', 'Group'],
    userPoliciesApi: 'ListPoliciesForUser',
    groupPoliciesApi: 'ListPoliciesForGroup',
    policiesPath: ['Policies', 'Policy'],
    rolesApi: 'ListRoles',
    rolesPath: ['Roles', 'Role'],
    rolePoliciesApi: 'ListPoliciesForRole',
    keysPath: ['AccessKeys', 'AccessKey'],
  },
  cam: {
    users: ['Data'],
    userName: 'Name',
    altUserKey: 'Uin',
    groupsApi: 'ListGroupsForUser',
    groupsPath: ['GroupInfo'],
    userPoliciesApi: 'ListAttachedUserPolicies',
    groupPoliciesApi: 'ListAttachedGroupPolicies',
    policiesPath: ['List'],
    rolesApi: 'DescribeRoleList',
    rolesPath: ['List'],
    rolePoliciesApi: 'ListAttachedRolePolicies',
    keysPath: ['AccessKeys'],
  },
};

function attached(provider: Provider, response: unknown, pointer: string, path: string[], what: string): AttachedPolicy[] {
  return listAt(response, pointer, path, what).map(({ item, pointer: at }) => {
    const name = str(item.PolicyName);
    if (!name) throw new BundleShapeError(at, `${what}: a policy without PolicyName`, '"PolicyName"');
    if (provider === 'ram') {
      const type = str(item.PolicyType);
      return { name, ...(type ? { type } : {}), keys: [...(type ? [`${type}:${name}`] : []), name], pointer: at };
    }
    const id = str(item.PolicyId);
    return { name, keys: [...(id ? [id] : []), name], pointer: at };
  });
}

export function readBundle(data: unknown): PolicyBundle {
  const provider = bundleProvider(data);
  if (!provider || !isObject(data)) throw new BundleShapeError('', 'not a RAM or CAM policy bundle', 'a JSON object with ListUsers and ListPoliciesForUser (RAM) or ListAttachedUserPolicies (CAM)');
  const layout = LAYOUTS[provider];
  const groupsOf = perPrincipal(data, layout.groupsApi);
  const userPolicies = perPrincipal(data, layout.userPoliciesApi);
  const groupPolicies = perPrincipal(data, layout.groupPoliciesApi);
  const rolePolicies = perPrincipal(data, layout.rolePoliciesApi);
  const keys = perPrincipal(data, 'ListAccessKeys');
  const profiles = data.GetLoginProfile === undefined ? undefined : perPrincipal(data, 'GetLoginProfile');
  const mfaDevices = provider === 'ram' && data.ListVirtualMFADevices !== undefined ? readMfaDevices(data.ListVirtualMFADevices) : undefined;
  // CAM: `tccli cam DescribeSafeAuthFlagColl --SubUin <uin>` per user (its LoginFlag).
  const safeAuth = provider === 'cam' && data.DescribeSafeAuthFlagColl !== undefined ? perPrincipal(data, 'DescribeSafeAuthFlagColl') : undefined;

  const lookup = <T>(map: Map<string, T>, item: Json) => {
    const name = str(item[layout.userName]);
    const alt = layout.altUserKey ? str(item[layout.altUserKey]) : undefined;
    return (name !== undefined ? map.get(name) : undefined) ?? (alt !== undefined ? map.get(alt) : undefined);
  };

  const users: BundlePrincipal[] = [];
  const seenUsers = new Set<string>();
  for (const { item, pointer } of listAt(data.ListUsers, '/ListUsers', layout.users, 'ListUsers')) {
    const name = str(item[layout.userName]);
    if (!name) throw new BundleShapeError(pointer, `ListUsers: a user without ${layout.userName}`, `"${layout.userName}"`);
    if (seenUsers.has(name)) throw new BundleShapeError(pointer, `ListUsers: user "${name}" is listed twice`, 'each user once');
    seenUsers.add(name);
    const missing: string[] = [];
    const groupsResponse = lookup(groupsOf, item);
    const groups = groupsResponse ? listAt(groupsResponse.response, groupsResponse.pointer, layout.groupsPath, layout.groupsApi).map(({ item: g, pointer: at }) => {
      const groupName = str(g.GroupName);
      if (!groupName) throw new BundleShapeError(at, `${layout.groupsApi}: a group without GroupName`, '"GroupName"');
      return groupName;
    }) : (missing.push(layout.groupsApi), []);
    const policiesResponse = lookup(userPolicies, item);
    const policies = policiesResponse ? attached(provider, policiesResponse.response, policiesResponse.pointer, layout.policiesPath, layout.userPoliciesApi) : (missing.push(layout.userPoliciesApi), []);
    const keysResponse = lookup(keys, item);
    const accessKeys = keysResponse
      ? listAt(keysResponse.response, keysResponse.pointer, layout.keysPath, 'ListAccessKeys').map(({ item: k, pointer: at }): BundleAccessKey => {
          const id = str(k.AccessKeyId);
          if (!id) throw new BundleShapeError(at, 'ListAccessKeys: a key without AccessKeyId', '"AccessKeyId"');
          const created = dateOf(k.CreateDate ?? k.CreateTime);
          return { id, status: String(k.Status).toLowerCase() === 'active' ? 'active' : 'inactive', ...(created ? { created } : {}), pointer: at };
        })
      : (missing.push('ListAccessKeys'), []);
    let consoleLogin: boolean | undefined;
    if (provider === 'cam' && item.ConsoleLogin !== undefined) consoleLogin = Number(item.ConsoleLogin) === 1;
    else if (profiles) consoleLogin = lookup(profiles, item) !== undefined;
    // A device bound to the user states MFA; the complete listing without one states its absence
    // (MFABindRequired in GetLoginProfile only says whether binding is demanded at next log-in).
    const device = mfaDevices?.bound.get(name);
    const flags = safeAuth ? lookup(safeAuth, item) : undefined;
    const mfa = flags !== undefined ? loginProtection(flags.response, flags.pointer) : device !== undefined ? { bound: true, pointer: device } : mfaDevices && !mfaDevices.truncated ? { bound: false, pointer: mfaDevices.pointer } : undefined;
    users.push({ kind: 'user', name, pointer, policies, groups, ...(consoleLogin !== undefined ? { consoleLogin } : {}), ...(mfa ? { mfa } : {}), accessKeys, missing });
  }

  const groups = new Map<string, BundlePrincipal>();
  for (const [name, { response, pointer }] of groupPolicies) {
    groups.set(name, { kind: 'group', name, pointer, policies: attached(provider, response, pointer, layout.policiesPath, layout.groupPoliciesApi), groups: [], accessKeys: [], missing: [] });
  }

  const roles: BundlePrincipal[] = [];
  const roleNames = new Set<string>();
  if (data[layout.rolesApi] !== undefined) {
    for (const { item, pointer } of listAt(data[layout.rolesApi], `/${layout.rolesApi}`, layout.rolesPath, layout.rolesApi)) {
      const name = str(item.RoleName);
      if (!name) throw new BundleShapeError(pointer, `${layout.rolesApi}: a role without RoleName`, '"RoleName"');
      roleNames.add(name);
    }
  }
  for (const name of rolePolicies.keys()) roleNames.add(name);
  for (const name of [...roleNames].sort()) {
    const found = rolePolicies.get(name);
    roles.push({ kind: 'role', name, pointer: found?.pointer ?? `/${layout.rolesApi}`, policies: found ? attached(provider, found.response, found.pointer, layout.policiesPath, layout.rolePoliciesApi) : [], groups: [], accessKeys: [], missing: found ? [] : [layout.rolePoliciesApi] });
  }

  const documents = new Map<string, { document: unknown; pointer: string }>();
  for (const [key, { response, pointer }] of perPrincipal(data, 'GetPolicy')) {
    const r = unwrap(response);
    const base = r !== response ? `${pointer}/Response` : pointer;
    if (!isObject(r)) throw new BundleShapeError(pointer, 'GetPolicy: not an object', 'a GetPolicy response');
    if (provider === 'ram') {
      const version = r.DefaultPolicyVersion;
      if (!isObject(version) || version.PolicyDocument === undefined) throw new BundleShapeError(base, `GetPolicy "${key}": no DefaultPolicyVersion.PolicyDocument`, 'the GetPolicy response with DefaultPolicyVersion.PolicyDocument');
      documents.set(key, { document: version.PolicyDocument, pointer: `${base}/DefaultPolicyVersion/PolicyDocument` });
    } else {
      if (r.PolicyDocument === undefined) throw new BundleShapeError(base, `GetPolicy "${key}": no PolicyDocument`, 'the GetPolicy response with PolicyDocument');
      documents.set(key, { document: r.PolicyDocument, pointer: `${base}/PolicyDocument` });
    }
  }

  const acls: BucketAcl[] = [];
  for (const api of ['GetBucketAcl', 'GetBucketInfo']) {
    for (const [bucket, { response, pointer }] of perPrincipal(data, api)) {
      const acl = readAcl(unwrap(response));
      if (!acl) throw new BundleShapeError(pointer, `${api} "${bucket}": no access control list`, 'AccessControlPolicy.AccessControlList (OSS: Grant private | public-read | public-read-write; COS: Grant entries with Grantee and Permission)');
      acls.push({ bucket, ...acl, pointer });
    }
  }
  return { provider, users, groups, roles, documents, acls };
}

/**
 * `aliyun ram ListVirtualMFADevices`: `VirtualMFADevices.VirtualMFADevice[]`, each with
 * `SerialNumber` and, once bound, `User` (`UserName`; the IMS API's `UserPrincipalName`,
 * name@alias.onaliyun.com, gives the name before `@`). A device without a user is bound to nobody.
 * `IsTruncated: true` (a page of the IMS listing) leaves the users not on it unstated.
 */
function readMfaDevices(response: unknown): { bound: Map<string, string>; truncated: boolean; pointer: string } {
  const bound = new Map<string, string>();
  const pointer = '/ListVirtualMFADevices';
  for (const { item, pointer: at } of listAt(response, pointer, ['VirtualMFADevices', 'VirtualMFADevice'], 'ListVirtualMFADevices')) {
    const user = isObject(item.User) ? item.User : undefined;
    const name = str(user?.UserName) ?? str(user?.UserPrincipalName)?.split('@')[0];
    if (name !== undefined && name !== '' && !bound.has(name)) bound.set(name, at);
  }
  const body = unwrap(response);
  const truncated = isObject(body) && (body.IsTruncated === true || body.IsTruncated === 'true');
  return { bound, truncated, pointer };
}

/**
 * CAM `DescribeSafeAuthFlagColl`: `LoginFlag` with `Phone` (SMS code), `Token` (hardware token),
 * `Stoken` (virtual MFA), `Wechat`, `Custom`, each 1 or 0. Any of them 1: console log-in asks for a
 * second factor; all 0: it does not.
 */
function loginProtection(response: unknown, pointer: string): { bound: boolean; pointer: string } {
  const body = unwrap(response);
  const at = body !== response ? `${pointer}/Response` : pointer;
  const flag = isObject(body) ? body.LoginFlag : undefined;
  if (!isObject(flag)) throw new BundleShapeError(at, 'DescribeSafeAuthFlagColl: no LoginFlag', 'the DescribeSafeAuthFlagColl response with LoginFlag (Phone, Token, Stoken, Wechat, Custom)');
  return { bound: ['Phone', 'Token', 'Stoken', 'Wechat', 'Custom'].some((k) => Number(flag[k]) === 1), pointer: `${at}/LoginFlag` };
}

const ALL_USERS = /\/groups\/global\/AllUsers$|^qcs::cam::anyone:anyone$|^\*$/;

/** OSS: a canned ACL string; COS: Grant entries naming AllUsers (public) with READ / WRITE / FULL_CONTROL. */
function readAcl(response: unknown): { publicRead: boolean; publicWrite: boolean } | undefined {
  if (!isObject(response)) return undefined;
  const policy = isObject(response.AccessControlPolicy) ? response.AccessControlPolicy : isObject(response.BucketInfo) && isObject(response.BucketInfo.Bucket) ? response.BucketInfo.Bucket : undefined;
  const list = policy && isObject(policy.AccessControlList) ? policy.AccessControlList : undefined;
  if (!list) return undefined;
  const grant = list.Grant;
  if (typeof grant === 'string') {
    const canned = grant.toLowerCase();
    return { publicRead: canned === 'public-read' || canned === 'public-read-write', publicWrite: canned === 'public-read-write' };
  }
  const entries = Array.isArray(grant) ? grant : isObject(grant) ? [grant] : [];
  let publicRead = false;
  let publicWrite = false;
  for (const entry of entries) {
    if (!isObject(entry) || !isObject(entry.Grantee)) continue;
    const who = str(entry.Grantee.URI) ?? str(entry.Grantee.ID) ?? '';
    if (!ALL_USERS.test(who)) continue;
    const permission = String(entry.Permission).toUpperCase();
    if (permission === 'READ' || permission === 'FULL_CONTROL') publicRead = true;
    if (permission === 'WRITE' || permission === 'FULL_CONTROL') publicWrite = true;
  }
  return { publicRead, publicWrite };
}
