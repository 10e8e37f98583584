/**
 * Currencies written as their ISO codes beside an amount ("35.8 billion USD", "EUR 12 million"), which
 * news translated into English and market reports write, and the tagger reads as bodies.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { dropSpan } from './spanTokens';

/** ISO 4217 codes of the currencies news quotes most. */
const CURRENCY_CODES = new Set([
  'AED', 'ARS', 'AUD', 'BDT', 'BRL', 'CAD', 'CHF', 'CLP', 'CNY', 'COP', 'CZK', 'DKK', 'EGP', 'EUR', 'GBP',
  'GHS', 'HKD', 'HUF', 'IDR', 'ILS', 'INR', 'JPY', 'KES', 'KRW', 'KWD', 'KZT', 'MXN', 'MYR', 'NGN', 'NOK',
  'NZD', 'PEN', 'PHP', 'PKR', 'PLN', 'QAR', 'RMB', 'RUB', 'SAR', 'SEK', 'SGD', 'THB', 'TRY', 'TWD', 'UAH',
  'USD', 'VND', 'ZAR',
]); // prettier-ignore

/** Words that end an amount before its currency ("1.2 billion USD"). */
const SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'mln', 'bln', 'bn', 'mn']);

const NUMBER = /^\d[\d.,]*$/;

/**
 * "reached 35.8 billion USD" -> no name: a currency's code alone as a name, right after an amount (a
 * number or its scale word) or right before a number, is the amount's unit. Elsewhere the code may be
 * a body's acronym or a word in capitals ("TRY AGAIN").
 */
export function dropCurrencyCodes(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const f = first[k];
    if (tokens[f].end !== spans[k].end || !CURRENCY_CODES.has(tokens[f].text)) continue;
    const before = f > 0 ? tokens[f - 1].text : '';
    const after = f + 1 < tokens.length ? tokens[f + 1].text : '';
    if (!NUMBER.test(before) && !SCALES.has(before) && !NUMBER.test(after)) continue;
    dropSpan(spans, first, k);
  }
}
