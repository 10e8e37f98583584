// First module of the web test bundle: loads mocha's browser build (it defines the global `mocha`)
// and sets up the BDD globals before the shared test files call `describe`.
import 'mocha/mocha.js';

declare const EDITOR_TEST_GREP: string; // replaced by the bundler

mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20000 });
if (EDITOR_TEST_GREP) mocha.grep(EDITOR_TEST_GREP);
