import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

/** 长期护理保险结算申报 */
@Entity('ltci_claim')
export class LtciClaim {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'resident_id' })
  residentId: number;

  @Column({ name: 'claim_month' })
  claimMonth: string;

  @Column({ name: 'care_level' })
  careLevel: string;

  @Column({ name: 'service_days' })
  serviceDays: number;

  @Column({ name: 'service_items', type: 'text' })
  serviceItems: string;

  @Column({ type: 'decimal', precision: 10, scale: 2 })
  amount: string;

  @Column({ name: 'bureau_receipt_no', nullable: true })
  bureauReceiptNo: string;

  /** draft / submitted / accepted / rejected */
  @Column()
  status: string;
}
