import { Entity, PrimaryGeneratedColumn, Column, CreateDateColumn } from 'typeorm';

@Entity('visit_booking')
export class VisitBooking {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'resident_id' })
  residentId: number;

  @Column({ name: 'guardian_user_id' })
  guardianUserId: string;

  @Column({ name: 'visitor_name' })
  visitorName: string;

  @Column({ name: 'visitor_phone' })
  visitorPhone: string;

  @Column({ name: 'visitor_count' })
  visitorCount: number;

  @Column({ name: 'visit_at', type: 'datetime' })
  visitAt: Date;

  @Column({ name: 'health_declaration', nullable: true })
  healthDeclaration: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
