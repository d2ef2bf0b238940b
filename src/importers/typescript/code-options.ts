// The project-file `options` and `mapping` of a `type: typescript` source.
import { Type, type Static } from '@sinclair/typebox';
import { Scope } from '../../inventory/manifest-schema.js';

const NameMap = (description: string) => Type.Record(Type.String(), Type.String(), { description });

export const CodeOptionsSchema = Type.Object(
  {
    tsconfig: Type.Optional(Type.String({ description: 'tsconfig.json whose files/include/exclude select the files (relative to the working directory)' })),
    include: Type.Optional(Type.Array(Type.String(), { description: 'glob patterns of the files to scan, e.g. src/**/*.ts' })),
    exclude: Type.Optional(Type.Array(Type.String(), { description: 'glob patterns of files to leave out (tests, generated code)' })),
    maxFileBytes: Type.Optional(Type.Integer({ minimum: 1024, description: 'files larger than this are skipped with a note (default 1 MB)' })),
    workers: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Literal('auto')], { description: 'worker threads for parsing; 0 parses in the main thread; auto (default) uses them on large trees when more than two cores are free' })),
    ownerFields: Type.Optional(Type.Array(Type.String(), { description: 'extra condition fields that tie a query or a CASL rule to the caller (e.g. stationCode); added to the built-in list; a CASL condition on one gives scope own' })),
    sqlDialect: Type.Optional(
      Type.Union([Type.Literal('MySQL'), Type.Literal('MariaDB'), Type.Literal('PostgreSQL'), Type.Literal('Sqlite'), Type.Literal('TransactSQL')], {
        description: 'dialect to parse SQL written in code in, whatever driver the code imports (default: the driver in use, else MySQL)',
      }),
    ),
    scopeFields: Type.Optional(
      Type.Record(Type.String(), Scope, {
        description: 'condition field → the scope a condition on it gives (e.g. { parentId: own, classId: assigned, outletId: unit }); wins over ownerFields and the built-in name patterns; any says the field ties nothing',
      }),
    ),
  },
  { additionalProperties: false },
);

export const CodeMappingSchema = Type.Object(
  {
    roles: Type.Optional(NameMap('role names in the code → manifest role ids (unmapped code roles become roles of their own)')),
    stores: Type.Optional(NameMap('resources, subjects, models, repositories, tables and collections named in the code → manifest store ids')),
    routes: Type.Optional(NameMap("routes ('GET /waybills/search' or '/waybills/search') → manifest interface ids")),
  },
  { additionalProperties: false },
);

export type CodeOptions = Static<typeof CodeOptionsSchema>;
export type CodeMapping = Static<typeof CodeMappingSchema>;
