import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

export interface PortalUser {
  patientId: string;
  openId: string;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKey: process.env.PORTAL_JWT_SECRET,
    });
  }

  async validate(payload: { sub: string; oid: string }): Promise<PortalUser> {
    return { patientId: payload.sub, openId: payload.oid };
  }
}
