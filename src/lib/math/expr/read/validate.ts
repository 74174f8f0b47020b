// The allow-list over mathjs's tree: numbers, the caller's variables, pi, e,
// + − * / ^, unary minus, brackets and the functions in tree/functions.ts. Anything
// else is reported with what it is; where it is comes from the tokens, since
// mathjs nodes carry no source positions.

import type { MathNode } from 'mathjs';
import { bin, call, neg, num, type BinaryOp, type Expr } from '../tree/ast';
import { arity, TYPABLE } from '../tree/functions';
import { unknownFunctionHint, unknownNameHint } from './suggest';

/** Where a rejected node is: the first identifier token with this name (called = followed by "("). */
export interface Locate {
  readonly ident?: string;
  readonly called?: boolean;
}
export interface Rejection {
  readonly locate: Locate;
  readonly say: (at: string) => string;
}

export type Validation = { readonly ok: true; readonly expr: Expr } | { readonly ok: false; readonly rejections: readonly Rejection[] };

const BINARY: Readonly<Record<string, BinaryOp>> = { add: '+', subtract: '-', multiply: '*', divide: '/', pow: '^' };

// Read through an index signature: mathjs node classes are not a closed union we can switch on safely.
type Loose = MathNode & Record<string, unknown>;

export function validate(root: MathNode, variables: readonly string[]): Validation {
  const rejections: Rejection[] = [];
  const reject = (locate: Locate, say: (at: string) => string): Expr => {
    rejections.push({ locate, say });
    return num(NaN);
  };

  const symbol = (name: string): Expr => {
    const index = variables.indexOf(name);
    if (index >= 0) return { kind: 'var', name, index };
    if (name === 'pi' || name === 'e') return { kind: 'const', name };
    if (TYPABLE.has(name)) {
      return reject({ ident: name, called: false }, (at) => `"${name}" ${at} needs its argument in brackets: ${name}(x)`);
    }
    return reject({ ident: name, called: false }, (at) => `unknown name "${name}" ${at} — ${unknownNameHint(name, variables)}`);
  };

  const walk = (node: Loose): Expr => {
    switch (node.type) {
      case 'ConstantNode': {
        const value = node.value;
        if (typeof value === 'number' && !Number.isNaN(value)) return num(value);
        return reject({}, (at) => `only numbers are allowed as constants (${at})`);
      }
      case 'SymbolNode':
        return symbol(String(node.name));
      case 'ParenthesisNode':
        return walk(node.content as Loose);
      case 'OperatorNode': {
        const fn = String(node.fn);
        const args = (node.args as Loose[]).map(walk);
        if (fn === 'unaryMinus' && args.length === 1) return neg(args[0]);
        if (fn === 'unaryPlus' && args.length === 1) return args[0];
        if (fn === 'mod' && args.length === 2) return call('mod', args);
        const op = BINARY[fn];
        if (op && args.length === 2) return bin(op, args[0], args[1], node.implicit === true);
        const shown = String(node.op);
        return reject({ ident: /^[a-z]+$/.test(shown) ? shown : undefined }, (at) => `the operator "${shown}" ${at} is not supported`);
      }
      case 'FunctionNode':
        return callNode(node);
      default:
        return reject({}, (at) => `${String(node.type).replace(/Node$/, '').toLowerCase()} expressions are not supported (${at})`);
    }
  };

  const callNode = (node: Loose): Expr => {
    const target = node.fn as Loose;
    const args = (node.args as Loose[]).map(walk);
    if (target?.type !== 'SymbolNode') return reject({}, (at) => `only named functions can be called (${at})`);
    // parse.ts renames mod(a, b) to Mod(a, b) so mathjs does not read an infix mod.
    const name = target.name === 'Mod' ? 'mod' : String(target.name);
    if (variables.includes(name) || name === 'pi' || name === 'e') {
      // x(1 - x) is a product to a learner, as 2(1 - x) already is to mathjs.
      if (args.length === 1) return bin('*', symbol(name), args[0], true);
      return reject({ ident: name, called: true }, (at) => `"${name}" ${at} is a number, not a function — write ${name}*(…)`);
    }
    const fn = TYPABLE.get(name);
    if (!fn) return reject({ ident: name, called: true }, (at) => `unknown function "${name}" ${at} — ${unknownFunctionHint(name)}`);
    const { min, max } = arity(name);
    if (args.length < min || args.length > max) {
      const want =
        min === max ? `${min} argument${min === 1 ? '' : 's'}` : max === Infinity ? `at least ${min} arguments` : `${min} or ${max} arguments`;
      return reject({ ident: name, called: true }, (at) => `${name} ${at} takes ${want}, not ${args.length}`);
    }
    return call(fn, args);
  };

  const expr = walk(root as Loose);
  return rejections.length ? { ok: false, rejections } : { ok: true, expr };
}
