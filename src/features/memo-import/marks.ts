/** Review marks: what the memo parser was unsure of, where in the proposed document, and why (in Danish). */

/** One thing a person should look at before saving; `blocking` ones must be resolved and removed first. */
export interface Mark {
  /** Path in the plan document, e.g. "initiatives.4.targets.0.population". */
  path: string;
  message: string;
  blocking?: boolean;
}
