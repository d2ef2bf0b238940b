import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { User } from '../entities/user.entity';

// 注销账号 15 天冷静期后删除。
@Injectable()
export class PurgeClosedAccountsJob {
  private readonly log = new Logger(PurgeClosedAccountsJob.name);

  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @Cron('0 0 4 * * *')
  async purge() {
    const cutoff = new Date(Date.now() - 15 * 24 * 3600 * 1000);
    const { affected } = await this.users.delete({ closedAt: LessThan(cutoff) });
    this.log.log(`purged ${affected} closed accounts`);
  }
}
