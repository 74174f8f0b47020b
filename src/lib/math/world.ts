// World coordinates and typed numbers stay inside ±WORLD_LIMIT: what links
// accept, and far beyond any lesson.
export const WORLD_LIMIT = 1000;
