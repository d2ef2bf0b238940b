// Generates a synthetic TypeScript back-end for the code-scan benchmark: FILES files (5,000 by
// default) of controllers (Express routers with Prisma queries behind role middleware), services
// (TypeORM repositories), scheduled jobs and plain modules, with package.json and tsconfig.json.
// Deterministic for a seed. Prints one JSON line: files, bytes.
//
// Usage: node bench/generate-code.js --out DIR [--files N] [--seed N]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = { out: '', files: 5000, seed: 7 };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--out') args.out = process.argv[++i];
  else if (a === '--files') args.files = Number(process.argv[++i]);
  else if (a === '--seed') args.seed = Number(process.argv[++i]);
  else throw new Error(`unknown argument ${a}`);
}
if (!args.out) throw new Error('--out DIR is required');

let state = args.seed >>> 0 || 1;
const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = (list) => list[Math.floor(random() * list.length)];

const MODELS = ['waybill', 'parcel', 'customer', 'courier', 'outlet', 'invoice', 'complaint', 'pickup'];
const FIELDS = ['recipientPhone', 'senderPhone', 'recipientName', 'waybillNo', 'status', 'outletId', 'createdAt', 'address'];
const ROLES = ['outlet-supervisor', 'courier', 'warehouse-keeper', 'customer-service', 'admin'];

function controller(n) {
  const model = pick(MODELS);
  const routes = [];
  for (let r = 0; r < 4 + Math.floor(random() * 4); r++) {
    const field = pick(FIELDS);
    const scoped = random() < 0.5 ? `, outletId: user.outletId` : '';
    const take = random() < 0.5 ? `, take: ${10 + Math.floor(random() * 90)}` : '';
    routes.push(`
router.get('/${model}s/by-${field.toLowerCase()}-${r}', requireLogin, requireRole('${pick(ROLES)}'), async (req, res) => {
  const value = String(req.query.${field});
  const { user } = req as SignedIn;
  // Look up ${model}s by ${field}; results are shaped for the outlet screen.
  const rows = await prisma.${model}.findMany({ where: { ${field}: value${scoped} }${take} });
  const shaped = rows.map((row) => ({ id: row.id, status: row.status, updatedAt: row.updatedAt }));
  res.json({ count: shaped.length, rows: shaped, page: Number(req.query.page ?? 1) });
});`);
  }
  return `import { Router, type Request } from 'express';
import { requireLogin, requireRole } from '../auth/guards.js';
import { prisma } from '../db.js';

type SignedIn = Request & { user: { id: string; outletId: string } };

export const router${n} = Router();
${routes.join('\n')}
`;
}

function service(n) {
  const model = pick(MODELS);
  const Model = model[0].toUpperCase() + model.slice(1);
  return `import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ${Model} } from '../entities/${model}.entity.js';

@Injectable()
export class ${Model}Service${n} {
  constructor(@InjectRepository(${Model}) private readonly ${model}Repository: Repository<${Model}>) {}

  findByPhone${n}(phone: string) {
    return this.${model}Repository.find({ where: { recipientPhone: phone }, take: 20 });
  }

  findForOutlet${n}(outletId: string, page = 1) {
    return this.${model}Repository.find({ where: { outletId }, skip: (page - 1) * 20, take: 20 });
  }

  async count${n}(status: string): Promise<number> {
    const rows = await this.${model}Repository.findBy({ status });
    return rows.filter((r) => r.status === status).length;
  }
}
`;
}

function job(n) {
  const model = pick(MODELS);
  return `import cron from 'node-cron';
import { prisma } from '../db.js';

const DAYS_${n} = ${30 + Math.floor(random() * 700)};

cron.schedule('${Math.floor(random() * 60)} ${Math.floor(random() * 24)} * * *', async () => {
  const cutoff = new Date(Date.now() - DAYS_${n} * 86_400_000);
  await prisma.${model}.deleteMany({ where: { createdAt: { lt: cutoff } } });
});
`;
}

function plain(n) {
  const lines = [];
  lines.push(`// Formatting helpers for screen ${n}.`);
  lines.push(`export interface Row${n} { id: string; label: string; value: number; tags: string[] }`);
  for (let f = 0; f < 8 + Math.floor(random() * 8); f++) {
    lines.push(`
export function format${n}_${f}(rows: Row${n}[], width = ${20 + f}): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const label = row.label.length > width ? row.label.slice(0, width - 1) + '…' : row.label.padEnd(width);
    out.push(\`\${label} \${row.value.toFixed(${f % 4})} \${row.tags.join(', ')}\`);
  }
  return out.sort((a, b) => a.localeCompare(b));
}`);
  }
  return lines.join('\n') + '\n';
}

rmSync(args.out, { recursive: true, force: true });
const folders = { routes: controller, services: service, jobs: job, lib: plain };
for (const folder of Object.keys(folders)) mkdirSync(join(args.out, 'src', folder), { recursive: true });
writeFileSync(join(args.out, 'package.json'), JSON.stringify({ name: 'synthetic-courier-backend', private: true, type: 'module' }, null, 2) + '\n');
writeFileSync(join(args.out, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true }, include: ['src'] }, null, 2) + '\n');
let bytes = 0;
for (let n = 0; n < args.files; n++) {
  const r = random();
  const folder = r < 0.3 ? 'routes' : r < 0.55 ? 'services' : r < 0.6 ? 'jobs' : 'lib';
  const text = folders[folder](n);
  bytes += Buffer.byteLength(text);
  writeFileSync(join(args.out, 'src', folder, `${folder}-${String(n).padStart(5, '0')}.ts`), text);
}
console.log(JSON.stringify({ files: args.files, bytes }));
