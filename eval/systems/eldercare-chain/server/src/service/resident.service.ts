import { Provide } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Repository, Like } from 'typeorm';
import { Resident } from '../entity/resident.entity';

@Provide()
export class ResidentService {
  @InjectEntityModel(Resident)
  residentModel: Repository<Resident>;

  /** 前台/护理站“长者查询”：姓名、身份证号或电话均可 */
  async search(keyword: string) {
    return this.residentModel.find({
      where: [
        { name: Like(`%${keyword}%`) },
        { idCardNo: keyword },
        { phone: Like(`%${keyword}%`) },
      ],
      order: { homeId: 'ASC', roomNo: 'ASC' },
    });
  }

  async admit(data: Partial<Resident>) {
    const r = this.residentModel.create({ ...data, status: 'in_care' });
    return this.residentModel.save(r);
  }
}
