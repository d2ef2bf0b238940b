import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

export interface Caller { userId: number; role?: string }

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'yujian-2021-jwt-secret' });
  }

  validate(payload: { sub: number; role?: string }): Caller {
    return { userId: payload.sub, role: payload.role };
  }
}
