import havering from "../../examples/havering-2021-22.json";

/**
 * The built-in example: the Havering Borough Partnership's 2021/22 outline resourcing
 * requirements, as a plan in the plan format, every assumption stated in its notes.
 */
export function haveringExample(): unknown {
  return structuredClone(havering) as unknown;
}
