import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

@Entity('resume')
export class Resume {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'candidate_id' }) candidateId!: number;
  @Column({ name: 'real_name' }) realName!: string;
  @Column() phone!: string;
  @Column() email!: string;
  @Column({ name: 'id_card_no', nullable: true }) idCardNo?: string;
  @Column({ name: 'birth_date' }) birthDate!: string;
  @Column() city!: string;
  @Column({ name: 'education_json', type: 'json' }) education!: unknown;
  @Column({ name: 'work_json', type: 'json' }) work!: unknown;
  @Column({ name: 'expected_salary' }) expectedSalary!: string;
  @Column({ name: 'is_public' }) isPublic!: boolean;
  @Column({ name: 'last_active_at' }) lastActiveAt!: Date;
}
