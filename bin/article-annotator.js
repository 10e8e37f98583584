#!/usr/bin/env node
'use strict';
// The command-line front end; the TypeScript is bundled into dist/ by `npm install` (prepare).
require('../dist/node/cli.js').run(process.argv.slice(2));
