import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

@Entity('job_application')
export class Application {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'job_id' }) jobId!: number;
  @Column({ name: 'company_id' }) companyId!: number;
  @Column({ name: 'resume_id' }) resumeId!: number;
  @Column({ name: 'candidate_name' }) candidateName!: string;
  @Column({ name: 'candidate_phone' }) candidatePhone!: string;
  @Column() status!: string;
  @Column({ name: 'applied_at' }) appliedAt!: Date;
}
