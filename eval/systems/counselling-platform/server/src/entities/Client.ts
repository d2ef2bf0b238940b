import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// 来访者（小程序注册用户；EAP 员工也在此表，company_id 非空）
@Entity('clients')
export class Client {
  @PrimaryGeneratedColumn() id: number;
  @Column() name: string;
  @Column() phone: string;
  @Column({ name: 'birth_date', type: 'date', nullable: true }) birthDate: string;
  @Column({ nullable: true }) gender: string;
  @Column({ name: 'id_card_no', nullable: true }) idCardNo: string;
  @Column({ name: 'emergency_contact_name', nullable: true }) emergencyContactName: string;
  @Column({ name: 'emergency_contact_phone', nullable: true }) emergencyContactPhone: string;
  @Column({ name: 'risk_level', default: 0 }) riskLevel: number;
  @Column({ name: 'company_id', nullable: true }) companyId: number;
  @Column({ name: 'guardian_phone', nullable: true }) guardianPhone: string;
  @Column({ default: 'active' }) status: string;
  @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
}
