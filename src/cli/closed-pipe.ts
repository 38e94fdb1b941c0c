/// <reference types="node" />
/**
 * When the reader of `stream` goes away (`purpose-kit audit … | head`), what is still written to it
 * is dropped instead of ending in an EPIPE stack trace; the command finishes with its usual exit
 * code. Any other write error is still thrown.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
