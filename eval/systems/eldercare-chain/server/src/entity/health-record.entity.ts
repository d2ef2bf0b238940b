import { Entity, PrimaryGeneratedColumn, Column, CreateDateColumn } from 'typeorm';

/** 健康档案：体征、病情记录、就医转诊 */
@Entity('health_record')
export class HealthRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'resident_id' })
  residentId: number;

  @Column({ name: 'home_id' })
  homeId: number;

  @Column({ name: 'record_type' })
  recordType: string;

  @Column({ name: 'blood_pressure', nullable: true })
  bloodPressure: string;

  @Column({ name: 'blood_glucose', nullable: true })
  bloodGlucose: string;

  @Column({ nullable: true })
  temperature: string;

  @Column({ type: 'text', nullable: true })
  diagnosis: string;

  @Column({ type: 'text', nullable: true })
  notes: string;

  @Column({ name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ name: 'recorded_at' })
  recordedAt: Date;
}
