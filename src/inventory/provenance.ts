// Where each entity of the inventory came from: a file and a JSON pointer inside it. Kept beside
// the data (not inside it) so rule conditions never see it and the model stays as the user wrote it.
// A fact an overlay set on an imported entity has a place of its own (the manifest line), so a
// finding resting on it cites both the export's entity and the manifest's fact.

export interface SourceRef {
  file: string;
  pointer: string;
}

export class Provenance {
  private readonly places = new WeakMap<object, SourceRef>();
  private readonly facts = new WeakMap<object, Map<string, SourceRef>>();

  record(entity: object, file: string, pointer: string): void {
    this.places.set(entity, { file, pointer });
  }

  of(entity: unknown): SourceRef | undefined {
    return typeof entity === 'object' && entity !== null ? this.places.get(entity) : undefined;
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

  /** Gives `copy` (an entity replaced by a copy carrying more facts) the facts' places of `entity`. */
  copyFacts(entity: object, copy: object): void {
    const map = this.facts.get(entity);
    if (map) this.facts.set(copy, new Map(map));
  }
}
