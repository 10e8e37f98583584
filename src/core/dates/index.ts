import type { AnalyzeOptions, Recognizer, Span } from '../types';

/** Finds DATE/TIME/DURATION/SET expressions; sorted, non-overlapping. */
export function recognizeTemporal(text: string, options?: { dct?: string }): Span[] {
  void text;
  void options;
  return [];
}

export class TemporalRecognizer implements Recognizer {
  recognize(text: string, options?: AnalyzeOptions): Span[] {
    return recognizeTemporal(text, options);
  }
}
