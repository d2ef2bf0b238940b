import { Entity, PrimaryGeneratedColumn, Column, CreateDateColumn } from 'typeorm';
import { encryptedColumn } from '../util/crypto';

/** 在院/居家长者档案 */
@Entity('resident')
export class Resident {
  @PrimaryGeneratedColumn()
  id: number;

  /** 1 松鹤苑 2 枫林苑 3 湖畔苑 9 居家服务中心 */
  @Column({ name: 'home_id' })
  homeId: number;

  @Column({ name: 'ward_id', nullable: true })
  wardId: number;

  @Column({ name: 'room_no', nullable: true })
  roomNo: string;

  @Column({ name: 'bed_no', nullable: true })
  bedNo: string;

  @Column()
  name: string;

  @Column()
  gender: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ name: 'id_card_no', transformer: encryptedColumn })
  idCardNo: string;

  @Column({ nullable: true })
  phone: string;

  @Column({ name: 'home_address', nullable: true })
  homeAddress: string;

  @Column({ name: 'ltci_card_no', nullable: true, transformer: encryptedColumn })
  ltciCardNo: string;

  @Column({ name: 'care_level' })
  careLevel: string;

  @Column({ type: 'text', nullable: true })
  diagnosis: string;

  @Column({ nullable: true })
  allergies: string;

  @Column({ name: 'diet_notes', nullable: true })
  dietNotes: string;

  @Column({ name: 'admitted_on', type: 'date' })
  admittedOn: string;

  @Column({ name: 'discharged_on', type: 'date', nullable: true })
  dischargedOn: string;

  /** in_care / home_care / discharged / deceased */
  @Column()
  status: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
