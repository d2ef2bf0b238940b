// Differential test: every (role, action, possession, resource) decided from the static
// extraction of accesscontrol definitions written as TypeScript source equals what the real
// accesscontrol library decides on the same grants. The grants are written once, as data; the
// test renders them as source for the scanner and feeds them to the library.
import { AccessControl } from 'accesscontrol';
import { describe, expect, it } from 'vitest';
import { parseCodeFile } from '../src/importers/typescript/parse-code-file.js';
import { AccessControlModel } from '../src/importers/typescript/resolve-permissions.js';

const ACTIONS = ['create', 'read', 'update', 'delete'] as const;
const POSSESSIONS = ['any', 'own'] as const;

type Step = [method: string, ...args: unknown[]];

/** A builder chain rendered as source: `ac.grant('a').readAny('x', ['*']).extend('b');` */
function chainSource(chains: Step[][]): string {
  const lines = chains.map((steps) => `ac${steps.map(([m, ...args]) => `.${m}(${args.map((a) => JSON.stringify(a)).join(', ')})`).join('')};`);
  return `import { AccessControl } from 'accesscontrol';\nconst ac = new AccessControl();\n${lines.join('\n')}\nexport default ac;\n`;
}

function applyChains(ac: AccessControl, chains: Step[][]): void {
  for (const steps of chains) {
    let target: unknown = ac;
    for (const [m, ...args] of steps) target = (target as Record<string, (...a: unknown[]) => unknown>)[m]?.(...args);
  }
}

function compare(source: string, ac: AccessControl, resources: string[]): { checked: number; differences: string[] } {
  const facts = parseCodeFile('access.ts', source);
  expect(facts.syntaxErrors).toEqual([]);
  const model = new AccessControlModel(facts.grants);
  const roles = ac.getRoles().sort();
  expect(model.roles().filter((r) => roles.includes(r))).toEqual(roles);
  const differences: string[] = [];
  let checked = 0;
  for (const role of roles) for (const resource of resources) for (const action of ACTIONS) for (const possession of POSSESSIONS) {
    const method = `${action}${possession === 'any' ? 'Any' : 'Own'}` as 'readAny';
    const real = ac.can(role)[method](resource).granted;
    const ours = model.granted(role, action, possession, resource);
    checked++;
    if (real !== ours) differences.push(`${role} ${action}:${possession} ${resource}: accesscontrol ${real}, static ${ours}`);
  }
  return { checked, differences };
}

describe('accesscontrol: static extraction decides as the library does', () => {
  it('v2 grants object with attributes, negations and $extend', () => {
    const grants = {
      courier: { waybill: { 'read:own': ['*', '!goods'], 'update:own': ['status'] } },
      'outlet-supervisor': { $extend: ['courier'], waybill: { 'read:any': ['*'] }, account: { 'read:own': ['*'] } },
      admin: { $extend: ['outlet-supervisor'], waybill: { 'delete:any': ['*'] }, account: { 'create:any': ['*'], 'update:any': ['*', '!passwordHash'] } },
      auditor: { log: { 'read:any': ['*'] }, waybill: { 'read:any': ['!*'] } },
    };
    const source = `import { AccessControl } from 'accesscontrol';\nconst grants = ${JSON.stringify(grants, null, 2)};\nexport const ac = new AccessControl(grants);\n`;
    // accesscontrol 3 reads the v2 object shape as its migration guide says: one flat-list row per
    // 'action:possession' key, and a { role, $extend } row per inheritance.
    const rows: object[] = Object.entries(grants).flatMap(([role, byResource]) =>
      Object.entries(byResource).flatMap(([resource, value]): object[] =>
        resource === '$extend' ? [{ role, $extend: value }] : Object.entries(value as Record<string, string[]>).map(([action, attributes]) => ({ role, resource, action, attributes })),
      ),
    );
    const { checked, differences } = compare(source, new AccessControl(rows as never), ['waybill', 'account', 'log', 'device']);
    expect(checked).toBe(4 * 4 * 4 * 2);
    expect(differences).toEqual([]);
  });

  it('v3 grants object: rules per action with possession and deny effect', () => {
    const grants = {
      courier: { waybill: { read: [{ attributes: ['*'], possession: 'own' }] } },
      supervisor: {
        $extend: ['courier'],
        waybill: { read: [{ attributes: ['*'], possession: 'any' }], delete: [{ attributes: ['*'], possession: 'any' }, { attributes: ['*'], possession: 'any', effect: 'deny' }] },
      },
    };
    const source = `const grants = ${JSON.stringify(grants)};\nconst ac = new AccessControl(grants);\n`;
    const { differences } = compare(source, new AccessControl(grants as never), ['waybill', 'account']);
    expect(differences).toEqual([]);
  });

  it('flat list of grants', () => {
    const list = [
      { role: 'courier', resource: 'waybill', action: 'read:own', attributes: ['*'] },
      { role: 'courier', resource: 'waybill', action: 'update:own', attributes: 'status, signature' },
      { role: 'supervisor', resource: 'waybill', action: 'read:any', attributes: ['*', '!goods'] },
      { role: 'supervisor', resource: 'report', action: 'create', possession: 'any', attributes: ['*'] },
      { role: 'supervisor', $extend: ['courier'] },
      { role: 'courier', resource: 'report', action: 'read:any', attributes: ['*'] },
    ];
    const source = `const list = ${JSON.stringify(list)};\nconst ac = new AccessControl(list);\n`;
    const { differences } = compare(source, new AccessControl(list as never), ['waybill', 'report']);
    expect(differences).toEqual([]);
  });

  it('builder chains: grant, extend, deny, attributes, several roles', () => {
    const chains: Step[][] = [
      [['grant', 'courier'], ['readOwn', 'waybill'], ['updateOwn', 'waybill', ['status']]],
      [['grant', 'outlet-supervisor'], ['readAny', 'waybill', ['*', '!goods']], ['createAny', 'report']],
      [['grant', 'outlet-supervisor'], ['extend', 'courier']],
      [['grant', 'admin'], ['readAny', 'waybill'], ['deleteAny', 'waybill'], ['readAny', 'account'], ['updateAny', 'account']],
      [['deny', 'admin'], ['updateAny', 'account']],
      [['grant', ['auditor', 'dpo']], ['readAny', 'log']],
      [['deny', 'dpo'], ['readOwn', 'log']],
    ];
    const ac = new AccessControl();
    applyChains(ac, chains);
    const { checked, differences } = compare(chainSource(chains), ac, ['waybill', 'report', 'account', 'log']);
    expect(checked).toBe(5 * 4 * 4 * 2);
    expect(differences).toEqual([]);
  });
});
