// 运行配置：生产环境由 K8s Secret 注入环境变量。
export const PORT = Number(process.env.PORT || 8080);
export const JWT_SECRET = process.env.JWT_SECRET as string;
export const APP_TOKEN_TTL = '90d';          // App 端免登录 90 天（产品要求）
export const STAFF_TOKEN_TTL = '8h';
export const DATABASE_URL = process.env.DATABASE_URL || 'postgres://diantu:diantu@127.0.0.1:5432/diantu';
export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379/0';
// 身份证号字段加密密钥（2022 年车队司机实名上线时写入，尚未迁移到 KMS）
export const FIELD_KEY = 'dT9#vK2m!Qp7sX4wZr8bN3cF6hJ1eL5a';
export const FIELD_IV = 'diantu-iv-16byte';
