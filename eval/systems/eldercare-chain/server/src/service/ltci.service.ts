import { Provide, Config } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource } from 'typeorm';
import { createHmac } from 'crypto';
import { decryptField } from '../util/crypto';

/**
 * 市医保局长期护理保险经办平台（定点护理机构结算接口 v2.1）。
 * 机构编码与签名密钥由医保局下发，存于 KMS，启动时注入环境变量。
 */
@Provide()
export class LtciService {
  @InjectDataSource()
  dataSource: DataSource;

  @Config('ltci')
  ltciConfig: { endpoint: string; orgCode: string };

  async submitMonth(claimMonth: string, homeId: number) {
    const rows = await this.dataSource.query(
      `SELECT c.id, c.claim_month, c.care_level, c.service_days, c.service_items, c.amount,
              r.name, r.id_card_no, r.ltci_card_no
         FROM ltci_claim c JOIN resident r ON r.id = c.resident_id
        WHERE c.claim_month = ? AND r.home_id = ? AND c.status = 'draft'`,
      [claimMonth, homeId]
    );
    const payload = rows.map(x => ({
      claimId: x.id,
      month: x.claim_month,
      insuredName: x.name,
      idCardNo: decryptField(x.id_card_no),
      ltciCardNo: decryptField(x.ltci_card_no),
      careLevel: x.care_level,
      serviceDays: x.service_days,
      items: JSON.parse(x.service_items),
      amount: x.amount,
    }));
    const body = JSON.stringify({ orgCode: this.ltciConfig.orgCode, claims: payload });
    const ts = Date.now().toString();
    const sign = createHmac('sha256', process.env.LTCI_SIGN_SECRET).update(ts + body).digest('hex');
    const res = await fetch(`${this.ltciConfig.endpoint}/ltc/settle/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-org-code': this.ltciConfig.orgCode, 'x-ts': ts, 'x-sign': sign },
      body,
    });
    const result = await res.json();
    for (const ack of result.accepted || []) {
      await this.dataSource.query(`UPDATE ltci_claim SET status = 'submitted', bureau_receipt_no = ? WHERE id = ?`, [ack.receiptNo, ack.claimId]);
    }
    return { submitted: (result.accepted || []).length, rejected: result.rejected || [] };
  }
}
