#!/usr/bin/env node
// The `purpose-kit` command; its code is src/cli/node.ts, built to dist/cli.js.
import { run } from '../dist/cli.js';

await run();
