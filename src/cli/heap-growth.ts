// How far V8 lets the heap grow past what survived its last full collection before collecting
// again. V8 chooses up to four times that; an audit of a national inventory keeps several hundred
// MB alive while the rules run, is done with most of it by the time the report is written, and
// reached 1.4 GB of memory only because no full collection came after the rules (the live heap
// at the end is a third of that). Three times what survived (200 %) keeps the peak well below
// that at fewer full collections than twice (100 %, the setting before): at 1×, 794 MB and 8 %
// less CPU than 100 % (781 MB); 300 % took no less CPU than 200 % for up to 140 MB more
// (bench/README.md, "Fourth pass"). A V8 setting the process reads every time it sizes the heap,
// so it can be set here, before any large allocation; one given to node on its command line
// (Node does not accept it in NODE_OPTIONS) is left as it is.
import { setFlagsFromString } from 'node:v8';

const FLAG = '--heap-growing-percent';
const GROWING_PERCENT = 200;

export function limitHeapGrowth(): void {
  const given = process.execArgv.some((a) => a.startsWith(FLAG) || a.startsWith('--heap_growing_percent'));
  if (!given) setFlagsFromString(`${FLAG}=${GROWING_PERCENT}`);
}
