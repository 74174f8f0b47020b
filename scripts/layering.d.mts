export type LayerName = keyof typeof LAYERS;

export declare const LAYERS: {
  readonly math: string;
  readonly color: string;
  readonly text: string;
  readonly plane: string;
  readonly ui: string;
  readonly url: string;
  readonly kit: string;
  readonly display: string;
  readonly interaction: string;
  readonly lib: string;
  readonly scene: string;
  readonly scenes: string;
  readonly ours: string;
};

export interface Rule {
  readonly from: readonly LayerName[];
  readonly forbid: readonly LayerName[];
  readonly allow?: readonly LayerName[];
  readonly why: string;
}
export declare const RULES: readonly Rule[];

export interface Import {
  readonly line: number;
  readonly specifier: string;
  readonly kind: 'static' | 'type' | 're-export' | 'dynamic' | 'side-effect';
}

export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly specifier?: string;
  /** The resolved repo path, for a broken layering rule. */
  readonly target?: string;
  /** 'math is pure', or the rule as 'from ↛ forbidden'. */
  readonly rule: string;
  /** The whole message: file, line, import, rule and why. */
  readonly text: string;
}

export function matchGlob(glob: string, path: string): Record<string, string> | null;
export function blankComments(source: string, isSvelte?: boolean): { code: string; bare: string };
export function importsOf(source: string, isSvelte?: boolean): Import[];
export function resolveImport(fromPath: string, specifier: string, exists: (path: string) => boolean): string | null;
export function layeringProblems(files: Readonly<Record<string, string>>): Problem[];
export function readTree(dir?: string, root?: string): Record<string, string>;
export function checkLayering(dir?: string, root?: string): Problem[];
