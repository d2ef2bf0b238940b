import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '../prisma.service';

@Injectable()
export class ReportsService {
  constructor(private readonly prisma: PrismaService) {}

  listForPatient(patientId: string) {
    return this.prisma.labReport.findMany({
      where: { patientId },
      select: { reportNo: true, itemName: true, reportedAt: true, abnormal: true },
      orderBy: { reportedAt: 'desc' },
      take: 50,
    });
  }

  async findByReportNo(reportNo: string) {
    const report = await this.prisma.labReport.findUnique({
      where: { reportNo },
      include: { items: true, patient: { select: { name: true, gender: true, birthDate: true, cardNo: true } } },
    });
    if (!report) throw new NotFoundException();
    return report;
  }
}
