import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

/** 房间摄像头（家属“云探视”直播） */
@Entity('room_camera')
export class RoomCamera {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'room_id' })
  roomId: number;

  @Column({ name: 'home_id' })
  homeId: number;

  @Column({ name: 'beds_in_room' })
  bedsInRoom: number;

  @Column({ name: 'stream_url' })
  streamUrl: string;

  @Column({ name: 'nvr_channel' })
  nvrChannel: string;
}
