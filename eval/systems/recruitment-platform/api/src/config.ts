// 运行配置：生产环境由 K8s Secret 注入环境变量
export const JWT_SECRET = process.env.JWT_SECRET || 'caipin@2019#jwt-sign';
export const RECRUITER_TOKEN_TTL = '30d';
export const CANDIDATE_TOKEN_TTL = '2h';
