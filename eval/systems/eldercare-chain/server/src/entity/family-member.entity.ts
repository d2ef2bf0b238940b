import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';
import { encryptedColumn } from '../util/crypto';

/** 家属（监护人/紧急联系人），与家属 App 账号绑定 */
@Entity('family_member')
export class FamilyMember {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'resident_id' })
  residentId: number;

  /** yinian-family realm 用户 sub */
  @Column({ name: 'guardian_user_id', nullable: true })
  guardianUserId: string;

  @Column()
  name: string;

  @Column()
  relation: string;

  @Column()
  phone: string;

  @Column({ name: 'id_card_no', transformer: encryptedColumn })
  idCardNo: string;

  @Column({ name: 'is_guardian', default: false })
  isGuardian: boolean;

  @Column({ name: 'can_view_video', default: false })
  canViewVideo: boolean;
}
