import pino from 'pino';

// 审计日志：单独写入阿里云 SLS（日志库 xinyu-audit，180 天，只追加）
export const auditLogger = pino({ name: 'audit' }, pino.destination(process.env.AUDIT_LOG_PATH ?? '/var/log/xinyu/audit.log'));
