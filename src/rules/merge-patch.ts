// Fixture manifests are a base plus a patch: JSON Merge Patch (RFC 7396: objects merge, null
// deletes a key) extended so that lists of entities merge element by element on `id`.

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEntityList(value: Json): value is Array<Record<string, Json> & { id: unknown }> {
  return Array.isArray(value) && value.every((v) => isObject(v) && 'id' in v);
}

export function mergePatch(base: Json, patch: Json): Json {
  if (isEntityList(base) && isEntityList(patch)) {
    const out = base.map((entry) => {
      const update = patch.find((p) => p.id === entry.id);
      return update ? mergePatch(entry, update) : entry;
    });
    for (const p of patch) if (!base.some((entry) => entry.id === p.id)) out.push(mergePatch({}, p) as (typeof out)[number]);
    return out;
  }
  if (!isObject(patch)) return patch;
  const out: Record<string, Json> = isObject(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}
