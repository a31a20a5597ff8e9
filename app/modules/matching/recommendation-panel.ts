// The shape of a recommendations panel, shared by the server functions that build one
// (recommendation-panels.server.ts) and the component that shows it (components/recommendations.tsx).
/**
 * `ended`: the scenario's bidding is over (hasBiddingEnded), so nothing is recommended and the panel says why.
 * `solutionsMatched` / `solutionsTotal` (a firm's dashboard): how many of the firm's solutions were matched.
 */
export type RecommendationPanel<T> = {
  available: boolean;
  items: T[];
  ended?: boolean;
  solutionsMatched?: number;
  solutionsTotal?: number;
  /** More would be recommended than the `limit` asked for (the scenario page links to the invite page's longer list). */
  more?: boolean;
};
