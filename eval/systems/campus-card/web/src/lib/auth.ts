import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { createHash } from 'crypto';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { account } from '@/db/schema';
import { loadStaff } from './staff';

/** 管理后台：统一身份认证账号 + 本地口令（bcrypt）。session.user.college 为 Casbin 域。 */
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  providers: [
    CredentialsProvider({
      name: 'staff',
      credentials: { username: {}, password: {} },
      async authorize(credentials) {
        if (!credentials?.username || !credentials.password) return null;
        const staff = await loadStaff(credentials.username);
        if (!staff || !staff.enabled) return null;
        const ok = await bcrypt.compare(credentials.password, staff.passwordHash);
        if (!ok) return null;
        return { id: staff.username, name: staff.displayName, college: staff.domain } as any;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) (token as any).college = (user as any).college;
      return token;
    },
    async session({ session, token }) {
      (session.user as any).college = (token as any).college;
      (session.user as any).username = token.sub;
      return session;
    },
  },
};

export async function hashStaffPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, 12);
}

// ---- 学生端（企业微信 / 校园 App H5）----

export interface StudentClaims {
  sub: string;        // 学号
  card: string;       // 卡号
  college: string;
}

/** 卡片查询密码：6 位数字，沿用旧一卡通系统的 sha256(盐+密码)。 */
export function hashQueryPassword(plain: string, salt: string): string {
  return createHash('sha256').update(salt + plain).digest('hex');
}

export async function checkQueryPassword(cardNo: string, plain: string): Promise<boolean> {
  const row = await db.query.account.findFirst({ where: eq(account.cardNo, cardNo), columns: { queryPwdHash: true } });
  if (!row?.queryPwdHash) return false;
  const [salt, hash] = row.queryPwdHash.split('$');
  return hashQueryPassword(plain, salt) === hash;
}

export function signStudentToken(claims: StudentClaims): string {
  // 学生端令牌 12 小时，过期后重新输入查询密码
  return jwt.sign(claims, process.env.STUDENT_JWT_SECRET as string, { expiresIn: '12h' });
}

export async function getUser(req: NextRequest): Promise<StudentClaims | null> {
  const header = req.headers.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  if (!token) return null;
  try {
    return jwt.verify(token, process.env.STUDENT_JWT_SECRET as string) as StudentClaims;
  } catch {
    return null;
  }
}
