// Generates a national-scale Keycloak realm export for the `keycloak` phase of `npm run bench`
// (bench/keycloak-scale.js): the courier example's realm (examples/courier/before/keycloak —
// its settings, roles, clients and flows as they are, weak ones included) with its six users
// replaced by N users shaped as `kc.sh export` writes them (2-space indentation, a pbkdf2
// password credential each, realm roles, client roles, groups, a lastLogin attribute).
// Per 1,000 outlets: one group under /outlets with a couriers subgroup; users are spread over
// them. Drift at realistic rates: 4 % disabled, 3 % dormant (last login over a year before the
// realm's as-of date), 1 % without any login recorded, 2 % holding the phone-lookup client role,
// 5 % with TOTP. Deterministic (seeded mulberry32): the same --seed and --users give
// byte-identical files.
//
// Usage: node bench/generate-keycloak.js [--out FILE] [--users N] [--seed N]   (prints one JSON line)
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from './command-line-option.js';
import { mulberry32 } from './seeded-random.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(option('--out', join(ROOT, 'bench', 'out', 'keycloak-realm.json')));
const users = Number(option('--users', '300000'));
const seed = Number(option('--seed', '20240630'));
if (!(users >= 1) || !Number.isInteger(users) || !Number.isInteger(seed)) throw new Error('--users a positive integer, --seed an integer');

const next = mulberry32(seed);
const hex = (n) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
const b64 = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256))).toString('base64');

const t0 = performance.now();
const template = JSON.parse(readFileSync(join(ROOT, 'examples', 'courier', 'before', 'keycloak', 'realm-export.json'), 'utf8'));
const outlets = Math.max(1, Math.round(users / 1000));
const code = (o) => String(1000 + o).padStart(4, '0');
const outletGroups = Array.from({ length: outlets }, (_, o) => ({
  id: uuid(),
  name: code(o),
  path: `/outlets/${code(o)}`,
  realmRoles: ['outlet-staff'],
  clientRoles: {},
  attributes: { unit: [`outlet-${code(o)}`] },
  subGroups: [{ id: uuid(), name: 'couriers', path: `/outlets/${code(o)}/couriers`, realmRoles: [], clientRoles: {}, attributes: {}, subGroups: [] }],
}));
const outletsGroup = template.groups.find((g) => g.path === '/outlets');
outletsGroup.subGroups = outletGroups;

const FIRST = ['Chen', 'Li', 'Wang', 'Zhang', 'Liu', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', '陈', '李', '王'];
const DAY = 86_400_000;
const asOf = Date.UTC(2022, 5, 1);
const counts = { disabled: 0, dormant: 0, noLogin: 0, lookup: 0, totp: 0 };
const generated = new Array(users);
for (let i = 0; i < users; i++) {
  const o = i % outlets;
  const courier = next() < 0.8;
  const disabled = next() < 0.04;
  const dormant = next() < 0.03;
  const noLogin = !dormant && next() < 0.01;
  const lookup = next() < 0.02;
  const totp = next() < 0.05;
  if (disabled) counts.disabled++;
  if (dormant) counts.dormant++;
  if (noLogin) counts.noLogin++;
  if (lookup) counts.lookup++;
  if (totp) counts.totp++;
  const created = asOf - Math.floor(400 + next() * 1500) * DAY;
  const lastLogin = new Date(asOf - (dormant ? 400 + Math.floor(next() * 600) : Math.floor(next() * 30)) * DAY).toISOString().slice(0, 10);
  generated[i] = {
    id: uuid(),
    username: `${courier ? 'courier' : 'staff'}-${code(o)}-${String(i).padStart(6, '0')}`,
    enabled: !disabled,
    emailVerified: next() < 0.5,
    createdTimestamp: created,
    totp,
    ...(noLogin ? {} : { attributes: { lastLogin: [lastLogin] } }),
    firstName: FIRST[Math.floor(next() * FIRST.length)],
    credentials: [
      {
        id: uuid(),
        type: 'password',
        userLabel: 'My password',
        createdDate: created,
        secretData: JSON.stringify({ value: b64(32), salt: b64(16), additionalParameters: {} }),
        credentialData: JSON.stringify({ hashIterations: 1000, algorithm: 'pbkdf2-sha256', additionalParameters: {} }),
      },
    ],
    disableableCredentialTypes: [],
    requiredActions: [],
    realmRoles: courier ? ['default-roles-courier-outlets', 'courier'] : ['default-roles-courier-outlets'],
    ...(lookup ? { clientRoles: { 'waybill-web': ['lookup-by-phone'] } } : {}),
    notBefore: 0,
    groups: [courier ? `/outlets/${code(o)}/couriers` : `/outlets/${code(o)}`],
  };
}
template.users = generated;
const generateMs = performance.now() - t0;
mkdirSync(dirname(out), { recursive: true });
const t1 = performance.now();
writeFileSync(out, JSON.stringify(template, null, 2) + '\n');
console.log(JSON.stringify({ file: out, bytes: statSync(out).size, users, outlets, ...counts, generateMs, writeMs: performance.now() - t1 }));
