import { MidwayConfig } from '@midwayjs/core';
import { join } from 'path';

export default {
  keys: '1689932517330_yinian_care',
  koa: {
    port: 7001,
    globalPrefix: '/api',
  },
  // 业务库：阿里云 RDS MySQL 8.0（上海可用区）
  typeorm: {
    dataSource: {
      default: {
        type: 'mysql',
        host: 'rm-uf6yinian01.mysql.rds.aliyuncs.com',
        port: 3306,
        username: 'yinian_app',
        password: 'Yinian@2021',
        database: 'yinian_care',
        synchronize: false,
        logging: ['error'],
        entities: ['**/entity/*.entity{.ts,.js}'],
        timezone: '+08:00',
      },
    },
  },
  keycloak: {
    issuer: 'https://sso.yinian-care.example/realms/yinian-staff',
    familyIssuer: 'https://sso.yinian-care.example/realms/yinian-family',
    jwksUri: 'https://sso.yinian-care.example/realms/yinian-staff/protocol/openid-connect/certs',
    familyJwksUri: 'https://sso.yinian-care.example/realms/yinian-family/protocol/openid-connect/certs',
  },
  ltci: {
    endpoint: 'https://ltc.ybj.example.gov.cn/api',
    orgCode: 'H31011200457',
  },
  pharmacy: {
    host: 'sftp.renhe-pharmacy.example',
    port: 22,
    username: 'yinian_rx',
    privateKeyPath: join(__dirname, '../../keys/renhe_rx_ed25519'),
    remoteDir: '/inbox/yinian',
  },
  midwayLogger: {
    default: {
      dir: '/data/logs/yinian-care',
      maxFiles: '30d',
    },
  },
} as MidwayConfig;
