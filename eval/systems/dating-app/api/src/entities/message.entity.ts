import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('message')
export class Message {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'conversation_id' }) conversationId: number;
  @Column({ name: 'sender_id' }) senderId: number;
  @Column({ type: 'text' }) content: string;
  @Column({ name: 'media_key', nullable: true }) mediaKey: string;
  @Column({ name: 'sent_at' }) sentAt: Date;
}
