import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

/** 老年人能力评估（GB/T 42195-2022）及认知筛查 */
@Entity('ability_assessment')
export class AbilityAssessment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'resident_id' })
  residentId: number;

  @Column({ name: 'home_id' })
  homeId: number;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Column({ name: 'adl_score' })
  adlScore: number;

  @Column({ name: 'cognition_score' })
  cognitionScore: number;

  @Column({ name: 'mmse_score', nullable: true })
  mmseScore: number;

  @Column({ name: 'dementia_stage', nullable: true })
  dementiaStage: string;

  @Column({ name: 'mental_state', nullable: true })
  mentalState: string;

  /** 能力等级 0-4 */
  @Column({ name: 'ability_level' })
  abilityLevel: number;

  @Column()
  assessor: string;
}
