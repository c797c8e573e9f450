/** Entry point of the build action. Its capability lands with its own issue; until then it fails clearly. */
import { NotImplementedError, runAction } from '../runner/run-action.js';

await runAction('build', async () => {
  throw new NotImplementedError('build');
});
