import DecimalJs from "decimal.js";

/**
 * The project's own decimal type: 40 significant digits, ties rounded half-up (away from zero,
 * as Excel's ROUND does). A private clone, so no other code's `Decimal.set` can change our
 * arithmetic.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** Zero, shared: Decimal values are immutable. */
export const ZERO = new Decimal(0);
/** One, shared. */
export const ONE = new Decimal(1);

