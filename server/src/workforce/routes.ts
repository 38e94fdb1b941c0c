/**
 * The workforce routes, all for `ld-ops` (or the admin token): an import staged in batches and made
 * visible at once (`POST /v1/workforce/imports`, `…/{id}/rows`, `…/{id}/commit`, `DELETE …/{id}`),
 * the stored rows as NDJSON (`GET /v1/export/workforce`) and the Purpose Dividend document
 * (`GET /v1/metrics`). The import goes through the running collector because a PGlite data
 * directory can be open in one process only.
 */
import type { Context, Hono } from 'hono';
import { jsonBody, limitBody, needsLdOps, type Deps, type Env } from '../http/app.js';
import { refuse, type Problem } from '../http/problems.js';
import { InputError, readRow, ROWS_PER_REQUEST, type WorkforceRow } from './fields.js';
import { exportWorkforce } from './export.js';
import { MetricsService } from './metrics-service.js';
import { abandonImport, beginImport, commitImport, stageRows } from './workforce-store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function workforceRoutes(app: Hono<Env>, deps: Deps): void {
  const metrics = new MetricsService(deps.store, deps.manifests, deps.minGroup);

  app.get('/v1/metrics', async (c) => {
    const denied = needsLdOps(c, 'reading the Purpose Dividend');
    if (denied) return denied;
    c.header('Cache-Control', 'private, no-cache');
    return c.json(await metrics.document());
  });

  app.get('/v1/export/workforce', (c) => {
    const denied = needsLdOps(c, 'exporting workforce data');
    if (denied) return denied;
    return new Response(exportWorkforce(deps.store), { headers: { 'Content-Type': 'application/x-ndjson', 'Cache-Control': 'no-store' } });
  });

  app.post('/v1/workforce/imports', async (c) => {
    const denied = needsLdOps(c, 'importing workforce data');
    if (denied) return denied;
    return c.json({ import: await beginImport(deps.store) }, 201);
  });

  app.post('/v1/workforce/imports/:id/rows', limitBody(8 * 1024 * 1024, 'a batch of workforce rows'), async (c) => {
    const denied = needsLdOps(c, 'importing workforce data') ?? jsonBody(c) ?? badId(c);
    if (denied) return denied;
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return refuse(c, 400, 'invalid-json', 'the body is not JSON');
    }
    const list = (body as { rows?: unknown })?.rows;
    const first = Number((body as { firstRow?: unknown }).firstRow ?? 1);
    if (!Array.isArray(list) || list.length > ROWS_PER_REQUEST || !Number.isInteger(first)) {
      return refuse(c, 400, 'invalid-rows', `expected {"firstRow": n, "rows": [...]} with at most ${ROWS_PER_REQUEST} rows`);
    }
    const rows: WorkforceRow[] = [];
    const problems: Problem[] = [];
    list.forEach((values, index) => {
      try {
        if (!values || typeof values !== 'object') throw new InputError(`row ${first + index}: expected an object`, first + index);
        rows.push(readRow(values as Record<string, unknown>, first + index, (field) => field));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        problems.push({ index, path: `rows[${index}]${error.column ? `.${error.column}` : ''}`, message: error.message });
      }
    });
    if (problems.length) return refuse(c, 422, 'invalid-rows', `${problems.length} row(s) are not valid; nothing was staged`, { problems });
    await stageRows(deps.store, c.req.param('id'), rows, deps.pseudonymise);
    return c.json({ staged: rows.length });
  });

  app.post('/v1/workforce/imports/:id/commit', async (c) => {
    const denied = needsLdOps(c, 'importing workforce data') ?? badId(c);
    if (denied) return denied;
    const committed = await commitImport(deps.store, c.req.param('id'));
    metrics.refresh();
    return c.json(committed);
  });

  app.delete('/v1/workforce/imports/:id', async (c) => {
    const denied = needsLdOps(c, 'importing workforce data') ?? badId(c);
    if (denied) return denied;
    await abandonImport(deps.store, c.req.param('id'));
    return c.body(null, 204);
  });
}

function badId(c: Context<Env>): Response | undefined {
  return UUID.test(c.req.param('id') ?? '') ? undefined : refuse(c, 404, 'not-found', 'no such import: expected the id POST /v1/workforce/imports returned');
}
