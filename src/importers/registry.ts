// The importers pipl-audit knows, in the order detection tries them. RuoYi comes before MySQL:
// a RuoYi dump is a MySQL dump, read for its application tables rather than its grants.
import type { Importer } from './importer.js';
import { casbinImporter } from './casbin/index.js';
import { cloudPolicyImporter } from './cloud-policy/index.js';
import { hrRosterImporter } from './hr-roster/index.js';
import { jeecgImporter } from './jeecg/index.js';
import { keycloakImporter } from './keycloak/index.js';
import { nativeManifestImporter } from './native-manifest/index.js';
import { mysqlImporter } from './mysql/index.js';
import { mysqlDumpImporter } from './mysql-dump/index.js';
import { postgresqlImporter } from './postgresql/index.js';
import { ruoyiImporter } from './ruoyi/index.js';
import { typescriptImporter } from './typescript/index.js';

export const IMPORTERS: readonly Importer[] = [nativeManifestImporter, keycloakImporter, casbinImporter, jeecgImporter, postgresqlImporter, ruoyiImporter, mysqlImporter, mysqlDumpImporter, typescriptImporter, cloudPolicyImporter, hrRosterImporter];
