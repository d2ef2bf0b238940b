import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// 咨询记录（每次会谈后咨询师填写：主诉、评估、干预、计划）
@Entity('session_notes')
export class SessionNote {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'client_id' }) clientId: number;
  @Column({ name: 'counselor_id' }) counselorId: number;
  @Column({ name: 'appointment_id' }) appointmentId: number;
  @Column({ name: 'chief_complaint', type: 'text' }) chiefComplaint: string;
  @Column({ name: 'content_enc', type: 'text' }) contentEnc: string;
  @Column({ name: 'risk_flag', default: false }) riskFlag: boolean;
  @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
}
