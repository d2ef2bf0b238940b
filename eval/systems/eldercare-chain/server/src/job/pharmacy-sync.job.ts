import * as cron from 'node-cron';
import * as SftpClient from 'ssh2-sftp-client';
import { readFileSync } from 'fs';
import { IMidwayContainer, MidwayConfigService } from '@midwayjs/core';
import { TypeORMDataSourceManager } from '@midwayjs/typeorm';

/** 每晚 21:30 把次日需配的长期医嘱推给签约药房（仁和大药房）做分包配药 */
export function startPharmacySync(container: IMidwayContainer) {
  cron.schedule('30 21 * * *', async () => {
    const cfg = (await container.getAsync(MidwayConfigService)).getConfiguration('pharmacy');
    const ds = (await container.getAsync(TypeORMDataSourceManager)).getDataSource('default');
    const rows = await ds.query(
      `SELECT m.prescription_no, r.name, r.gender, r.birth_date, r.home_id, r.room_no, r.bed_no, r.allergies,
              m.drug_name, m.dose, m.scheduled_at
         FROM medication_record m JOIN resident r ON r.id = m.resident_id
        WHERE m.scheduled_at >= CURDATE() + INTERVAL 1 DAY AND m.scheduled_at < CURDATE() + INTERVAL 2 DAY`
    );
    const header = 'prescription_no,name,gender,birth_date,home_id,room_no,bed_no,allergies,drug_name,dose,scheduled_at';
    const csv = [header, ...rows.map(x => Object.values(x).join(','))].join('\n');
    const sftp = new SftpClient();
    await sftp.connect({ host: cfg.host, port: cfg.port, username: cfg.username, privateKey: readFileSync(cfg.privateKeyPath) });
    await sftp.put(Buffer.from(csv, 'utf8'), `${cfg.remoteDir}/rx_${new Date().toISOString().slice(0, 10)}.csv`);
    await sftp.end();
  });
}
