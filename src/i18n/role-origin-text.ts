// How an account holds a role an identity provider grants indirectly, in both languages: the
// route the importer records (`group /outlets/0755`, `parent group /outlets`, `role outlet-staff`,
// see src/importers/keycloak/effective-roles.ts) with its glue words translated, and how it is
// held (direct, group, composite, default). Group paths and role names stay as written.
import type { Bilingual } from './bilingual.js';

const HELD_VIA: Record<string, Bilingual> = {
  direct: { zh: '直接分配', en: 'direct' },
  group: { zh: '经群组', en: 'group' },
  composite: { zh: '经复合角色', en: 'composite' },
  default: { zh: '默认角色', en: 'default' },
};

/** One step of the route (`group X`, `parent group X`, `role X`) in Chinese; anything else as written. */
function stepZh(step: string): string {
  return step.replace(/^parent group /, '上级群组 ').replace(/^group /, '群组 ').replace(/^role /, '角色 ');
}

/** `role ⇐ step → step (via)`, the same route in each language. */
export function roleRouteText(origin: { role: string; via: string; path: readonly string[] }): Bilingual {
  const via = HELD_VIA[origin.via] ?? { zh: origin.via, en: origin.via };
  return {
    en: `${origin.role} ⇐ ${origin.path.join(' → ')} (${via.en})`,
    zh: `${origin.role} ⇐ ${origin.path.map(stepZh).join(' → ')}（${via.zh}）`,
  };
}
