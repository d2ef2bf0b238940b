// Turning an evidence pointer back into a line and column. A parsed YAML/JSON document is its own
// locator; an importer of a line-based format (CSV, SQL, INI) builds a PointerTable that names
// the line each imported entity came from, and any deeper pointer resolves to its nearest
// recorded ancestor, as it does in a document.
import type { Position } from './source-document.js';

export interface Locator {
  /** The display path of the file the positions are in. */
  readonly path: string;
  /** Positions of the given pointers; a pointer not present resolves to its nearest ancestor. */
  locate(pointers: Iterable<string>): Map<string, Position>;
}

export class PointerTable implements Locator {
  private readonly positions = new Map<string, Position>();

  constructor(readonly path: string) {}

  /** Records where the entity at `pointer` was read from. The first record of a pointer wins. */
  record(pointer: string, position: Position): void {
    if (!this.positions.has(pointer)) this.positions.set(pointer, position);
  }

  locate(pointers: Iterable<string>): Map<string, Position> {
    const out = new Map<string, Position>();
    for (const pointer of pointers) {
      let probe = pointer;
      for (;;) {
        const found = this.positions.get(probe);
        if (found) {
          out.set(pointer, found);
          break;
        }
        const slash = probe.lastIndexOf('/');
        if (slash <= 0) break;
        probe = probe.slice(0, slash);
      }
    }
    return out;
  }
}
