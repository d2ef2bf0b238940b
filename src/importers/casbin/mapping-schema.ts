// The project-file `mapping:` of a Casbin source: which Casbin subjects are which manifest roles,
// and, per manifest interface, the concrete requests that stand for its records, so that the
// model's own matcher (asked through enforce()) decides how wide each subject's access is.
import { Type, type Static } from '@sinclair/typebox';
import { Action, Id } from '../../inventory/manifest-schema.js';

const closed = { additionalProperties: false } as const;
/** The manifest's actions (read, export …), from its schema. */
const ACTIONS = (Action as unknown as { enum: string[] }).enum;

const SubjectEntry = Type.Union([
  Id,
  Type.Object(
    {
      role: Id,
      domain: Type.Optional(Type.String({ description: 'the domain (tenant) to ask in, for models with `r = sub, dom, obj, act`' })),
    },
    closed,
  ),
], { description: 'the manifest role id, or { role, domain }' });

const InterfaceEntry = Type.Object(
  {
    object: Type.String({ description: 'a request object for ANOTHER person’s record, e.g. /api/waybills/by-phone/13800000000: allowed → scope any' }),
    unitObject: Type.Optional(Type.String({ description: 'a request object for a record of the holder’s own unit: allowed → scope unit' })),
    assignedObject: Type.Optional(Type.String({ description: 'a request object for a record assigned to the holder: allowed → scope assigned' })),
    ownObject: Type.Optional(Type.String({ description: 'a request object for the holder’s own record: allowed → scope own' })),
    action: Type.Optional(Type.String({ description: 'the Casbin action that reads the interface (shorthand for actions: { read: … })' })),
    actions: Type.Optional(
      Type.Object(Object.fromEntries(ACTIONS.map((a) => [a, Type.Optional(Type.String())])), {
        ...closed,
        description: 'manifest action → Casbin action, e.g. { read: GET, export: POST }',
      }),
    ),
  },
  { ...closed, description: 'requests that stand for this interface' },
);

export const CasbinMappingSchema = Type.Object(
  {
    subjects: Type.Optional(
      Type.Record(Type.String(), SubjectEntry, { description: 'Casbin subject (user or role name, as in the policy) → manifest role' }),
    ),
    domain: Type.Optional(Type.String({ description: 'default domain to ask in, for models whose requests carry a domain' })),
    domains: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Union([Type.Object({ unit: Type.String({ description: 'the unit (site, branch, community) the domain is' }) }, closed), Type.Literal('organization')]),
        {
          description:
            'RBAC with domains: each domain (tenant) users are assigned in → { unit: NAME } when a grant allowed in it reaches only that unit’s records (scope unit), or organization when it reaches the whole organisation’s records (scope organization). Users of every listed domain are imported; each subject is asked in the domains it is assigned in',
        },
      ),
    ),
    request: Type.Optional(
      Type.Record(Type.String(), Type.String(), { description: 'fixed values for any other request field of the model (by its name in request_definition)' }),
    ),
    interfaces: Type.Optional(Type.Record(Id, InterfaceEntry, { description: 'manifest interface id → the requests that stand for it' })),
  },
  { ...closed, description: 'ties Casbin subjects and objects to the manifest’s roles and interfaces' },
);

export type CasbinMapping = Static<typeof CasbinMappingSchema>;
export type CasbinInterfaceMapping = Static<typeof InterfaceEntry>;
