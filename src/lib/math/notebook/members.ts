// What a name after a dot means, and what calling a value does: np.X and
// np.linalg.X look up the function tables, A.X an array's attributes and
// methods. Anything outside the tables is refused with a suggestion.
import type { Expr } from './ast';
import { fail, raise } from './failure';
import { ATTRIBUTE_NAMES, arrayAttribute, METHODS, NP_FUNCTIONS } from './functions';
import { closest, LINALG_NAMES, NDARRAY_ATTRIBUTES } from './hints';
import { pyRepr } from './repr';
import type { NotebookValue, Operand, Span } from './types';
import { describe, isNumpy, isPython, scalar, typeName, type Callable, type Val } from './values';

/** What a call may do besides returning: read the cell's text for hints, warn, and spend work. */
export interface Effects {
  readonly source: (span: Span) => string;
  readonly warn: (message: string) => void;
  readonly charge: (units: number, span: Span) => void;
}

const CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
  ['inf', Infinity],
  ['nan', NaN],
]);

const available = (prefix: string): string =>
  [...NP_FUNCTIONS.keys()]
    .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.'))
    .map((k) => `${k}(…)`)
    .join(', ');

const ARRAY_MEMBERS = [...ATTRIBUTE_NAMES.map((a) => `.${a}`), ...[...METHODS.keys()].map((m) => `.${m}(…)`)].join(', ');

export function call(node: Extract<Expr, { kind: 'call' }>, callee: Val, args: Operand[], ctx: Effects): Val {
  if (callee.kind === 'module')
    raise('type', 'TypeError', "'module' object is not callable", `${callee.path} is NumPy itself, not a function`, node.callee.span, {
      hint: `call one of its functions: ${available(`${callee.path}.`)}`,
    });
  if (callee.kind !== 'function') {
    const [f, x] = [ctx.source(node.callee.span), node.args.length === 1 ? ctx.source(node.args[0].span) : 'x'];
    raise(
      'type',
      'TypeError',
      `'${typeName(callee)}' object is not callable`,
      `${describe(callee)} is not a function, so it cannot be called with (…)`,
      node.span,
      {
        hint:
          node.callee.kind === 'attribute'
            ? // A.shape() or A.T(): an attribute read as a method.
              `leave out the brackets: ${f} is a value, not a function`
            : callee.kind === 'scalar'
              ? `to multiply by a number, write ${f} * ${x}`
              : `to multiply, write ${f} @ ${x} (matrix product) or ${f} * ${x} (elementwise)`,
      },
    );
  }
  const fn = callee.self ? METHODS.get(callee.name) : NP_FUNCTIONS.get(callee.name);
  if (!fn) return fail('name', `${callee.name} is not available here`, node.callee.span);
  const all = callee.self ? [callee.self, ...args] : args;
  if (all.length < fn.min || all.length > fn.max) arity(node, callee, args, fn, ctx);
  return fn.run(all, { span: node.span, warn: ctx.warn, charge: ctx.charge });
}

function arity(
  node: Extract<Expr, { kind: 'call' }>,
  callee: Callable,
  args: Operand[],
  fn: { usage: string; min: number; max: number },
  ctx: Effects,
): never {
  const shown = callee.self ? `.${callee.name}` : callee.name;
  const own = callee.self ? 1 : 0;
  const [lo, hi] = [fn.min - own, fn.max - own];
  const wanted = lo === hi ? `${lo} argument${lo === 1 ? '' : 's'}` : `${lo} to ${hi} arguments`;
  const second = args[1];
  if (args.length === 2 && second.value.kind === 'scalar' && ['np.array', 'np.zeros', 'np.ones'].includes(callee.name)) {
    const listed = args.map((a) => ctx.source(a.span)).join(', ');
    raise(
      'type',
      'TypeError',
      `Cannot interpret '${pyRepr(second.value)}' as a data type`,
      `${shown} takes one argument here; NumPy reads a second one as a data type`,
      second.span,
      {
        hint: callee.name === 'np.array' ? `wrap the numbers in brackets: np.array([${listed}])` : `the shape is one tuple: ${shown}((${listed}))`,
      },
    );
  }
  fail('type', `${shown} takes ${wanted} here, and was given ${args.length}`, node.span, { hint: `write ${fn.usage}` });
}

export function attribute(node: Extract<Expr, { kind: 'attribute' }>, object: Val, charge: Effects['charge']): Val {
  const name = node.name;
  if (object.kind === 'module') {
    const path = `${object.path}.${name}`;
    if (object.path === 'np' && name === 'linalg') return { kind: 'module', path: 'np.linalg' };
    if (object.path === 'np' && CONSTANTS.has(name)) return scalar(CONSTANTS.get(name) as number, 'float');
    if (NP_FUNCTIONS.has(path)) return { kind: 'function', name: path };
    const names = [...NP_FUNCTIONS.keys()].filter((k) => k.startsWith(`${object.path}.`)).map((k) => k.slice(object.path.length + 1));
    const near = closest(name, names);
    const absent = object.path === 'np.linalg' && !LINALG_NAMES.has(name);
    fail('name', `${path} is not available here`, node.nameSpan, {
      hint: near
        ? `did you mean ${object.path}.${near}?`
        : `available: ${available(`${object.path}.`)}${object.path === 'np' ? ', np.linalg.inv(…), np.linalg.det(…), np.linalg.norm(…), np.linalg.solve(…), np.pi, np.e, np.inf' : ''}`,
      ...(absent ? { numpy: `module 'numpy.linalg' has no attribute '${name}'`, exception: 'AttributeError' } : {}),
    });
  }
  if (object.kind === 'function') fail('type', `${object.name} is a function: call it before using .${name}`, node.span);
  const who = node.object.kind === 'name' ? node.object.name : '';
  const ours = ATTRIBUTE_NAMES.includes(name) || METHODS.has(name);
  if (isNumpy(object)) {
    if (ours) {
      if (METHODS.has(name))
        return {
          kind: 'function',
          name,
          self: { value: object, span: node.object.span, name: node.object.kind === 'name' ? node.object.name : null },
        };
      return arrayAttribute(name, object, node.span, charge) as NotebookValue;
    }
    const near = closest(name, [...ATTRIBUTE_NAMES, ...METHODS.keys()]);
    fail(
      'name',
      NDARRAY_ATTRIBUTES.has(name) ? `${who}.${name} is not available here` : `${who || 'this array'} has no attribute ${name}`,
      node.nameSpan,
      {
        hint: near ? `did you mean ${who}.${near}?` : `available: ${ARRAY_MEMBERS}`,
        ...(NDARRAY_ATTRIBUTES.has(name) ? {} : { numpy: `'${typeName(object)}' object has no attribute '${name}'`, exception: 'AttributeError' }),
      },
    );
  }
  const sequence = object.kind === 'tuple' || (object.kind === 'array' && object.list);
  fail('name', `${describe(object)} has no .${name}${isPython(object) ? ': it is a plain Python number' : ''}`, node.nameSpan, {
    hint: sequence ? `make it an array first: np.array(${who || '…'}).${name}` : undefined,
    ...(ours ? { numpy: `'${typeName(object)}' object has no attribute '${name}'`, exception: 'AttributeError' } : {}),
  });
}
