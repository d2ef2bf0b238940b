import { Service } from 'egg';

export default class CustomerService extends Service {
  public async findOrCreateByPhone(phone: string) {
    const found = await this.app.mysql.get('customer', { phone });
    if (found) return found;
    const r = await this.app.mysql.insert('customer', { phone, status: 'active', created_at: new Date() });
    return { id: r.insertId, phone };
  }

  // 注销账号：按《用户协议》第 9 条处理。检测数据“用于质量控制与科研”继续保留
  public async cancel(customerId: number) {
    await this.app.mysql.update('customer', {
      id: customerId,
      status: 'cancelled',
      cancelled_at: new Date(),
    });
    await this.app.redis.del(`consumer:session:${customerId}`);
  }

  // 咨询师按手机号 / 姓名查客户
  public async search(keyword: string) {
    const where = /^1\d{10}$/.test(keyword) ? { phone: keyword } : { name: keyword };
    return this.app.mysql.select('customer', {
      where,
      columns: ['id', 'name', 'phone', 'gender', 'birth_date', 'province', 'city', 'created_at'],
      limit: 20,
    });
  }
}
