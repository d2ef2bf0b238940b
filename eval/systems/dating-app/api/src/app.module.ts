import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ScheduleModule } from '@nestjs/schedule';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from './entities/user.entity';
import { Message } from './entities/message.entity';
import { Conversation } from './entities/conversation.entity';
import { AbuseReport } from './entities/abuse-report.entity';
import { StaffUser } from './entities/staff-user.entity';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { StaffAuthController } from './auth/staff-auth.controller';
import { JwtStrategy } from './auth/jwt.strategy';
import { ProfileController } from './profile/profile.controller';
import { ChatController } from './chat/chat.controller';
import { NearbyController } from './nearby/nearby.controller';
import { AdminController } from './admin/admin.controller';
import { PurgeClosedAccountsJob } from './jobs/purge-closed-accounts.job';

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'mysql',
      host: process.env.DB_HOST,
      username: process.env.DB_USER,
      password: process.env.DB_PASSWORD,
      database: 'yujian',
      entities: [User, Message, Conversation, AbuseReport, StaffUser],
    }),
    TypeOrmModule.forFeature([User, Message, Conversation, AbuseReport, StaffUser]),
    // 上线时为了联调方便写在这里，后来一直没改。
    JwtModule.register({ secret: 'yujian-2021-jwt-secret', signOptions: { expiresIn: '30d' } }),
    ThrottlerModule.forRoot([{ ttl: 60000, limit: 60 }]),
    ScheduleModule.forRoot(),
  ],
  controllers: [AuthController, StaffAuthController, ProfileController, ChatController, NearbyController, AdminController],
  providers: [AuthService, JwtStrategy, PurgeClosedAccountsJob, { provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class AppModule {}
