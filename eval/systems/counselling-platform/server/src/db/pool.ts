import mysql from 'mysql2/promise';

// 报表与导出走原生 SQL（只读从库）
export const pool = mysql.createPool({
  uri: process.env.DATABASE_RO_URL ?? process.env.DATABASE_URL,
  connectionLimit: 10,
  dateStrings: true,
});
