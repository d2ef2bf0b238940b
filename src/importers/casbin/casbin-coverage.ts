// Casbin subjects and objects the mapping does not tie to the manifest: listed as coverage notes
// with the line they first appear on, never silently dropped. Users (members of roles, see
// casbin-accounts.ts) that reach no mapped subject are not imported as accounts: they are counted
// in one note rather than listed one by one (a national export has hundreds of thousands). Lines of
// resource role types (`g2, /api/waybills/1, waybill_data`) name objects, not subjects.
import type { CoverageNote } from '../importer.js';
import type { PolicyRule } from './policy-lines.js';

export interface CoverageInput {
  rules: readonly PolicyRule[];
  mappedSubjects: ReadonlySet<string>;
  /** Role types (g, g2 …) the matcher applies to the request's subject. */
  subjectRoleTypes: ReadonlySet<string>;
  /** Users that hold no mapped role, with the first line naming each. */
  unmappedUsers: ReadonlyArray<{ user: string; rule: PolicyRule }>;
  /** Index of the subject and object among a `p` rule's values. */
  subjectIndex: number;
  objectIndex: number | undefined;
  /** Rules that decided a mapped request, and the objects the mapping names. */
  used: ReadonlySet<PolicyRule>;
  mappedObjects: ReadonlySet<string>;
}

export function casbinCoverage(input: CoverageInput): CoverageNote[] {
  const holders = new Map<string, PolicyRule>(); // subjects with policies or members
  const objects = new Map<string, PolicyRule>();
  const coveredObjects = new Set<string>(input.mappedObjects);
  for (const rule of input.rules) {
    if (rule.ptype.startsWith('g')) {
      const role = rule.values[1];
      if (input.subjectRoleTypes.has(rule.ptype) && role !== undefined && !holders.has(role)) holders.set(role, rule);
      continue;
    }
    const subject = rule.values[input.subjectIndex];
    if (subject !== undefined && !holders.has(subject)) holders.set(subject, rule);
    const object = input.objectIndex === undefined ? undefined : rule.values[input.objectIndex];
    if (object === undefined) continue;
    if (input.used.has(rule)) coveredObjects.add(object);
    if (!objects.has(object)) objects.set(object, rule);
  }
  const notes: CoverageNote[] = [];
  for (const [name, rule] of holders) {
    if (input.mappedSubjects.has(name)) continue;
    notes.push({ file: rule.file, line: rule.line, kind: 'subject', name, note: 'Casbin subject with policies or members, not mapped to a manifest role (mapping.subjects)', noteZh: '有策略或成员的 Casbin 主体，未映射到清单中的角色（mapping.subjects）' });
  }
  const users = input.unmappedUsers;
  if (users.length > 0) {
    const first = users[0]!.rule;
    const names = users.slice(0, 5).map((u) => u.user).join(', ') + (users.length > 5 ? ', …' : '');
    notes.push({ file: first.file, line: first.line, kind: 'users', name: `${users.length} user(s): ${names}`, note: 'members of Casbin roles that reach no mapped subject, so not imported as accounts (map the roles they hold in mapping.subjects)', noteZh: 'Casbin 角色的成员，其角色不通向任何已映射的主体，因此未作为账号导入（请在 mapping.subjects 中映射其所持角色）' });
  }
  for (const [name, rule] of objects) {
    if (coveredObjects.has(name)) continue;
    notes.push({ file: rule.file, line: rule.line, kind: 'object', name, note: 'no mapped interface request was decided by a policy on this object (mapping.interfaces)', noteZh: '没有任何已映射接口的请求由针对该对象的策略判定（mapping.interfaces）' });
  }
  return notes;
}
