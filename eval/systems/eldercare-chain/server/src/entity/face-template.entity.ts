import { Entity, PrimaryGeneratedColumn, Column, CreateDateColumn } from 'typeorm';

/** 门禁人脸底库：长者、员工、登记家属 */
@Entity('face_template')
export class FaceTemplate {
  @PrimaryGeneratedColumn()
  id: number;

  /** resident / staff / family */
  @Column({ name: 'person_type' })
  personType: string;

  @Column({ name: 'person_ref' })
  personRef: string;

  @Column({ name: 'person_name' })
  personName: string;

  @Column({ name: 'home_id' })
  homeId: number;

  /** 注册照片（OSS 路径） */
  @Column({ name: 'photo_path' })
  photoPath: string;

  @Column({ type: 'blob' })
  feature: Buffer;

  @CreateDateColumn({ name: 'enrolled_at' })
  enrolledAt: Date;
}
