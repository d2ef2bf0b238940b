import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

/** 毫米波雷达跌倒/离床事件与夜间呼吸心率 */
@Entity('fall_event')
export class FallEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'device_sn' })
  deviceSn: string;

  @Column({ name: 'bed_id' })
  bedId: string;

  @Column({ name: 'resident_id', nullable: true })
  residentId: number;

  /** fall / out_of_bed / apnea / vitals */
  @Column({ name: 'event_type' })
  eventType: string;

  @Column({ name: 'heart_rate', nullable: true })
  heartRate: number;

  @Column({ name: 'breath_rate', nullable: true })
  breathRate: number;

  @Column({ name: 'occurred_at', type: 'datetime' })
  occurredAt: Date;

  @Column({ name: 'handled_by', nullable: true })
  handledBy: string;
}
