import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('appointments')
export class Appointment {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'client_id' }) clientId: number;
  @Column({ name: 'counselor_id' }) counselorId: number;
  @Column({ name: 'start_at', type: 'datetime' }) startAt: Date;
  @Column() mode: string;
  @Column() status: string;
  @Column({ name: 'recording_key', nullable: true }) recordingKey: string;
}
