/** Real collectors for the studio's tests (test/support/collector-process.mjs) and what a test asks of them. */
import { expect } from '@open-wc/testing';

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

export async function startCollector(manifest: unknown): Promise<string> {
  const response = await post('/__collector/start', { manifest });
  expect(response.status, await response.clone().text()).to.equal(200);
  return ((await response.json()) as { base: string }).base;
}

export async function token(subject: string, claims: Record<string, unknown>): Promise<string> {
  return ((await (await post('/__collector/token', { subject, claims })).json()) as { token: string }).token;
}

export async function stored(base: string): Promise<any> {
  return (await fetch(`${base}/v1/manifest`, { cache: 'no-store' })).json();
}

/** An expert (named by their identity provider) sends an endorsement, as the rater does. */
export async function endorse(base: string, expert: string, name: string, course: string, pillar: string, problem: string): Promise<void> {
  const event = { id: crypto.randomUUID(), time: new Date().toISOString(), learnerId: expert, courseId: course, type: 'endorsement', data: { problem, pillar } };
  const response = await post(`${base}/v1/events`, { events: [event] }, { Authorization: `Bearer ${await token(expert, { name, title: 'Grid Planner' })}` });
  expect(response.status, await response.clone().text()).to.equal(200);
}
