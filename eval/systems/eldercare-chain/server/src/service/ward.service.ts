import { Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource } from 'typeorm';

@Provide()
export class WardService {
  @InjectDataSource()
  dataSource: DataSource;

  /** 排班表：当班护士/护理员才能看该病区给药单 */
  async canAccessWard(staffSub: string, wardId: number): Promise<boolean> {
    const rows = await this.dataSource.query(
      'SELECT 1 FROM duty_roster WHERE staff_sub = ? AND ward_id = ? AND duty_date = CURDATE() LIMIT 1',
      [staffSub, wardId]
    );
    return rows.length > 0;
  }
}
