import { Service } from 'egg';
import OSS from 'ali-oss';

export default class NiptService extends Service {
  public async reportBySampleNo(sampleNo: string) {
    const row = await this.app.mysql.get('nipt_case', { sample_no: sampleNo }, {
      columns: ['sample_no', 'hospital_code', 'patient_name', 'patient_id_no', 'patient_phone', 'gestational_week', 't21_risk', 't18_risk', 't13_risk', 'result_conclusion', 'report_pdf_key'],
    });
    if (!row) return null;
    const oss = new OSS({
      region: this.config.biz.oss.region,
      bucket: this.config.biz.oss.reportBucket,
      accessKeyId: process.env.OSS_AK as string,
      accessKeySecret: process.env.OSS_SK as string,
      internal: this.config.biz.oss.internal,
    });
    return { ...row, pdfUrl: oss.signatureUrl(row.report_pdf_key, { expires: 7 * 24 * 3600 }) };
  }
}
