// How much a single input may be before the auditor refuses it rather than spend minutes and
// gigabytes on it. YAML is read fast (src/sources/yaml-event-reader.ts), but a file the fast
// reader declines goes through the `yaml` library, which needs a large multiple of the file in
// memory and time; machine-generated inventories belong in JSON.

export interface ReadLimits {
  /** The largest YAML file read, in bytes (docs/security.md). */
  maxYamlBytes: number;
}

/** 20 MiB: a hand-written manifest is far smaller; a 20 MiB one reads in a few seconds on the fast path. */
export const DEFAULT_MAX_YAML_BYTES = 20 * 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = { maxYamlBytes: DEFAULT_MAX_YAML_BYTES };

/**
 * How far YAML aliases may expand, as the `yaml` library counts it (its toJS maxAliasCount): an
 * alias bomb ("billion laughs") is refused instead of expanded (docs/security.md).
 */
export const MAX_YAML_ALIAS_COUNT = 1000;
