// Casbin access-control models (.conf) and policies (.csv), read with the real casbin package:
// the model's own matcher decides which mapped subject may read which manifest interface, and
// how widely (see load-casbin.ts and docs/sources/casbin.md).
import type { Importer } from '../importer.js';
import { CasbinOptionsSchema } from './casbin-limits.js';
import { groupCasbinFiles, isCasbinModel, isCasbinPolicy, isModelFile } from './casbin-files.js';
import { loadCasbinSource } from './load-casbin.js';
import { CasbinMappingSchema } from './mapping-schema.js';

export const casbinImporter = {
  format: 'casbin',
  title: 'Casbin model (.conf) and policy (.csv)',
  extensions: ['.conf', '.csv'],
  supplies: ['roles', 'accounts'],
  optionsSchema: CasbinOptionsSchema,
  mappingSchema: CasbinMappingSchema,
  detect(input) {
    return isModelFile(input) ? isCasbinModel(input) : isCasbinPolicy(input);
  },
  group: groupCasbinFiles,
  load: loadCasbinSource,
} satisfies Importer;
