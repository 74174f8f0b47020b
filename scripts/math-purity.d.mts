export function purityProblems(source: string): string[];
export function listSources(dir: string): string[];
export function checkTree(dir: string): string[];
