import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('conversation')
export class Conversation {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'user_a' }) userA: number;
  @Column({ name: 'user_b' }) userB: number;
  @Column({ name: 'matched_at' }) matchedAt: Date;
}
