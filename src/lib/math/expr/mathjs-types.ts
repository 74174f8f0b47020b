// The slice of mathjs the engine uses, typed. Only this module and the lazily
// imported mathjs-instance.ts name mathjs at runtime; the rest of the engine
// receives it as a value, so nothing else pulls mathjs into a bundle.

import type { MathNode } from 'mathjs';

export interface MathEngine {
  parse(text: string): MathNode;
  derivative(expr: MathNode, variable: string, options: { simplify: false }): MathNode;
  ConstantNode: new (value: number) => MathNode;
  SymbolNode: new (name: string) => MathNode;
  OperatorNode: new (op: string, fn: string, args: MathNode[]) => MathNode;
  FunctionNode: new (name: string, args: MathNode[]) => MathNode;
}
