import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// 心理测评（PHQ-9 抑郁、GAD-7 焦虑、SCL-90），第 9 题为自伤意念
@Entity('assessments')
export class Assessment {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'client_id' }) clientId: number;
  @Column() scale: string;
  @Column({ type: 'json' }) answers: unknown;
  @Column() score: number;
  @Column({ name: 'risk_level' }) riskLevel: number;
  @Column({ nullable: true }) conclusion: string;
  @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
}
