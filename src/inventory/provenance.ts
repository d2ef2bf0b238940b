// Where each entity of the inventory came from: a file and a JSON pointer inside it. Kept beside
// the data (not inside it) so rule conditions never see it and the model stays as the user wrote it.

export interface SourceRef {
  file: string;
  pointer: string;
}

export class Provenance {
  private readonly places = new WeakMap<object, SourceRef>();

  record(entity: object, file: string, pointer: string): void {
    this.places.set(entity, { file, pointer });
  }

  of(entity: unknown): SourceRef | undefined {
    return typeof entity === 'object' && entity !== null ? this.places.get(entity) : undefined;
  }
}
