import { Router } from 'express';
import { pool } from '../data-source';

export const adminRouter = Router();

// 运营导出：按更新时间导出活跃简历，供渠道运营和 BI 使用（每周一由运营下载后上传 BI 桶）
adminRouter.get('/resumes/export', async (req, res) => {
  const [rows] = await pool.query(
    `SELECT r.id, r.real_name, r.phone, r.email, r.id_card_no, r.birth_date, r.city, r.expected_salary, r.work_json
       FROM resume r
      WHERE r.updated_at >= ?`,
    [req.query.since],
  );
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', 'attachment; filename="resume_active.csv"');
  res.send(toCsv(rows as any[]));
});

function toCsv(rows: any[]): string {
  if (rows.length === 0) return '';
  const head = Object.keys(rows[0]);
  return [head.join(','), ...rows.map((r) => head.map((h) => JSON.stringify(r[h] ?? '')).join(','))].join('\n');
}
