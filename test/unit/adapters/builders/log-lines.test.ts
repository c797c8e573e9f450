import { describe, expect, it } from 'vitest';
import { LogLines } from '../../../../src/adapters/builders/log-lines.js';

describe('LogLines', () => {
  it('emits whole lines as soon as they end, whatever the chunking, keeping streams apart', () => {
    const seen: string[] = [];
    const log = new LogLines((line) => seen.push(line));
    const out = log.stream('stdout');
    const err = log.stream('stderr');
    out('Step 1/2 : FR');
    err('#1 [internal] lo');
    expect(seen).toEqual([]);
    out('OM scratch\nStep 2/2');
    expect(seen).toEqual(['Step 1/2 : FROM scratch']);
    err('ad build definition\r\n');
    out(' : RUN true');
    log.flush();
    expect(seen).toEqual(['Step 1/2 : FROM scratch', '#1 [internal] load build definition', 'Step 2/2 : RUN true']);
    expect(log.lines()).toEqual(seen);
  });

  it('drops colour codes and empty lines, and treats a lone carriage return as a line end', () => {
    const seen: string[] = [];
    const log = new LogLines((line) => seen.push(line));
    log.stream('stderr')('\u001b[31mERROR\u001b[0m: failed\n\n   \nCopying blob 10%\rCopying blob 100%\n');
    expect(seen).toEqual(['ERROR: failed', 'Copying blob 10%', 'Copying blob 100%']);
  });

  it('keeps only the last lines for reports, but all of them for analysis', () => {
    const log = new LogLines(() => undefined, 3);
    const write = log.stream('stdout');
    for (let i = 1; i <= 10; i++) write(`line ${i}\n`);
    log.note('$ docker push x');
    expect(log.lastLines()).toEqual(['line 9', 'line 10', '$ docker push x']);
    expect(log.lines()).toHaveLength(11);
  });
});
