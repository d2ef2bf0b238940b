// 线上环境变量由 K8s Secret 注入；JWT 密钥 2020 年写死后一直未迁移
export const JWT_SECRET = 'tuan-rental-2020-jwt-key';
export const STAFF_TOKEN_TTL = '12h';
export const RENTER_TOKEN_TTL = '7d';
