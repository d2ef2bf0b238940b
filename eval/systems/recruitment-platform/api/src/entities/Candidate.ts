import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

@Entity('candidate')
export class Candidate {
  @PrimaryGeneratedColumn() id!: number;
  @Column() mobile!: string;
  @Column({ name: 'password_hash' }) passwordHash!: string;
}
