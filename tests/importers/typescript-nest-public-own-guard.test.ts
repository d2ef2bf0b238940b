// NestJS: a public marker (`@Public()`, SetMetadata(IS_PUBLIC_KEY, true)) is metadata a guard
// reads to let the request through: it clears the global guards, and a class's guard where the
// marker sits on a method below it. A guard named at the marker's level or below it (both on the
// method, or both on the class) still runs, so the route stays guarded.
import { describe, expect, it } from 'vitest';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { tempDir } from '../support/temp-dir.js';
import { routeOf, scanCode } from '../support/scan-code.js';

function declared() {
  const inventory = emptyInventory();
  inventory.stores.push({ id: 'residents', kind: 'table', fields: [{ name: 'mobile', category: 'contact.phone' }, { name: 'name', category: 'identity.name' }] });
  return inventory;
}

const PUBLIC = `import { SetMetadata } from '@nestjs/common';
export const IS_PUBLIC_KEY = 'isPublic';
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
`;

const MODULE = `import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtAuthGuard } from './jwt-auth.guard';
import { ResidentsController } from './residents.controller';
import { KioskController } from './kiosk.controller';
@Module({ controllers: [ResidentsController, KioskController], providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] })
export class AppModule {}
`;

const RESIDENTS = `import { Controller, Get, UseGuards } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { Public } from './public.decorator';
import { ApiKeyGuard } from './api-key.guard';
import { JwtAuthGuard } from './jwt-auth.guard';
@Controller('residents')
export class ResidentsController {
  constructor(private readonly prisma: PrismaService) {}
  @Public()
  @Get('notices')
  notices() { return this.prisma.resident.findMany({ take: 20 }); }
  @Public()
  @UseGuards(ApiKeyGuard)
  @Get('sync')
  sync() { return this.prisma.resident.findMany({ take: 20 }); }
}
`;

const STAFF = `import { Controller, Get, UseGuards } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { Public } from './public.decorator';
import { JwtAuthGuard } from './jwt-auth.guard';
@UseGuards(JwtAuthGuard)
@Controller('staff')
export class StaffController {
  constructor(private readonly prisma: PrismaService) {}
  @Public()
  @Get('notices')
  notices() { return this.prisma.resident.findMany({ take: 20 }); }
}
`;

const KIOSK = `import { Controller, Get, UseGuards } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { Public } from './public.decorator';
import { KioskAuthGuard } from './kiosk-auth.guard';
@Public()
@UseGuards(KioskAuthGuard)
@Controller('kiosk')
export class KioskController {
  constructor(private readonly prisma: PrismaService) {}
  @Get('residents')
  list() { return this.prisma.resident.findMany({ take: 20 }); }
}
`;

const project = tempDir({
  'package.json': '{"name":"community","dependencies":{"@nestjs/common":"10","@nestjs/core":"10","@prisma/client":"5"}}',
  'src/prisma.service.ts': "import { Injectable } from '@nestjs/common';\nimport { PrismaClient } from '@prisma/client';\n@Injectable()\nexport class PrismaService extends PrismaClient {}\n",
  'src/public.decorator.ts': PUBLIC,
  'src/app.module.ts': MODULE,
  'src/residents.controller.ts': RESIDENTS,
  'src/kiosk.controller.ts': KIOSK,
  'src/staff.controller.ts': STAFF,
});
const result = scanCode(project, declared(), { stores: { resident: 'residents' } });

describe('typescript importer: NestJS @Public() with a guard the route names itself', () => {
  it('a public route under a global guard alone is unguarded', async () => {
    expect(routeOf(await result, 'GET:/residents/notices')).toMatchObject({ public: true, guarded: false });
  });
  it('a public method under its class\'s guard is unguarded (the marker exempts it from that guard)', async () => {
    expect(routeOf(await result, 'GET:/staff/notices')).toMatchObject({ public: true, guarded: false });
  });
  it("a guard named with the marker, both on the method or both on the class, still guards the route", async () => {
    const r = await result;
    expect(routeOf(r, 'GET:/residents/sync')).toMatchObject({ public: true, guarded: true });
    expect(routeOf(r, 'GET:/kiosk/residents')).toMatchObject({ public: true, guarded: true });
  });
});
