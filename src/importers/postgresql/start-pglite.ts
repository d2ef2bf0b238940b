// Starts an embedded PostgreSQL (PGlite) with the given extensions.
import { PGlite, type Extension } from '@electric-sql/pglite';

export async function startPglite(extensions: Record<string, Extension>): Promise<PGlite> {
  const db = new PGlite({ extensions });
  await db.waitReady;
  return db;
}
