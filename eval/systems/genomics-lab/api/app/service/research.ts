import { Service } from 'egg';
import OSS from 'ali-oss';

export default class ResearchService extends Service {
  public async exportDataset(projectCode: string, reportType: string, operator: string) {
    // 数据集：位点 + 表型（问卷）+ 基本人口学信息，按合作方要求保留可回访字段
    const rows = await this.app.mysql.query(
      `SELECT r.kit_barcode, c.name, c.phone, c.gender, c.birth_date, c.province, c.city,
              r.report_type, r.variants_json, q.family_history, q.past_illness
         FROM genotype_report r
         JOIN customer c ON c.id = r.customer_id
         LEFT JOIN health_questionnaire q ON q.customer_id = r.customer_id
        WHERE r.report_type = ? AND r.status = 'published'`,
      [reportType],
    );
    const csv = ['kit_barcode,name,phone,gender,birth_date,province,city,report_type,variants,family_history,past_illness']
      .concat(rows.map((x: any) => [x.kit_barcode, x.name, x.phone, x.gender, x.birth_date, x.province, x.city, x.report_type, JSON.stringify(x.variants_json), x.family_history, x.past_illness].join(',')))
      .join('\n');
    const key = `datasets/${projectCode}/${Date.now()}.csv`;
    const oss = new OSS({
      region: this.config.biz.oss.region,
      bucket: 'hy-research-share',
      accessKeyId: process.env.OSS_AK as string,
      accessKeySecret: process.env.OSS_SK as string,
    });
    await oss.put(key, Buffer.from(csv, 'utf8'));
    await this.app.mysql.insert('research_export_log', { project_code: projectCode, report_type: reportType, rows: rows.length, oss_key: key, operator, exported_at: new Date() });
    return { rows: rows.length, url: `https://hy-research-share.oss-cn-shenzhen.aliyuncs.com/${key}` };
  }
}
