// How far V8 lets the heap grow past what survived its last full collection before collecting
// again. V8 chooses up to four times that; an audit of a national inventory keeps several hundred
// MB alive while the rules run, is done with most of it by the time the report is written, and
// reached 1.4 GB of memory only because no full collection came after the rules (the live heap
// at the end is a third of that). Twice what survived keeps the peak near twice the live data, at
// the cost of a few more full collections (measured at 1×: 941 MB instead of 1,375 MB, CPU within
// the noise of a loaded machine; bench/README.md). A V8 setting the process reads every time it sizes the heap,
// so it can be set here, before any large allocation; one given to node on its command line
// (Node does not accept it in NODE_OPTIONS) is left as it is.
import { setFlagsFromString } from 'node:v8';

const FLAG = '--heap-growing-percent';
const GROWING_PERCENT = 100;

export function limitHeapGrowth(): void {
  const given = process.execArgv.some((a) => a.startsWith(FLAG) || a.startsWith('--heap_growing_percent'));
  if (!given) setFlagsFromString(`${FLAG}=${GROWING_PERCENT}`);
}
