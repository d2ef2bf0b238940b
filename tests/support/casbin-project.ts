// Test support: a temporary project holding a manifest (a phone-lookup store, the given roles and
// interfaces), Casbin files and a project file whose casbin source carries the given mapping.
import { stringify } from 'yaml';
import { tempDir } from './temp-dir.js';

export interface CasbinProject {
  roles: string[];
  interfaces: string[];
  files: Record<string, string | Uint8Array>;
  mapping?: Record<string, unknown>;
  /** Accounts the manifest declares (id and roles). */
  accounts?: Array<{ id: string; roles?: string[] }>;
  /** The source's `options` (limits). */
  options?: Record<string, unknown>;
  /** The source's path(s), relative to the project; default: the folder `casbin`. */
  path?: string | string[];
}

export function casbinProject(project: CasbinProject): string {
  const manifest = {
    apiVersion: 'pipl-audit/v1',
    stores: [
      {
        id: 'waybills',
        kind: 'database',
        fields: [
          { name: 'waybill_no', category: 'logistics.waybill-number' },
          { name: 'recipient_name', category: 'identity.name' },
          { name: 'recipient_phone', category: 'contact.phone' },
        ],
      },
    ],
    interfaces: project.interfaces.map((id) => ({ id, kind: 'api', store: 'waybills', lookupKeys: ['recipient_phone'], returns: ['waybill_no', 'recipient_name', 'recipient_phone'], masked: [], trigger: 'none', rateLimit: 'none', logged: false })),
    roles: project.roles.map((id) => ({ id })),
    ...(project.accounts ? { accounts: project.accounts.map((a) => ({ type: 'personal', ...a })) } : {}),
  };
  const files: Record<string, string | Uint8Array> = { 'system.yaml': stringify(manifest) };
  for (const [name, content] of Object.entries(project.files)) files[`casbin/${name}`] = content;
  files['pipl-audit.yaml'] = stringify({
    version: 1,
    manifests: ['system.yaml'],
    sources: [{ type: 'casbin', path: project.path ?? 'casbin', ...(project.options ? { options: project.options } : {}), ...(project.mapping ? { mapping: project.mapping } : {}) }],
  });
  return tempDir(files);
}
