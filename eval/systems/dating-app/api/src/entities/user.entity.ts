import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Column() nickname: string;
  @Column() phone: string;
  @Column({ name: 'real_name', nullable: true }) realName: string;
  @Column({ name: 'id_number', nullable: true }) idNumber: string;
  @Column({ name: 'birth_date' }) birthDate: string;
  @Column() gender: string;
  @Column({ name: 'seeking', nullable: true }) orientation: string;
  @Column({ nullable: true }) city: string;
  @Column({ type: 'double', nullable: true }) lat: number;
  @Column({ type: 'double', nullable: true }) lng: number;
  @Column({ nullable: true }) bio: string;
  @Column({ name: 'avatar_key', nullable: true }) avatarKey: string;
  @Column({ name: 'closed_at', nullable: true }) closedAt: Date;
}
