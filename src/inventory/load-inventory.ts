// From paths and source entries to one validated inventory: discover files, detect each file's
// format by content (or take the project file's `type:`), import, merge. Manifest problems are
// gathered from every file and stop the audit, as do mistakes in the project file (a source path
// that does not exist, a mapping naming a manifest id or an export object that does not exist);
// an export that cannot be read is reported and the rest is still audited (the rules it would
// have fed say NOT_EVALUATED).
import { extname, resolve, sep } from 'node:path';
import type { CoverageNote, ImportContext, Importer, ImportResult } from '../importers/importer.js';
import { IMPORTERS } from '../importers/registry.js';
import { discoverFiles, type DiscoveredFile } from '../sources/discover-files.js';
import { appendAll } from '../collections/append-all.js';
import type { Locator } from '../sources/locator.js';
import { readSourceDocument, type Position } from '../sources/source-document.js';
import { readSourceInput, type SourceInput } from '../sources/source-input.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../sources/read-limits.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { buildInventory, type LoadedSource } from './build-inventory.js';
import { compareDiagnostics, InputError, type Diagnostic } from './diagnostic.js';
import { emptyInventory, type Inventory } from './inventory.js';
import type { ManifestSection } from './manifest-schema.js';
import type { SourceRef } from './provenance.js';

export interface LoadOptions {
  cwd?: string;
  taxonomy: Taxonomy;
  /** The importers to detect and load with, manifest first (default: the registry's). */
  importers?: readonly Importer[];
  /** Size limits of single inputs (default DEFAULT_READ_LIMITS). */
  limits?: ReadLimits;
}

/** An export named in a project file: its type, files, options and mapping. */
export interface SourceSpec {
  type: string;
  /** Files or folders, relative to the working directory. */
  paths: string[];
  options?: Record<string, unknown>;
  mapping?: Record<string, unknown>;
  /** Where the entry is written in the project file, for messages about it. */
  place?: SourceRef;
  /** The folder paths in `options` are relative to (the project file's); default: the working directory. */
  baseDir?: string;
}

/** What the project file says about one source besides its files. */
type SourceSettings = Pick<ImportContext, 'options' | 'mapping' | 'mappingPlace'> & { baseDir?: string };
const NO_SETTINGS: SourceSettings = { options: {}, mapping: {} };

/** A source that could not be imported: what it would have supplied, and why it did not. */
export interface FailedSource {
  format: string;
  /** The files of the source; those that could be read carry their hash. */
  files: Array<{ path: string; sha256?: string }>;
  supplies: readonly ManifestSection[];
  diagnostics: Diagnostic[];
  /** The source was read, but part of it could not be decided (ImportResult.undecided). */
  partial?: boolean;
}

export interface LoadedInventory {
  inventory: Inventory;
  warnings: Diagnostic[];
  /** Locators by display path, to turn evidence pointers into lines later. */
  locators: Map<string, Locator>;
  /**
   * Source objects left out of the inventory (unmapped), with their places. Located on first
   * read, unless `placeCoverage` was handed the positions first (the audit locates these pointers
   * in the same walk of each file as the findings' evidence).
   */
  readonly coverage: CoverageNote[];
  /** The coverage notes' pointers still to locate, by file (empty once located). */
  coveragePointers(): Map<string, string[]>;
  /** Places the coverage notes from positions located elsewhere (per file, per pointer, as `Locator.locate` gives them). */
  placeCoverage(positions: Map<string, Map<string, Position>>): void;
  failedSources: FailedSource[];
}

/** Manifests only, synchronously: the fixtures, `views` and the national-scale manifest path. */
export function loadInventory(paths: string[], options: LoadOptions): LoadedInventory {
  const state = new LoadState(options);
  state.detectManifests(paths, false);
  return state.finish();
}

/**
 * Manifests and exports. `paths` are detected by content (every known format); `sources` are
 * the project file's typed entries.
 */
export async function loadSources(paths: string[], sources: SourceSpec[], options: LoadOptions): Promise<LoadedInventory> {
  const state = new LoadState(options);
  // Sources whose import starts slow work of its own (PGlite's process) are read first and their
  // work started, so that it runs beside everything below; a source that cannot be read here is
  // read again, and reported, in its turn.
  const prepared = sources.map((spec) => {
    const importer = state.importers.find((i) => i.format === spec.type);
    const inputs = importer?.prepare ? state.readInputsQuietly(spec.paths, importer) : undefined;
    return importer?.prepare && inputs ? { inputs, abandon: importer.prepare(inputs, spec.options ?? {}) } : undefined;
  });
  try {
    return await loadAll(state, paths, sources, prepared);
  } finally {
    // Work started for a source whose import never ran (the load stopped at an error before it).
    for (const p of prepared) p?.abandon?.();
  }
}

