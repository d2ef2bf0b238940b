import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

/** 给药记录 MAR */
@Entity('medication_record')
export class MedicationRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'resident_id' })
  residentId: number;

  @Column({ name: 'ward_id' })
  wardId: number;

  @Column({ name: 'drug_name' })
  drugName: string;

  @Column()
  dose: string;

  @Column({ name: 'scheduled_at', type: 'datetime' })
  scheduledAt: Date;

  @Column({ name: 'given_at', type: 'datetime', nullable: true })
  givenAt: Date;

  @Column({ name: 'given_by', nullable: true })
  givenBy: string;

  /** given / refused / held / missed */
  @Column()
  outcome: string;

  @Column({ name: 'prescription_no', nullable: true })
  prescriptionNo: string;
}
