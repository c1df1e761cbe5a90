// A worker thread does not inherit the tsx loader of the thread that started it: register
// it here, then load the TypeScript worker. Plain JavaScript so that Node can run it as is.
import { register } from 'tsx/esm/api';

register();
await import('./workbook-worker.ts');
