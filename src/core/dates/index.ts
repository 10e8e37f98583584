// Public entry point of the temporal tagger.
import type { AnalyzeOptions, Recognizer, Span } from '../types';
import { recognizeTemporal } from './recognize';

export { recognizeTemporal };
export { findReferenceDate } from './reference';
export { describeTemporal } from './describe';

export class TemporalRecognizer implements Recognizer {
  recognize(text: string, options?: AnalyzeOptions): Span[] {
    return recognizeTemporal(text, options);
  }
}
