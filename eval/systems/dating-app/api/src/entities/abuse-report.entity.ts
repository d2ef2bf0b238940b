import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('abuse_report')
export class AbuseReport {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'reporter_id' }) reporterId: number;
  @Column({ name: 'conversation_id' }) conversationId: number;
  @Column() reason: string;
  @Column() status: string;
}
