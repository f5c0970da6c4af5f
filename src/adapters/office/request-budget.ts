/** Excel on the web refuses a request over 5 MB; requests are kept under this estimate, with room for the wire format's own overhead. */
export const REQUEST_BYTES = 3_500_000;

/** The estimated wire size of one queued action besides its data (object path, action type, property name). */
export const ACTION_BYTES = 160;

/**
 * Counts the estimated bytes queued on a request context and sends the request (one
 * `context.sync()`) when the next piece would take it over the budget, or when the writer starts
 * a new request (nextRequest). Within a budget the number of syncs follows the bytes written,
 * not rows or actions.
 */
export class RequestBudget {
  private queued = 0;
  private sent = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    /** Called after each intermediate sync, before anything else is queued (calculation suspension lasts one request). */
    private readonly startRequest: () => void,
    private readonly limit: number = REQUEST_BYTES,
  ) {}

  /** Makes room for `bytes` more in the current request, sending what is already queued when they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued + bytes > this.limit) await this.nextRequest();
    this.queued += bytes;
  }

  /** Sends what is queued, so what follows starts a request of its own. */
  async nextRequest(): Promise<void> {
    if (this.queued === 0) return;
    await this.context.sync();
    this.sent++;
    this.queued = 0;
    this.startRequest();
  }

  /** An action whose data is `data` (sized as its JSON). */
  async reserveFor(data: unknown): Promise<void> {
    await this.reserve(ACTION_BYTES + (data === undefined ? 0 : JSON.stringify(data).length));
  }

  /** Sends what is left; the number of requests this budget sent. */
  async finish(): Promise<number> {
    await this.context.sync();
    return ++this.sent;
  }
}
