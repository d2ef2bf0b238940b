// Every reference between entities must resolve: a grant to a role that does not exist, a
// field an interface returns that its store does not have, a category not in the taxonomy.
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { closestName } from '../schema/closest-name.js';
import type { Inventory } from './inventory.js';
import type { Role } from './manifest-schema.js';
import { appendAll } from '../collections/append-all.js';

export interface Problem {
  file: string;
  pointer: string;
  message: string;
  expected?: string;
}

export function checkReferences(inventory: Inventory, taxonomy: Taxonomy): Problem[] {
  const problems: Problem[] = [];
  const where = (entity: object) => inventory.provenance.of(entity) ?? { file: '<unknown>', pointer: '' };
  const sections = {
    stores: inventory.stores,
    interfaces: inventory.interfaces,
    roles: inventory.roles,
    credentialPolicies: inventory.credentialPolicies,
    flows: inventory.flows,
    collectionPoints: inventory.collectionPoints,
    impactAssessments: inventory.impactAssessments,
    accounts: inventory.accounts,
    identityRealms: inventory.identityRealms,
    databaseLogins: inventory.databaseLogins,
    codeBases: inventory.codeBases,
  };
  // A section's ids are collected when a reference into it is first checked: a national
  // inventory's 300,000 account ids only when something refers to an account.
  const knownSets = new Map<keyof typeof sections, Set<string>>();
  const known = (section: keyof typeof sections): Set<string> => {
    let set = knownSets.get(section);
    if (!set) knownSets.set(section, (set = new Set((sections[section] as Array<{ id: string }>).map((e) => e.id))));
    return set;
  };
  const fieldsOf = new Map(inventory.stores.map((s) => [s.id, new Set(s.fields.map((f) => f.name))]));

  const ref = (entity: object, path: string, value: string | undefined, section: keyof typeof sections) => {
    if (value === undefined || known(section).has(value)) return;
    const guess = closestName(value, [...known(section)]);
    // A reference an overlay set on an imported entity is wrong at the overlay's line.
    const key = path.split('/')[1] ?? '';
    const fact = inventory.provenance.factOf(entity, key);
    const { file, pointer } = fact ? { file: fact.file, pointer: fact.pointer + path.slice(key.length + 1) } : { ...where(entity), pointer: where(entity).pointer + path };
    problems.push({
      file,
      pointer,
      message: `unknown ${singular(section)} "${value}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
      expected: known(section).size > 0 ? `an id declared in ${section}` : `${section} to declare it`,
    });
  };
  const refs = (entity: object, path: string, values: string[] | undefined, section: keyof typeof sections) =>
    values?.forEach((v, i) => ref(entity, `${path}/${i}`, v, section));
  const relatedField = (name: string): boolean => {
    const dot = name.indexOf('.');
    return dot > 0 && fieldsOf.get(name.slice(0, dot))?.has(name.slice(dot + 1)) === true;
  };
  const fields = (entity: object, path: string, store: string | undefined, names: string[] | undefined) => {
    const available = store === undefined ? undefined : fieldsOf.get(store);
    if (!available) return;
    names?.forEach((name, i) => {
      if (available.has(name)) return;
      // `store.field`: a related store's field an interface answers with (a Prisma include, a join).
      if (path !== '/lookupKeys' && relatedField(name)) return;
      const guess = closestName(name, [...available]);
      const { file, pointer } = where(entity);
      problems.push({
        file,
        pointer: `${pointer}${path}/${i}`,
        message: `store "${store}" has no field "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        expected: `one of: ${[...available].join(', ')}`,
      });
    });
  };
  const category = (entity: object, path: string, key: string) => {
    if (taxonomy.has(key)) return;
    const guess = closestName(key, taxonomy.keys());
    const { file, pointer } = where(entity);
    problems.push({ file, pointer: pointer + path, message: `unknown PI category "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`, expected: 'a key of the taxonomy (`pipl-audit schema taxonomy`)' });
  };

  for (const store of inventory.stores) {
    ref(store, '/copyOf', store.copyOf, 'stores');
    refs(store, '/viewOf', store.viewOf, 'stores');
    const names = new Set<string>();
    store.fields.forEach((f, i) => {
      category(store, `/fields/${i}/category`, f.category);
      if (names.has(f.name)) {
        const { file, pointer } = where(store);
        problems.push({ file, pointer: `${pointer}/fields/${i}/name`, message: `duplicate field "${f.name}"`, expected: 'field names unique within a store' });
      }
      names.add(f.name);
    });
  }
  for (const itf of inventory.interfaces) {
    ref(itf, '/store', itf.store, 'stores');
    fields(itf, '/lookupKeys', itf.store, itf.lookupKeys);
    fields(itf, '/returns', itf.store, itf.returns);
    fields(itf, '/masked', itf.store, itf.masked);
  }
  for (const role of inventory.roles) {
    refs(role, '/inherits', role.inherits, 'roles');
    ref(role, '/recipientFlow', role.recipientFlow, 'flows');
    role.grants?.forEach((grant, i) => {
      const path = `/grants/${i}`;
      if ((grant.interface === undefined) === (grant.store === undefined)) {
        const { file, pointer } = where(role);
        problems.push({ file, pointer: pointer + path, message: 'a grant names neither or both of "interface" and "store"', expected: 'exactly one of interface, store' });
      }
      ref(role, `${path}/interface`, grant.interface, 'interfaces');
      ref(role, `${path}/store`, grant.store, 'stores');
      const storeId = grant.store ?? inventory.interfaces.find((x) => x.id === grant.interface)?.store;
      fields(role, `${path}/fields`, storeId, grant.fields);
    });
  }
  appendAll(problems, inheritanceCycles(inventory.roles, where));
  for (const account of inventory.accounts) {
    refs(account, '/roles', account.roles, 'roles');
    ref(account, '/credentialPolicy', account.credentialPolicy, 'credentialPolicies');
    ref(account, '/identityRealm', account.identityRealm, 'identityRealms');
    account.roleOrigins?.forEach((o, i) => {
      ref(account, `/roleOrigins/${i}/role`, o.role, 'roles');
      if (!(account.roles ?? []).includes(o.role)) {
        const { file, pointer } = where(account);
        problems.push({ file, pointer: `${pointer}/roleOrigins/${i}/role`, message: `role origin for "${o.role}", which the account does not hold`, expected: 'a role listed in the account\'s roles' });
      }
    });
  }
  for (const realm of inventory.identityRealms) {
    ref(realm, '/credentialPolicy', realm.credentialPolicy, 'credentialPolicies');
    refs(realm, '/defaultRoles', realm.defaultRoles, 'roles');
  }
  for (const client of inventory.identityClients) ref(client, '/realm', client.realm, 'identityRealms');
  const alterers = inventory.auditLogging?.alterableBy;
  if (alterers && inventory.auditLogging) {
    refs(inventory.auditLogging, '/alterableBy/roles', alterers.roles, 'roles');
    refs(inventory.auditLogging, '/alterableBy/databaseLogins', alterers.databaseLogins, 'databaseLogins');
    refs(inventory.auditLogging, '/alterableBy/accounts', alterers.accounts, 'accounts');
  }
  const defaults = inventory.credentialPolicies.filter((p) => p.default);
  for (const extra of defaults.slice(1)) {
    const { file, pointer } = where(extra);
    problems.push({ file, pointer: `${pointer}/default`, message: `more than one default credential policy (also "${defaults[0]?.id}")`, expected: 'at most one policy with default: true' });
  }
  for (const device of inventory.devices) {
    refs(device, '/interfaces', device.interfaces, 'interfaces');
    ref(device, '/localCache/store', device.localCache?.store, 'stores');
  }
  for (const flow of inventory.flows) {
    refs(flow, '/stores', flow.stores, 'stores');
    ref(flow, '/impactAssessment', flow.impactAssessment, 'impactAssessments');
    flow.categories?.forEach((c, i) => category(flow, `/categories/${i}`, c));
  }
  for (const point of inventory.collectionPoints) {
    refs(point, '/stores', point.stores, 'stores');
    ref(point, '/reusedFrom', point.reusedFrom, 'collectionPoints');
    point.categories.forEach((c, i) => category(point, `/categories/${i}`, c));
  }
  for (const job of inventory.deletionJobs) {
    refs(job, '/stores', job.stores, 'stores');
    ref(job, '/codeBase', job.codeBase, 'codeBases');
  }
  for (const route of inventory.codeRoutes) {
    ref(route, '/codeBase', route.codeBase, 'codeBases');
    ref(route, '/interface', route.interface, 'interfaces');
    refs(route, '/roles', route.roles, 'roles');
    route.queries.forEach((q, i) => ref(route, `/queries/${i}/store`, 'unreadable' in q ? undefined : q.store, 'stores'));
  }
  for (const site of inventory.codeCredentialSites) ref(site, '/codeBase', site.codeBase, 'codeBases');
  for (const pia of inventory.impactAssessments) {
    refs(pia, '/stores', pia.stores, 'stores');
    refs(pia, '/flows', pia.flows, 'flows');
  }
  for (const login of inventory.databaseLogins) {
    ref(login, '/account', login.account, 'accounts');
    ref(login, '/role', login.role, 'roles');
    login.reads?.forEach((read, i) => {
      ref(login, `/reads/${i}/store`, read.store, 'stores');
      fields(login, `/reads/${i}/fields`, read.store, read.fields);
    });
  }
  for (const table of inventory.databaseTables) {
    ref(table, '/store', table.store, 'stores');
    fields(table, '/publicReadFields', table.store, table.publicReadFields);
  }
  return problems;
}

function singular(section: string): string {
  const names: Record<string, string> = {
    stores: 'store',
    interfaces: 'interface',
    roles: 'role',
    credentialPolicies: 'credential policy',
    flows: 'flow',
    collectionPoints: 'collection point',
    impactAssessments: 'impact assessment',
    accounts: 'account',
    identityRealms: 'identity realm',
    codeBases: 'code base',
  };
  return names[section] ?? section;
}

function inheritanceCycles(roles: Role[], where: (e: object) => { file: string; pointer: string }): Problem[] {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: Problem[] = [];
  const visit = (role: Role, chain: string[]) => {
    state.set(role.id, 'visiting');
    for (const parentId of role.inherits ?? []) {
      const parent = byId.get(parentId);
      if (!parent) continue;
      if (state.get(parentId) === 'visiting') {
        const { file, pointer } = where(role);
        problems.push({ file, pointer: `${pointer}/inherits`, message: `role inheritance cycle: ${[...chain, role.id, parentId].join(' → ')}`, expected: 'roles that do not inherit from themselves' });
      } else if (!state.has(parentId)) visit(parent, [...chain, role.id]);
    }
    state.set(role.id, 'done');
  };
  for (const role of roles) if (!state.has(role.id)) visit(role, []);
  return problems;
}