async function loadAll(state: LoadState, paths: string[], sources: SourceSpec[], prepared: Array<{ inputs: SourceInput[] } | undefined>): Promise<LoadedInventory> {
  // A file a typed source names is imported by that source only, not detected a second time.
  state.excludeFromDetection(sources.flatMap((s) => s.paths));
  const pending = state.detectManifests(paths, true);
  // What the manifests declare, for importers to check their mappings against: only built when
  // some export is to be imported (a national manifest alone never pays for it).
  const declared = pending.length > 0 || sources.length > 0 ? state.interim() : emptyInventory();
  for (const group of pending) await state.importSource(group.importer, group.inputs, NO_SETTINGS, declared);
  for (const [i, spec] of sources.entries()) {
    const importer = state.importers.find((i) => i.format === spec.type);
    if (!importer) throw new InputError([{ severity: 'error', file: spec.place?.file ?? 'sources', ...(spec.place ? { pointer: spec.place.pointer } : {}), message: `unknown source type "${spec.type}"`, expected: `one of: ${state.importers.map((i) => i.format).join(', ')}` }]);
    const early = prepared[i]?.inputs;
    if (early) state.countFiles(early.length);
    const inputs = early ?? state.readInputs(spec.paths, importer, spec.place);
    if (!inputs) continue;
    await state.importSource(
      importer,
      inputs,
      {
        options: spec.options ?? {},
        mapping: spec.mapping ?? {},
        ...(spec.place ? { mappingPlace: { file: spec.place.file, pointer: `${spec.place.pointer}/mapping` } } : {}),
        ...(spec.baseDir ? { baseDir: spec.baseDir } : {}),
      },
      declared,
    );
  }
  return state.finish();
}

class LoadState {
  readonly importers: readonly Importer[];
  private readonly cwd: string;
  private readonly taxonomy: Taxonomy;
  private readonly limits: ReadLimits;
  private readonly errors: Diagnostic[] = [];
  private readonly warnings: Diagnostic[] = [];
  private readonly loaded: LoadedSource[] = [];
  private readonly locators = new Map<string, Locator>();
  private readonly coverage: CoverageNote[] = [];
  private readonly failed: FailedSource[] = [];
  private filesSeen = 0;
  private readonly named: string[] = [];
  private excluded: string[] = [];

  constructor(options: LoadOptions) {
    this.cwd = options.cwd ?? process.cwd();
    this.taxonomy = options.taxonomy;
    this.limits = options.limits ?? DEFAULT_READ_LIMITS;
    this.importers = options.importers ?? IMPORTERS;
  }

  excludeFromDetection(paths: string[]): void {
    this.excluded = paths.map((p) => resolve(this.cwd, p));
  }

  /** Reads every file under `paths`; manifests are loaded at once, other formats grouped for later. */
  detectManifests(paths: string[], allFormats: boolean): Array<{ importer: Importer; inputs: SourceInput[] }> {
    appendAll(this.named, paths);
    const candidates = allFormats ? this.importers : this.importers.slice(0, 1);
    const extensions = new Set(candidates.flatMap((i) => i.extensions));
    let files;
    try {
      files = discoverFiles(paths, this.cwd, extensions);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      appendAll(this.errors, error.diagnostics);
      return [];
    }
    this.filesSeen += files.length;
    const byImporter = new Map<Importer, SourceInput[]>();
    for (const file of files) {
      if (this.excluded.some((x) => file.fsPath === x || file.fsPath.startsWith(x + sep))) continue;
      try {
        const input = readSourceInput(file.fsPath, file.displayPath, this.limits);
        let importer: Importer | undefined;
        try {
          importer = candidates.find((i) => i.extensions.some((e) => input.path.toLowerCase().endsWith(e)) && i.detect(input));
        } catch (error) {
          // A file that does not parse as its ending says: a manifest that does not parse is an
          // error; anything else (a Kubernetes manifest, a multi-document YAML file) is a format
          // pipl-audit does not read.
          if (!(error instanceof InputError) || NATIVE_MARKER.test(input.head)) throw error;
          this.notSupported(file, unreadFormatOf(input.path, error), candidates);
          continue;
        }
        if (!importer) {
          if (allFormats || file.walked) this.notSupported(file, unreadFormatOf(input.path), candidates);
          else this.warnings.push({ severity: 'warning', file: file.displayPath, message: 'not a recognised source format; skipped', expected: 'a manifest with apiVersion: pipl-audit/v1' });
          continue;
        }
        if (importer.format === 'manifest') {
          this.addLoaded(importer, [input], importer.load([input], this.context(NO_SETTINGS, undefined)) as ImportResult);
        } else {
          byImporter.set(importer, [...(byImporter.get(importer) ?? []), input]);
        }
      } catch (error) {
        if (error instanceof InputError) appendAll(this.errors, error.diagnostics);
        else throw error;
      }
    }
    return [...byImporter].flatMap(([importer, inputs]) => (importer.group ? importer.group(inputs) : inputs.map((i) => [i])).map((group) => ({ importer, inputs: group })));
  }

