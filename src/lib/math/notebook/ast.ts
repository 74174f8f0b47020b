// The tree of one cell. Every node keeps its span, so any error raised while
// evaluating it can underline the exact text it came from.
import type { Span } from './types';

export type BinaryOperator = '+' | '-' | '*' | '/' | '@' | '**';

export type Expr =
  | { readonly kind: 'number'; readonly value: number; readonly isInt: boolean; readonly text: string; readonly span: Span }
  | { readonly kind: 'name'; readonly name: string; readonly span: Span }
  | { readonly kind: 'list'; readonly items: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'tuple'; readonly items: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'unary'; readonly op: '-' | '+'; readonly operand: Expr; readonly span: Span }
  | { readonly kind: 'binary'; readonly op: BinaryOperator; readonly left: Expr; readonly right: Expr; readonly opSpan: Span; readonly span: Span }
  | { readonly kind: 'call'; readonly callee: Expr; readonly args: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'attribute'; readonly object: Expr; readonly name: string; readonly nameSpan: Span; readonly span: Span }
  | { readonly kind: 'index'; readonly object: Expr; readonly indices: readonly Subscript[]; readonly span: Span };

/** One entry between the brackets of A[...]: an expression, or a slice start:stop:step. */
export type Subscript =
  Expr | { readonly kind: 'slice'; readonly start: Expr | null; readonly stop: Expr | null; readonly step: Expr | null; readonly span: Span };

export type Statement =
  | { readonly kind: 'import'; readonly span: Span }
  | { readonly kind: 'assign'; readonly target: string; readonly targetSpan: Span; readonly value: Expr; readonly span: Span }
  | { readonly kind: 'expr'; readonly value: Expr; readonly span: Span }
  /** A blank cell, or one holding only a comment. */
  | { readonly kind: 'empty'; readonly span: Span };
