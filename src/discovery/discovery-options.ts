// The project-file options of PI discovery, shared by the database importers.
import { Type } from '@sinclair/typebox';
import { DEFAULT_SAMPLE_ROWS } from './discover-table.js';

export const DiscoveryOptionsSchema = Type.Object(
  {
    sampleRows: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 100000, description: `rows per table the dump's data is read for PI content (default ${DEFAULT_SAMPLE_ROWS}; 0: names and comments only). Values are checked, never kept: reports show counts and masked examples` }),
    ),
  },
  { additionalProperties: false, description: 'PI discovery: columns that look like PI by name, comment or content' },
);
