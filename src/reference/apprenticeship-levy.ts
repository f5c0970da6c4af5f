import { figure } from "./figure";

/**
 * Apprenticeship levy: 0.5% of the employer's pay bill liable to Class 1 secondary NI (earnings
 * below the secondary threshold included), less a £15,000 allowance, so it bites above a £3m pay
 * bill: every trust and borough. Budget-holders load it as 0.5% of each post's pay.
 */
export const APPRENTICESHIP_LEVY_RATE = figure(
  "0.005",
  "3P",
  "Finance Act 2016 Part 6, as summarised by Halsbury's Laws: 0.5% of the pay bill liable to Class 1 secondary NICs, £15,000 annual allowance",
);
