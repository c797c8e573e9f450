/** Entry point of the smoke action. Its capability lands with its own issue; until then it fails clearly. */
import { NotImplementedError, runAction } from '../runner/run-action.js';

await runAction('smoke', async () => {
  throw new NotImplementedError('smoke');
});
