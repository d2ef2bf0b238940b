// ImportResult.elementPlaces as an importer fills it: one list per (file, list pointer, suffix),
// looked up once and then appended to per element, so placing 300,000 users' accounts costs two
// array pushes each — no place object, pointer string or map entry.
import type { ElementPlaces } from './importer.js';

export class ElementPlaceLists {
  readonly lists: ElementPlaces[] = [];
  /** By file, list pointer, then suffix (nested, so no separator can make two of them one). */
  private readonly byPlace = new Map<string, Map<string, Map<string, ElementPlaces>>>();

  /** The list of places at `${pointer}/<index>${suffix}` in `file`. */
  list(file: string, pointer: string, suffix = ''): ElementPlaces {
    let inFile = this.byPlace.get(file);
    if (!inFile) this.byPlace.set(file, (inFile = new Map()));
    let atPointer = inFile.get(pointer);
    if (!atPointer) inFile.set(pointer, (atPointer = new Map()));
    let list = atPointer.get(suffix);
    if (!list) {
      list = { file, pointer, suffix, objects: [], indices: [] };
      atPointer.set(suffix, list);
      this.lists.push(list);
    }
    return list;
  }
}

/** Places `object` at element `index` of `list` (followed by the list's suffix). */
export function placeElement(list: ElementPlaces, object: object, index: number): void {
  list.objects.push(object);
  list.indices.push(index);
}