  /**
   * A file of a format pipl-audit does not read: found in a folder, it is listed (terminal and
   * the report's coverage) and the audit goes on; named on the command line, it is an input error.
   */
  private notSupported(file: DiscoveredFile, format: string, candidates: readonly Importer[]): void {
    const message = `not read: ${format} is not supported (supported: ${candidates.map((i) => i.title).join('; ')})`;
    if (!file.walked) {
      this.errors.push({ severity: 'error', file: file.displayPath, line: 1, message, expected: 'at least one manifest file (apiVersion: pipl-audit/v1) or a supported export' });
      return;
    }
    this.warnings.push({ severity: 'warning', file: file.displayPath, message });
    this.coverage.push({ file: file.displayPath, kind: 'file', name: file.displayPath, note: message });
  }

  /** The files of one typed source, or undefined when they cannot be read (nothing recorded: readInputs reports it later). */
  readInputsQuietly(paths: string[], importer: Importer): SourceInput[] | undefined {
    try {
      return discoverFiles(paths, this.cwd, new Set(importer.extensions)).map((f) => readSourceInput(f.fsPath, f.displayPath, this.limits));
    } catch (error) {
      if (error instanceof InputError) return undefined;
      throw error;
    }
  }

  countFiles(n: number): void {
    this.filesSeen += n;
  }

  /** The files of one typed source; undefined (and an error recorded) when they cannot be read. */
  readInputs(paths: string[], importer: Importer, place?: SourceRef): SourceInput[] | undefined {
    try {
      const files = discoverFiles(paths, this.cwd, new Set(importer.extensions));
      this.filesSeen += files.length;
      return files.map((f) => readSourceInput(f.fsPath, f.displayPath, this.limits));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // A source path that does not exist (or may not be read) is a mistake in the project file,
      // as a manifest path is: exit 2, not an export the audit carries on without. It is named at
      // the entry's `path:` in the project file.
      const atEntry = place
        ? error.diagnostics.map((d) => ({ ...d, file: place.file, pointer: `${place.pointer}/path`, line: undefined, column: undefined, message: `${d.file}: ${d.message}`, expected: `an existing ${importer.title} file or folder` }))
        : error.diagnostics;
      this.errors.push(...this.locateInProject(atEntry, place));
      return undefined;
    }
  }

  /** What the manifests declare, before any export is merged, for importers to check mappings against. */
  interim(): Inventory {
    if (this.errors.length > 0) throw new InputError(this.errors.sort(compareDiagnostics));
    return buildInventory(this.loaded, this.taxonomy, { check: false, locators: this.locators });
  }

