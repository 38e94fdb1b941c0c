import { expect } from '@open-wc/testing';
import { PkError } from '../../src/core/errors.js';
import { fetchText, type FetchSettings } from '../../src/core/fetch-text.js';
import { AUTHORIZATION, authorize } from '../support/collector.js';
import { TestEndpoint, type ReceivedRequest } from './delivery/support.js';

async function scripted(bucket: string, faults: object[]): Promise<string> {
  await fetch(`/__endpoint/${bucket}/__reset`, { method: 'POST' });
  await fetch(`/__endpoint/${bucket}/__script`, { method: 'POST', body: JSON.stringify(faults) });
  return `/__endpoint/${bucket}/data.json`;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('fetchText', () => {
  it('resolves to the body of a 2xx answer, asking for JSON', async () => {
    const url = await scripted('fetch-text-ok', [{ body: { periods: ['Q1'] } }]);
    expect(JSON.parse(await fetchText(url))).to.deep.equal({ periods: ['Q1'] });
    const [request] = (await (await fetch('/__endpoint/fetch-text-ok/__received')).json()) as { method: string; headers: Record<string, string> }[];
    expect(request!.method).to.equal('GET');
    expect(request!.headers.accept).to.equal('application/json');
  });

  it('rejects with data-fetch, naming the status, when the server fails', async () => {
    const url = await scripted('fetch-text-500', [{ status: 500 }]);
    const error = await rejection(fetchText(url));
    expect(error).to.be.instanceOf(PkError);
    expect((error as PkError).code).to.equal('data-fetch');
    expect((error as PkError).message).to.equal(`${new URL(url, document.baseURI).href} answered HTTP 500`);
  });

  it('rejects with data-fetch when the server cannot be reached', async () => {
    // Browsers retry an idempotent request when its connection drops, so every attempt is dropped.
    const url = await scripted('fetch-text-drop', [{ destroy: true, times: 10 }]);
    const error = (await rejection(fetchText(url))) as PkError;
    expect(error.code).to.equal('data-fetch');
    expect(error.message).to.contain('could not reach');
  });

  it('refuses a URL outside the allowlist without requesting anything', async () => {
    const error = (await rejection(fetchText('javascript:alert(1)'))) as PkError;
    expect(error.code).to.equal('config-invalid');
    expect(error.message).to.contain('URL scheme "javascript:" is not allowed');
  });

  it('rejects with the AbortError when aborted', async () => {
    const url = await scripted('fetch-text-abort', [{ delayMs: 1000, body: {} }]);
    const request = new AbortController();
    const pending = fetchText(url, { signal: request.signal });
    request.abort();
    const error = (await rejection(pending)) as DOMException;
    expect(error.name).to.equal('AbortError');
  });

  describe("the page's headers", () => {
    it('go with the documents of the collector, and with no other', async () => {
      const collector = new TestEndpoint();
      const elsewhere = new TestEndpoint();
      const lookalike = `${collector.url}-lookalike`;
      const settings: FetchSettings = { collector: `${collector.url}/`, headers: authorize };
      const urls = [`${collector.url}/v1/ratings`, `${collector.url}/ratings`, `${elsewhere.url}/v1/ratings`, `${lookalike}/v1/ratings`];
      for (const url of urls) await fetchText(url, { settings });
      const received: ReceivedRequest[] = [
        ...(await collector.received()),
        ...(await elsewhere.received()),
        ...(await (await fetch(`${lookalike}/__received`)).json()),
      ];
      expect(received.map(({ path, headers }) => [path, headers.authorization])).to.deep.equal([
        [urls[0], AUTHORIZATION.Authorization],
        [urls[1], undefined],
        [urls[2], undefined],
        [urls[3], undefined],
      ]);
    });

    it('when the callback fails: data-fetch, saying so, and no request', async () => {
      const collector = new TestEndpoint();
      const headers = () => {
        throw new Error('the token expired');
      };
      const error = (await rejection(fetchText(`${collector.url}/v1/ratings`, { settings: { collector: collector.url, headers } }))) as PkError;
      expect(error.code).to.equal('data-fetch');
      expect(error.message).to.contain('the headers callback failed: Error: the token expired');
      expect(await collector.received()).to.deep.equal([]);
    });
  });
});
