import { createContext, useContext, type ReactNode } from "react";
import type { PlannerGateway } from "../planner/gateway";

const GatewayContext = createContext<PlannerGateway | undefined>(undefined);

/** Gives every panel the planner gateway (Excel's, or the preview's in-memory workbook). */
export function GatewayProvider({ gateway, children }: { readonly gateway: PlannerGateway; readonly children: ReactNode }) {
  return <GatewayContext.Provider value={gateway}>{children}</GatewayContext.Provider>;
}

/** The planner gateway; throws when a component is rendered outside a GatewayProvider (a wiring bug). */
export function useGateway(): PlannerGateway {
  const gateway = useContext(GatewayContext);
  if (!gateway) throw new Error("useGateway: no GatewayProvider above this component");
  return gateway;
}
