// RuoYi's data scope (数据权限) as its DataScopeAspect applies it (RuoYi-Vue
// ruoyi-framework/…/aspectj/DataScopeAspect.java; docs/sources/ruoyi.md):
//   '1' all data — no condition; one such role among a user's roles holding the permission wins
//   '2' custom — rows whose dept_id is in the role's sys_role_dept set
//   '3' own department — rows whose dept_id is the user's
//   '4' own department and below — the user's dept and every dept with it in `ancestors`
//   '5' own rows only — rows whose user_id is the user's (nothing when the mapper has no user alias)
// The column defaults to '1'. Roles that are disabled, or that do not hold the permission being
// checked, add nothing; the conditions of the rest are OR-ed. User id 1 (SysUser.isAdmin) is not
// filtered at all. The filter applies only to queries whose method carries @DataScope.
import type { Bilingual } from '../../i18n/bilingual.js';
import { dataScopeReasonText } from '../../i18n/ruoyi-data-scope-text.js';
import type { ScopeName } from '../../inventory/manifest-schema.js';
import type { RuoyiData, RuoyiRole } from './ruoyi-tables.js';

export interface RoleScope {
  scope: ScopeName;
  /** Department names of a custom set (scope unit-set), or the departments holders' subtrees start at (unit-subtree). */
  units?: string[];
  /** Why the scope is what it is, for the grant's `reason` (English) and the role's coverage note. */
  reason: Bilingual;
  /** The scope is only the widest it can be: what narrows it is not stated (the grant's scopeUndecided). */
  undecided?: string;
}

/** Departments that exist (not deleted). */
function liveDepts(data: RuoyiData): string[] {
  return [...data.depts.values()].filter((d) => d.delFlag !== '2').map((d) => d.id);
}

/** A department is at the top when it has no live parent (RuoYi's root has parent_id 0). */
export function isTopDept(data: RuoyiData, deptId: string | undefined): boolean {
  if (deptId === undefined) return false;
  const dept = data.depts.get(deptId);
  if (!dept) return false;
  if (dept.parentId === '0') return true;
  // A department whose ancestors are not stated (one named in a console export) is not known to be at the top.
  if (dept.ancestors.length === 0) return false;
  const parent = data.depts.get(dept.parentId);
  return !parent || parent.delFlag === '2';
}

/**
 * The scope a role's data_scope gives, in the manifest's terms. `holderDepts` are the departments
 * of the role's enabled holders: a subtree rooted at the top department reaches the whole
 * organization, and a custom set naming every department does too.
 */
export function roleScope(role: RuoyiRole, data: RuoyiData, holderDepts: ReadonlyArray<string | undefined>): RoleScope {
  switch (role.dataScope) {
    case '1':
      return { scope: 'any', reason: dataScopeReasonText({ kind: 'all' }) };
    case '2': {
      // Without sys_role_dept (a console role export) the departments are not stated — not none:
      // the scope is then only the widest it can be, undecided.
      if (!data.present.has('sys_role_dept')) return { scope: 'organization', undecided: 'data_scope 2 (自定数据权限) without sys_role_dept: which departments is not stated', reason: dataScopeReasonText({ kind: 'custom-unstated' }) };
      const live = new Set(liveDepts(data));
      const chosen = (data.roleDepts.get(role.id) ?? []).filter((id) => live.has(id));
      const names = chosen.map((id) => data.depts.get(id)?.name ?? id);
      if (live.size > 0 && chosen.length === live.size) return { scope: 'organization', units: names, reason: dataScopeReasonText({ kind: 'custom-all', departments: live.size }) };
      return { scope: 'unit-set', units: names, reason: dataScopeReasonText({ kind: 'custom', departments: chosen }) };
    }
    case '3':
      return { scope: 'unit', reason: dataScopeReasonText({ kind: 'own-department' }) };
    case '4': {
      const top = holderDepts.filter((d) => isTopDept(data, d));
      if (top.length > 0) {
        const names = [...new Set(top.map((id) => data.depts.get(id as string)?.name ?? String(id)))];
        return { scope: 'organization', units: names, reason: dataScopeReasonText({ kind: 'top-subtree', names }) };
      }
      const roots = [...new Set(holderDepts.filter((d): d is string => d !== undefined).map((id) => data.depts.get(id)?.name ?? id))].sort();
      return { scope: 'unit-subtree', ...(roots.length > 0 ? { units: roots } : {}), reason: dataScopeReasonText({ kind: 'subtree' }) };
    }
    case '5':
      return { scope: 'own', reason: dataScopeReasonText({ kind: 'own-rows' }) };
    default:
      // DataScopeAspect adds no condition for a value it does not know; with no other role holding
      // the permission, it adds "dept_id = 0" (no rows). Taken as unbounded: the widest reading.
      return { scope: 'any', reason: dataScopeReasonText({ kind: 'unknown', value: role.dataScope }) };
  }
}
