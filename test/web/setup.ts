// First module of the web test bundle: loads mocha's browser build (it defines the global `mocha`),
// sets up the BDD globals before the shared test files call `describe`, and warms the extension up.
import 'mocha/mocha.js';
import { warmUp } from '../editor/helpers';

declare const EDITOR_TEST_GREP: string; // replaced by the bundler

// One web worker runs the extension host and these tests on a single thread, so a busy machine
// slows every step; the bounds that matter are the tests' own waitFor limits (15 s per condition).
mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60000 });
if (EDITOR_TEST_GREP) mocha.grep(EDITOR_TEST_GREP);

before('the extension activates and analyses a first article', warmUp);
