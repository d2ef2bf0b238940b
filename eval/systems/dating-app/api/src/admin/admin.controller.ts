import { Controller, ForbiddenException, Get, NotFoundException, Param, ParseIntPipe, Query, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from '../entities/user.entity';
import { Message } from '../entities/message.entity';
import { AbuseReport } from '../entities/abuse-report.entity';
import { Roles } from '../common/roles.decorator';
import { RolesGuard } from '../common/roles.guard';

@Controller('admin')
@UseGuards(AuthGuard('jwt'), RolesGuard)
export class AdminController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Message) private readonly messages: Repository<Message>,
    @InjectRepository(AbuseReport) private readonly reports: Repository<AbuseReport>,
  ) {}

  // 用户查询：客服按手机号查用户。
  @Roles('cs', 'ops')
  @Get('users')
  search(@Query('phone') phone: string) {
    return this.users.find({ where: { phone }, take: 10 });
  }

  // 用户导出：运营按城市导出用户做活动邀约、渠道结算。
  @Roles('ops')
  @Get('users/export')
  export(@Query('city') city: string) {
    return this.users.find({
      where: { city },
      select: { id: true, nickname: true, phone: true, realName: true, idNumber: true, birthDate: true, gender: true, orientation: true, city: true },
    });
  }

  // 举报审核：审核员只能看被举报会话最近 50 条消息，且举报单须为待处理状态。
  @Roles('moderator')
  @Get('reports/:reportId/messages')
  async reported(@Param('reportId', ParseIntPipe) reportId: number) {
    const report = await this.reports.findOneBy({ id: reportId, status: 'open' });
    if (!report) throw new NotFoundException();
    return this.messages.find({ where: { conversationId: report.conversationId }, order: { sentAt: 'DESC' }, take: 50 });
  }

  // 会话抽查：安全组按会话 id 查看任意会话全部消息（“涉黄涉诈巡查”）。
  @Roles('moderator', 'ops')
  @Get('conversations/:id/messages')
  inspect(@Param('id', ParseIntPipe) id: number) {
    return this.messages.find({ where: { conversationId: id }, order: { sentAt: 'ASC' } });
  }
}
