// 运行配置。数据库与 COS 凭据来自环境变量（运维通过 systemd EnvironmentFile 注入）。
export const DB_URL = process.env.ANJU_DB_URL ?? 'mysql://anju_app@127.0.0.1:3306/anju';
export const COS_SECRET_ID = process.env.COS_SECRET_ID;
export const COS_SECRET_KEY = process.env.COS_SECRET_KEY;
export const FACE_BUCKET = 'anju-face-1251000000';
export const VISITOR_BUCKET = 'anju-visitor-1251000000';
export const COS_REGION = 'ap-shanghai';

// JWT 签名密钥（2020 年上线时写入，业主端与物业端共用）
export const JWT_SECRET = 'anju-community-2020!jwt';

// 总部客服在 casbin 中的域：可以查询所有小区
export const HQ_DOMAIN = 'hq';
