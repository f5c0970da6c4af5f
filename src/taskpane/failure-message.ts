/**
 * The words to show for a gateway promise that rejected: its message when it has one. A rejection
 * is unexpected (the gateway reports expected failures as outcomes), so the text says so.
 */
export function failureMessage(what: string, reason: unknown): string {
  const detail = reason instanceof Error ? reason.message : typeof reason === "string" ? reason : "";
  return detail ? `${what} stopped unexpectedly: ${detail}` : `${what} stopped unexpectedly.`;
}
