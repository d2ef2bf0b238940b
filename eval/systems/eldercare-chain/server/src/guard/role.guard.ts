import { Guard, IGuard, getPropertyMetadata } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { ROLE_META_KEY } from '../decorator/role.decorator';

@Guard()
export class RoleGuard implements IGuard<Context> {
  async canActivate(context: Context, supplierClz, methodName: string): Promise<boolean> {
    const roles: string[] = getPropertyMetadata(ROLE_META_KEY, supplierClz, methodName);
    if (!roles || roles.length === 0) return true;
    const mine: string[] = context.state.user?.roles || [];
    return roles.some(r => mine.includes(r));
  }
}
