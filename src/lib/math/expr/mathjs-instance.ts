// Loaded only through a dynamic import (see load.ts): mathjs's parser and
// derivative cost ~180 KB gzipped and ~100 ms on first use, which must never
// land on a drag. A factory instance with just the parse and derivative
// dependencies keeps the chunk smaller than the full default instance.

import { create, derivativeDependencies, parseDependencies } from 'mathjs';
import type { MathEngine } from './mathjs-types';

const instance = create({ parseDependencies, derivativeDependencies });

export const math: MathEngine = {
  parse: (text) => instance.parse(text),
  derivative: (expr, variable, options) => instance.derivative(expr, variable, options),
  ConstantNode: instance.ConstantNode as unknown as MathEngine['ConstantNode'],
  SymbolNode: instance.SymbolNode,
  OperatorNode: instance.OperatorNode as unknown as MathEngine['OperatorNode'],
  FunctionNode: instance.FunctionNode as unknown as MathEngine['FunctionNode'],
};
