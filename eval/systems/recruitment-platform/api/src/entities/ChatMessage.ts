import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

@Entity('chat_message')
export class ChatMessage {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'company_id' }) companyId!: number;
  @Column({ name: 'candidate_id' }) candidateId!: number;
  @Column() content!: string;
  @Column({ name: 'sent_at' }) sentAt!: Date;
}
