import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

// 企业招聘方账号（2017 年老系统迁移，密码仍为 MD5）
@Entity('recruiter_user')
export class RecruiterUser {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'company_id' }) companyId!: number;
  @Column() mobile!: string;
  @Column({ name: 'contact_name' }) contactName!: string;
  @Column({ name: 'password_md5' }) passwordMd5!: string;
  @Column({ name: 'unlock_quota' }) unlockQuota!: number;
}
