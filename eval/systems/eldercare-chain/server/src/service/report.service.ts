import { Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource } from 'typeorm';

const OCCUPANCY_SQL = `
SELECT home_id, COUNT(*) AS residents, SUM(care_level IN ('三级','四级')) AS high_care
  FROM resident
 WHERE status = 'in_care'
 GROUP BY home_id`;

const RESIDENT_SHEET_SQL = `
SELECT r.id, r.name, r.gender, r.birth_date, r.home_id, r.care_level, r.diagnosis, r.status,
       r.admitted_on, r.discharged_on, a.ability_level, a.dementia_stage,
       (SELECT COUNT(*) FROM fall_event f WHERE f.resident_id = r.id AND f.event_type = 'fall'
           AND DATE_FORMAT(f.occurred_at, '%Y-%m') = ?) AS falls
  FROM resident r
  LEFT JOIN ability_assessment a ON a.resident_id = r.id
 WHERE r.status IN ('in_care', 'home_care') OR DATE_FORMAT(r.discharged_on, '%Y-%m') = ?`;

@Provide()
export class ReportService {
  @InjectDataSource()
  dataSource: DataSource;

  /** 集团（香港）月度经营数据包：入住率 + 长者明细（跌倒、失智、护理等级） */
  async monthlyOps(month: string) {
    const occupancy = await this.dataSource.query(OCCUPANCY_SQL);
    const residents = await this.dataSource.query(RESIDENT_SHEET_SQL, [month, month]);
    return { month, occupancy, residents };
  }
}
