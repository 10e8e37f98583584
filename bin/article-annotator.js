#!/usr/bin/env node
'use strict';
// The command-line front end; the TypeScript is bundled into dist/ by `npm install` (prepare).
require('../dist/node/cli.js')
  .main(process.argv.slice(2))
  .then(code => {
    process.exitCode = code;
  });
