// The project-file mapping shared by the database importers: which tables (and columns) are
// which manifest stores (and fields), and which logins are which manifest accounts or roles and
// whether an application or a person uses them.
import { Type, type Static } from '@sinclair/typebox';
import { Id } from '../../inventory/manifest-schema.js';

const TableMapping = Type.Object(
  {
    store: Id,
    columns: Type.Optional(
      Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()]), {
        description: 'column → field of the store; null: the column holds no PI. Unlisted columns map to the field of the same name',
      }),
    ),
  },
  { additionalProperties: false },
);

const LoginMapping = Type.Object(
  {
    account: Type.Optional(Id),
    role: Type.Optional(Type.String({ description: 'the manifest role whose grants the login should stay within (default: the account’s roles)' })),
    usedBy: Type.Optional(Type.Unsafe<'application' | 'person'>({ type: 'string', enum: ['application', 'person'], description: 'who logs in with it' })),
  },
  { additionalProperties: false },
);

export const DatabaseMappingSchema = Type.Object(
  {
    tables: Type.Optional(Type.Record(Type.String(), TableMapping, { description: 'schema.table (PostgreSQL) or db.table (MySQL) → store' })),
    logins: Type.Optional(
      Type.Record(Type.String(), LoginMapping, { description: "login name (PostgreSQL), user@host or user (MySQL; user alone matches every host) → account, role, usedBy" }),
    ),
  },
  { additionalProperties: false },
);

export type DatabaseMapping = Static<typeof DatabaseMappingSchema>;
export type LoginMappingEntry = Static<typeof LoginMapping>;
