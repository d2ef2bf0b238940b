// A flow returning data to the controller on whose behalf the system collected it: collection
// points state `onBehalfOf: { controller }` (the system is that controller's entrusted party,
// PIPL Art. 21), and the flow's recipient is that controller. Handing the results of entrusted
// processing back to the one who entrusted it is part of the entrusted processing (Art. 21 has the
// entrusted party return the data), not the system providing PI to another processor (Art. 23):
// the impact assessment of Art. 55 is the controller's to make for its processing.
import type { CollectionPoint, Flow } from '../inventory/manifest-schema.js';

/** The names a recipient is stated under: its name, and a name it gives in brackets (`合作医院（送检医院）`, `Acme (Acme Hospital)`). */
function namesOf(name: string): string[] {
  const out = [name];
  const m = /^(.*?)\s*[（(]([^（）()]+)[）)]\s*$/.exec(name);
  if (m?.[1] && m[2]) out.push(m[1], m[2]);
  return out.map((n) => n.trim().toLowerCase()).filter((n) => n !== '');
}

/**
 * The controller the flow returns data to, or null: the recipient is (by its name or the name it
 * gives in brackets) the controller that collection points feeding the flow's stores collect for,
 * and no point feeding them collects on the system's own account (a store holding the system's own
 * data as well may carry that data out too). Stores no collection point fills decide nothing.
 */
export function controllerReturnedTo(collectionPoints: readonly CollectionPoint[], flow: Flow): string | null {
  const feeding = collectionPoints.filter((p) => p.stores.some((s) => flow.stores.includes(s)));
  if (feeding.length === 0) return null;
  const names = namesOf(flow.recipient.name);
  const controller = feeding.find((p) => p.onBehalfOf !== undefined && names.includes(p.onBehalfOf.controller.trim().toLowerCase()))?.onBehalfOf?.controller;
  if (controller === undefined) return null;
  const same = (p: CollectionPoint) => p.onBehalfOf !== undefined && p.onBehalfOf.controller.trim().toLowerCase() === controller.trim().toLowerCase();
  return feeding.every(same) ? controller : null;
}
