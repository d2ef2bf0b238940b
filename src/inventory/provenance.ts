// Where each entity of the inventory came from: a file and a JSON pointer inside it. Kept beside
// the data (not inside it) so rule conditions never see it and the model stays as the user wrote it.
// A fact an overlay set on an imported entity has a place of its own (the manifest line), so a
// finding resting on it cites both the export's entity and the manifest's fact.
//
// Most entities are elements of a list at a known place (`/accounts/17` of a manifest): those are
// remembered as a number (the list and the index) and their pointer is written only when a
// finding asks for it, so a national inventory does not hold half a million place objects and
// pointer strings for entities no finding cites.

export interface SourceRef {
  file: string;
  pointer: string;
}

/** A list whose elements are recorded by index (Provenance.elementList). */
export interface ElementList {
  readonly file: string;
  readonly pointer: string;
  /** What follows the index in an element's pointer: '' for the element itself, `/credentials/0` for a place at that path inside each element. */
  readonly suffix: string;
  /** Its number in an element's code; undefined beyond LIST_SLOTS lists (its elements are then kept as objects). */
  readonly number: number | undefined;
}

/** Lists numbered in an element's code (index × LIST_SLOTS + list); beyond them a place is kept as an object. */
const LIST_SLOTS = 4096;

export class Provenance {
  private readonly places = new WeakMap<object, SourceRef | number>();
  private readonly facts = new WeakMap<object, Map<string, SourceRef>>();
  /** The lists elements were recorded in, by number, and the number of each (by file, pointer, then suffix). */
  private readonly lists: Array<{ file: string; pointer: string; suffix: string }> = [];
  private readonly listNumbers = new Map<string, Map<string, Map<string, number>>>();

  record(entity: object, file: string, pointer: string): void {
    this.places.set(entity, { file, pointer });
  }

  /** Records `place` itself (an importer's, never changed after): a 300,000-user realm's million places are not copied. */
  recordPlace(entity: object, place: SourceRef): void {
    this.places.set(entity, place);
  }

  /** Records that `entity` is element `index` of the list at `listPointer` in `file`. */
  recordElement(entity: object, file: string, listPointer: string, index: number): void {
    this.recordElementIn(entity, this.elementList(file, listPointer), index);
  }

  /**
   * The list at `listPointer` in `file`, looked up once for all its elements (recordElementIn);
   * with a `suffix`, the place at that path inside each element (`/users/17` + `/credentials/0`).
   */
  elementList(file: string, listPointer: string, suffix = ''): ElementList {
    return { file, pointer: listPointer, suffix, number: this.listNumber(file, listPointer, suffix) };
  }

  /** Records that `entity` is element `index` of `list` (or at its suffix inside it): no map lookup or string per element. */
  recordElementIn(entity: object, list: ElementList, index: number): void {
    if (list.number === undefined) this.record(entity, list.file, `${list.pointer}/${index}${list.suffix}`);
    else this.places.set(entity, index * LIST_SLOTS + list.number);
  }

  /** Whether a place is recorded for `entity` (without writing its pointer). */
  has(entity: object): boolean {
    return this.places.has(entity);
  }

  of(entity: unknown): SourceRef | undefined {
    if (typeof entity !== 'object' || entity === null) return undefined;
    const place = this.places.get(entity);
    if (typeof place !== 'number') return place;
    const list = this.lists[place % LIST_SLOTS] as { file: string; pointer: string; suffix: string };
    const ref = { file: list.file, pointer: `${list.pointer}/${Math.floor(place / LIST_SLOTS)}${list.suffix}` };
    // Written once: an entity a finding cites is usually cited again.
    this.places.set(entity, ref);
    return ref;
  }

  /** Records that `entity[key]` was stated somewhere else than the entity itself. */
  recordFact(entity: object, key: string, place: SourceRef): void {
    let map = this.facts.get(entity);
    if (!map) this.facts.set(entity, (map = new Map()));
    map.set(key, place);
  }

  /** Where `entity[key]` was stated, when not where the entity is. */
  factOf(entity: unknown, key: string): SourceRef | undefined {
    return typeof entity === 'object' && entity !== null ? this.facts.get(entity)?.get(key) : undefined;
  }

  private listNumber(file: string, pointer: string, suffix: string): number | undefined {
    let inFile = this.listNumbers.get(file);
    if (!inFile) this.listNumbers.set(file, (inFile = new Map()));
    let atPointer = inFile.get(pointer);
    if (!atPointer) inFile.set(pointer, (atPointer = new Map()));
    let n = atPointer.get(suffix);
    if (n === undefined) {
      if (this.lists.length >= LIST_SLOTS) return undefined;
      n = this.lists.length;
      this.lists.push({ file, pointer, suffix });
      atPointer.set(suffix, n);
    }
    return n;
  }

  /** Gives `copy` (an entity replaced by a copy carrying more facts) the facts' places of `entity`. */
  copyFacts(entity: object, copy: object): void {
    const map = this.facts.get(entity);
    if (map) this.facts.set(copy, new Map(map));
  }
}
