import { ChargingSession, Vehicle } from '../models';

export async function listOwnSessions(userId: number, page: number) {
  return ChargingSession.findAll({
    where: { userId },
    order: [['startedAt', 'DESC']],
    limit: 20,
    offset: (page - 1) * 20,
  });
}

export async function getSession(id: string) {
  return ChargingSession.findByPk(id);
}

export async function sessionsForOperator(operatorId: number, from: string, to: string) {
  return ChargingSession.findAll({
    where: { operatorId },
    attributes: ['id', 'stationId', 'connectorNo', 'plateNo', 'startedAt', 'endedAt', 'kwh', 'amount'],
    limit: 500,
  });
}

export async function sessionsByPlate(plateNo: string) {
  return ChargingSession.findAll({ where: { plateNo }, order: [['startedAt', 'DESC']], limit: 100 });
}

export async function vehiclesOf(userId: number) {
  return Vehicle.findAll({ where: { userId } });
}
