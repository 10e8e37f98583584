/**
 * Exchanges named in a ticker's brackets, as business wires write a listed company: "Calloway (NYSE:
 * CFH)", "Velkom (ASX: VLK)". The tagger knows few exchanges' acronyms and reads them as nothing.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import type { RuleCue } from './ruleCues';
import { replaceWithName } from './spanTokens';

/** Stock exchanges' short names as tickers are written with them. */
const EXCHANGES = new Set([
  ...['NYSE', 'NASDAQ', 'Nasdaq', 'AMEX', 'LSE', 'AIM', 'TSX', 'TSXV', 'CSE', 'ASX', 'NZX', 'JSE', 'SGX'],
  ...['HKEX', 'SEHK', 'TSE', 'BSE', 'NSE', 'KRX', 'KOSDAQ', 'IDX', 'PSE', 'BMV', 'Euronext', 'Xetra', 'SIX'],
]);
/** `tagTickerExchanges` acts only on a sentence with an exchange's short name. */
export const TICKER_EXCHANGE_CUE: RuleCue = { test: text => EXCHANGES.has(text) };
/** A ticker: capitals, digits and dots ("CFH", "BRK.B", "005930"). */
const TICKER = /^[A-Z0-9][A-Z0-9.]{0,7}$/;

/**
 * "( NYSE/O : CFH )" -> "NYSE/ORG": an exchange's short name right after a bracket and before a colon
 * and a ticker is the exchange, a body.
 */
export function tagTickerExchanges(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!EXCHANGES.has(tokens[i].text) || tokens[i - 1].text !== '(' || tokens[i + 1].text !== ':') continue;
    if (!TICKER.test(tokens[i + 2].text)) continue;
    replaceWithName(tokens, tags, spans, first, i, i + 1, 'ORG');
  }
}
