import { Controller, Get, Param, ParseIntPipe, Query, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Conversation } from '../entities/conversation.entity';
import { Message } from '../entities/message.entity';
import { Caller } from '../auth/jwt.strategy';

@Controller('api/conversations')
@UseGuards(AuthGuard('jwt'))
export class ChatController {
  constructor(
    @InjectRepository(Conversation) private readonly conversations: Repository<Conversation>,
    @InjectRepository(Message) private readonly messages: Repository<Message>,
  ) {}

  // 我的会话列表
  @Get()
  mine(@Req() req: { user: Caller }) {
    return this.conversations.find({
      where: [{ userA: req.user.userId }, { userB: req.user.userId }],
      take: 100,
    });
  }

  // 会话消息（客户端按会话 id 拉取历史消息，分页）。
  @Get(':id/messages')
  history(@Param('id', ParseIntPipe) id: number, @Query('before') before?: string) {
    return this.messages.find({
      where: { conversationId: id },
      order: { sentAt: 'DESC' },
      take: 50,
    });
  }
}
