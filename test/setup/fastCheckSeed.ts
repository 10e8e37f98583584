/**
 * One seed for every property test of the unit suite, so that a failure in CI replays exactly. Set
 * FC_SEED to explore others: `FC_SEED=$RANDOM npm run test:unit`. Tests that pass their own seed keep it.
 */
import * as fc from 'fast-check';

const DEFAULT_SEED = 20261204;
const seed = process.env.FC_SEED === undefined ? DEFAULT_SEED : Number(process.env.FC_SEED);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${process.env.FC_SEED}`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
