import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ScheduleModule } from '@nestjs/schedule';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { PrismaService } from './common/prisma.service';
import { JwtStrategy } from './auth/jwt.strategy';
import { AuthController } from './auth/auth.controller';
import { AddressController } from './customer/address.controller';
import { TrackingController } from './customer/tracking.controller';
import { MerchantOrderController } from './merchant/merchant-order.controller';
import { RiderController } from './rider/rider.controller';
import { CsController } from './admin/cs.controller';
import { OpsController } from './admin/ops.controller';
import { CleanupService } from './jobs/cleanup.service';

@Module({
  imports: [
    ThrottlerModule.forRoot([{ ttl: 60000, limit: 120 }]),
    ScheduleModule.forRoot(),
    JwtModule.register({
      secret: process.env.JWT_SECRET || 'fandian-2022-jwt-secret',
      signOptions: { expiresIn: '30d' },
    }),
  ],
  controllers: [AuthController, AddressController, TrackingController, MerchantOrderController, RiderController, CsController, OpsController],
  providers: [PrismaService, JwtStrategy, CleanupService, { provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class AppModule {}
