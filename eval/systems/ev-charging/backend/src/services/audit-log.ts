import winston from 'winston';

// 操作日志写入本地文件，由 filebeat 采集到 ELK（保留 90 天）
const logger = winston.createLogger({
  transports: [new winston.transports.File({ filename: '/var/log/diantu/audit.log' })],
});

export function audit(user: string, event: string, detail: Record<string, unknown> = {}) {
  logger.info({ user, event, time: new Date().toISOString(), ...detail });
}
