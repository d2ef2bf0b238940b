import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// 咨询师、客服、督导、EAP 企业 HR、运营管理员共用此表
@Entity('staff')
export class Staff {
  @PrimaryGeneratedColumn() id: number;
  @Column() username: string;
  @Column({ name: 'display_name' }) displayName: string;
  @Column({ name: 'password_hash' }) passwordHash: string;
  @Column() role: string;
  @Column({ name: 'company_id', nullable: true }) companyId: number;
  @Column({ nullable: true }) phone: string;
  @Column({ default: true }) enabled: boolean;
}
