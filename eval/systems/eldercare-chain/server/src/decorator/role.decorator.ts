import { savePropertyMetadata } from '@midwayjs/core';

export const ROLE_META_KEY = 'decorator:role_key';

/** 与 Keycloak realm 角色同名 */
export function Role(roles: string[]): MethodDecorator {
  return (target, propertyKey) => {
    savePropertyMetadata(ROLE_META_KEY, roles, target, propertyKey);
  };
}
