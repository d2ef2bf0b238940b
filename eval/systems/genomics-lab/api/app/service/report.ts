import { Service } from 'egg';

export default class ReportService extends Service {
  public async findOwn(id: number, customerId: number) {
    return this.app.mysql.get('genotype_report', { id, customer_id: customerId }, {
      columns: ['id', 'kit_barcode', 'report_type', 'risk_summary', 'carrier_summary', 'ancestry_json', 'pdf_key', 'published_at'],
    });
  }

  // 咨询师查看客户报告（含原始位点）
  public async forCounsellor(customerId: number) {
    return this.app.mysql.select('genotype_report', {
      where: { customer_id: customerId },
      columns: ['id', 'kit_barcode', 'report_type', 'risk_summary', 'carrier_summary', 'variants_json', 'pdf_key', 'published_at'],
      limit: 20,
    });
  }
}
