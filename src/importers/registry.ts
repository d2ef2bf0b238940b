// The importers pipl-audit knows, in the order detection tries them.
import type { Importer } from './importer.js';
import { casbinImporter } from './casbin/index.js';
import { cloudPolicyImporter } from './cloud-policy/index.js';
import { hrRosterImporter } from './hr-roster/index.js';
import { jeecgImporter } from './jeecg/index.js';
import { keycloakImporter } from './keycloak/index.js';
import { nativeManifestImporter } from './native-manifest/index.js';
import { mysqlImporter } from './mysql/index.js';
import { postgresqlImporter } from './postgresql/index.js';
import { typescriptImporter } from './typescript/index.js';

export const IMPORTERS: readonly Importer[] = [nativeManifestImporter, keycloakImporter, casbinImporter, jeecgImporter, postgresqlImporter, mysqlImporter, typescriptImporter, cloudPolicyImporter, hrRosterImporter];
