// Why a RuoYi role's data scope is what it is (src/importers/ruoyi/data-scope.ts decides it), in
// both languages: for the coverage note of a role none of whose permissions is mapped, and (in
// English, a manifest string) for the grant's `reason`. RuoYi's own names of the data scopes
// (全部数据权限 …) are kept in both, as its console shows them.
import type { Bilingual } from './bilingual.js';

export type DataScopeReason =
  | { kind: 'all' }
  | { kind: 'custom-all'; departments: number }
  | { kind: 'custom'; departments: readonly string[] }
  | { kind: 'custom-unstated' }
  | { kind: 'own-department' }
  | { kind: 'top-subtree'; names: readonly string[] }
  | { kind: 'subtree' }
  | { kind: 'own-rows' }
  | { kind: 'unknown'; value: string }
  | { kind: 'super-admin' };

export function dataScopeReasonText(reason: DataScopeReason): Bilingual {
  switch (reason.kind) {
    case 'all':
      return { en: 'data_scope 1 (全部数据权限): no condition on rows', zh: 'data_scope 1（全部数据权限）：不限制数据行' };
    case 'custom-all':
      return { en: `data_scope 2 (自定数据权限) naming all ${reason.departments} departments`, zh: `data_scope 2（自定数据权限）列出了全部 ${reason.departments} 个部门` };
    case 'custom':
      return reason.departments.length === 0
        ? { en: 'data_scope 2 (自定数据权限): departments (none: no rows) (sys_role_dept)', zh: 'data_scope 2（自定数据权限）：未列出部门（sys_role_dept 无记录），不可见任何数据行' }
        : { en: `data_scope 2 (自定数据权限): departments ${reason.departments.join(', ')} (sys_role_dept)`, zh: `data_scope 2（自定数据权限）：部门 ${reason.departments.join('、')}（sys_role_dept）` };
    case 'custom-unstated':
      return { en: 'data_scope 2 (自定数据权限): which departments is not stated (the source holds no sys_role_dept; the console\'s role export carries none)', zh: 'data_scope 2（自定数据权限）：未说明是哪些部门（来源中没有 sys_role_dept；控制台的角色导出不含此项）' };
    case 'own-department':
      return { en: "data_scope 3 (本部门数据权限): rows of the holder's department", zh: 'data_scope 3（本部门数据权限）：持有人所在部门的数据行' };
    case 'top-subtree':
      return {
        en: `data_scope 4 (本部门及以下数据权限) held in the top department ${reason.names.join(', ')}: the subtree is the whole organization`,
        zh: `data_scope 4（本部门及以下数据权限）由顶级部门 ${reason.names.join('、')} 的人员持有：其下级部门即全机构`,
      };
    case 'subtree':
      return { en: "data_scope 4 (本部门及以下数据权限): the holder's department and those below it (ancestors)", zh: 'data_scope 4（本部门及以下数据权限）：持有人所在部门及其下级部门（按 ancestors）' };
    case 'own-rows':
      return { en: 'data_scope 5 (仅本人数据权限): rows the holder created', zh: 'data_scope 5（仅本人数据权限）：持有人本人创建的数据行' };
    case 'unknown':
      return { en: `data_scope '${reason.value}' is none of 1–5: DataScopeAspect adds no condition for it`, zh: `data_scope '${reason.value}' 不是 1–5 中的任何一个：DataScopeAspect 不为其添加任何条件` };
    case 'super-admin':
      return { en: 'super administrator (role key admin): every permission (*:*:*) and no data filter', zh: '超级管理员（角色标识 admin）：拥有全部权限（*:*:*），不过滤任何数据' };
  }
}
