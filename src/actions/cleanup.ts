/** Entry point of the cleanup action. Its capability lands with its own issue; until then it fails clearly. */
import { NotImplementedError, runAction } from '../runner/run-action.js';

await runAction('cleanup', async () => {
  throw new NotImplementedError('cleanup');
});
