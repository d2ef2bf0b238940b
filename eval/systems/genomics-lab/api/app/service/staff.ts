import { Service } from 'egg';
import * as crypto from 'crypto';

const RESET_PASSWORD = 'Hy123456';

export default class StaffService extends Service {
  private hash(password: string, salt: string) {
    return crypto.createHash('md5').update(password + salt).digest('hex');
  }

  public async verify(username: string, password: string) {
    const user = await this.app.mysql.get('staff_user', { username, status: 1 });
    if (!user) return null;
    if (user.password !== this.hash(password, user.salt)) return null;
    await this.app.mysql.update('staff_user', { id: user.id, last_login_at: new Date(), last_login_ip: this.ctx.ip });
    return user;
  }

  public async list() {
    return this.app.mysql.select('staff_user', {
      columns: ['id', 'username', 'real_name', 'dept', 'roles', 'status', 'last_login_at'],
      orders: [['id', 'asc']],
    });
  }

  public async create(row: { username: string; real_name: string; dept: string; roles: string; phone: string }) {
    const salt = crypto.randomBytes(4).toString('hex');
    return this.app.mysql.insert('staff_user', { ...row, salt, password: this.hash(RESET_PASSWORD, salt), status: 1, created_at: new Date() });
  }

  // 重置为初始密码，员工首次登录“建议”修改（未强制）
  public async resetPassword(id: number) {
    const salt = crypto.randomBytes(4).toString('hex');
    return this.app.mysql.update('staff_user', { id, salt, password: this.hash(RESET_PASSWORD, salt) });
  }

  public async disable(id: number) {
    return this.app.mysql.update('staff_user', { id, status: 0 });
  }
}
