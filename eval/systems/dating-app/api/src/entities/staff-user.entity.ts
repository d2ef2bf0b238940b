import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('staff_user')
export class StaffUser {
  @PrimaryGeneratedColumn() id: number;
  @Column() username: string;
  @Column({ name: 'password_md5' }) passwordMd5: string;
  @Column() role: string;
}