  async importSource(importer: Importer, inputs: SourceInput[], settings: SourceSettings, declared: Inventory): Promise<void> {
    try {
      const result = await importer.load(inputs, this.context(settings, declared));
      this.addLoaded(importer, inputs, { ...result, warnings: this.locateInProject(result.warnings, settings.mappingPlace) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const diagnostics = this.locateInProject(error.diagnostics, settings.mappingPlace);
      // A mapping that names what does not exist (a manifest id, an export object) is a mistake in
      // the project file: an input error (exit 2), never an export the audit carries on without.
      const projectFile = settings.mappingPlace?.file;
      const inProject = projectFile === undefined ? [] : diagnostics.filter((d) => d.file === projectFile);
      if (inProject.length > 0) {
        this.errors.push(...inProject);
        return;
      }
      this.failed.push({ format: importer.format, files: inputs.map((i) => ({ path: i.path, sha256: i.sha256 })), supplies: importer.supplies, diagnostics });
    }
  }

  private readonly projectDocuments = new Map<string, Locator | undefined>();

  /**
   * Importers name a wrong mapping entry by its pointer in the project file; its line is found
   * here, once per project file, rather than by each importer reading the file again.
   */
  private locateInProject(diagnostics: Diagnostic[], mappingPlace: SourceRef | undefined): Diagnostic[] {
    const file = mappingPlace?.file;
    const unplaced = diagnostics.filter((d) => d.file === file && d.pointer !== undefined && d.line === undefined);
    if (!file || unplaced.length === 0) return diagnostics;
    if (!this.projectDocuments.has(file)) {
      let locator: Locator | undefined;
      try {
        locator = readSourceDocument(resolve(this.cwd, file), file);
      } catch {
        locator = undefined; // the project file was read once already; nothing better to say
      }
      this.projectDocuments.set(file, locator);
    }
    const positions = this.projectDocuments.get(file)?.locate(unplaced.map((d) => d.pointer as string)) ?? new Map();
    return diagnostics.map((d) => (unplaced.includes(d) ? { ...d, ...(positions.get(d.pointer as string) ?? {}) } : d));
  }

  private context(settings: SourceSettings, declared: Inventory | undefined): ImportContext {
    return { cwd: this.cwd, baseDir: this.cwd, ...settings, declared: declared ?? emptyInventory() };
  }

  private addLoaded(importer: Importer, inputs: SourceInput[], result: ImportResult): void {
    appendAll(this.warnings, result.warnings);
    appendAll(this.coverage, (result.coverage ?? []));
    this.loaded.push({ files: inputs.map((i) => ({ path: i.path, sha256: i.sha256, format: importer.format })), format: importer.format, result });
    if (result.undecided?.length) this.failed.push({ format: importer.format, files: inputs.map((i) => ({ path: i.path })), supplies: importer.supplies, diagnostics: result.undecided, partial: true });
    // YAML/JSON inputs locate through their parsed document (parsed only if a finding needs it);
    // the parsed data itself is let go: what the inventory needs of it, it now holds.
    for (const input of inputs) {
      if (!this.locators.has(input.path) && /\.(ya?ml|json)$/i.test(input.path)) {
        this.locators.set(input.path, { path: input.path, locate: (pointers) => input.locate(pointers) });
      }
      input.releaseDocument();
    }
    for (const locator of result.locators ?? []) this.locators.set(locator.path, locator);
  }

  finish(): LoadedInventory {
    if (this.errors.length > 0) throw new InputError(this.errors.sort(compareDiagnostics));
    if (this.loaded.length === 0 && this.failed.length === 0) {
      throw new InputError([
        {
          severity: 'error',
          file: this.named.join(', ') || '.',
          message: this.filesSeen === 0 ? 'no manifest or export files found' : 'no manifest or export among the files found',
          expected: 'at least one manifest file (apiVersion: pipl-audit/v1) or a supported export',
        },
      ]);
    }
    const inventory = buildInventory(this.loaded, this.taxonomy, { locators: this.locators, warnings: this.warnings });
    // The inputs of a failed source are inputs of the audit too (their hashes go in the evidence).
    for (const f of this.failed) for (const file of f.files) if (file.sha256) inventory.inputs.push({ path: file.path, sha256: file.sha256, format: f.format });
    const notes = this.coverage;
    const locators = this.locators;
    let located: CoverageNote[] | undefined;
    return {
      inventory,
      warnings: this.warnings.sort(compareDiagnostics),
      locators,
      get coverage(): CoverageNote[] {
        return (located ??= placeCoverage(notes, locateEach(coveragePointers(notes), locators)));
      },
      coveragePointers: () => (located ? new Map() : coveragePointers(notes)),
      placeCoverage(positions) {
        located ??= placeCoverage(notes, positions);
      },
      failedSources: this.failed,
    };
  }
}

/** The first bytes name a pipl-audit format: a file that does not parse is then a broken input, not a foreign one. */
const NATIVE_MARKER = /pipl-audit\//;

/** The format of a file no importer reads, in words (never its content). */
function unreadFormatOf(path: string, parseError?: InputError): string {
  const ext = extname(path).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') {
    if (parseError?.diagnostics.some((d) => d.expected === 'one YAML document per file')) return 'multi-document YAML';
    return parseError ? 'YAML that does not parse' : 'YAML other than a pipl-audit manifest';
  }
  if (ext === '.json') return parseError ? 'JSON that does not parse' : 'JSON of another kind';
  return ext ? `a ${ext} file of another kind` : 'a file of another kind';
}

/** The pointers of the notes not yet placed, by file. */
function coveragePointers(notes: CoverageNote[]): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const n of notes) {
    if (n.pointer === undefined || n.line !== undefined) continue;
    let list = byFile.get(n.file);
    if (!list) byFile.set(n.file, (list = []));
    list.push(n.pointer);
  }
  return byFile;
}

function locateEach(byFile: Map<string, string[]>, locators: Map<string, Locator>): Map<string, Map<string, Position>> {
  return new Map([...byFile].map(([file, pointers]) => [file, locators.get(file)?.locate(pointers) ?? new Map<string, Position>()]));
}

/** The notes with their lines and columns, in report order (file, line, kind, name). */
function placeCoverage(notes: CoverageNote[], positions: Map<string, Map<string, Position>>): CoverageNote[] {
  return notes
    .map((n) => {
      const pos = n.pointer !== undefined ? positions.get(n.file)?.get(n.pointer) : undefined;
      return pos && n.line === undefined ? { ...n, line: pos.line, column: pos.column } : n;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}
