/** A page of its own inside the test page: an iframe, loaded, that a test can look into and remove. */
export async function openFrame(src: string, size = { width: 1024, height: 768 }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(size.width);
  frame.height = String(size.height);
  const loaded = new Promise((resolve, reject) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.addEventListener('error', reject, { once: true });
  });
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The iframe's window, typed with what its page put there. */
export function frameWindow<T extends object>(frame: HTMLIFrameElement): Window & typeof globalThis & T {
  return frame.contentWindow as Window & typeof globalThis & T;
}
