/**
 * A figure from outside the project, with where it came from. Every built-in rate is one of
 * these, so a finance lead can see the source of any number the engine uses.
 *
 * Tags: O official source; 3P third-party copy of official figures; D derived from sourced
 * figures (the derivation is in the source text); U unverified.
 */
export type VerificationTag = "O" | "3P" | "D" | "U";

export interface Figure {
  /** A plain decimal string: pounds for money, a fraction for a rate ("0.138"). */
  readonly value: string;
  readonly tag: VerificationTag;
  readonly source: string;
}

/** Builds a figure. */
export function figure(value: string, tag: VerificationTag, source: string): Figure {
  return { value, tag, source };
}
