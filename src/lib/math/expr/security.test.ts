import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { math } from './mathjs-instance';
import { engine } from './test/engine';
import { expectWellFormed } from './test/invariants';

// The attack payloads of mathjs's own test/unit-tests/expression/security.test.js
// (josdejong/mathjs, as of mathjs 15), as the strings handed to math.evaluate,
// plus the functions that brief names: import, createUnit, evaluate in an expression.
const MATHJS_SECURITY_PAYLOADS: readonly string[] = [
  'f=[].map.constructor("console.log(\'hacked...\')"); f()',
  'f=sqrt.constructor("console.log(\'hacked...\')"); f()',
  'f=[].map.constructor.call(null, "console.log(\'hacked...\')"); f()',
  'f=[].map.constructor.apply(null, ["console.log(\'hacked...\')"]); f()',
  '[].constructor()',
  'constructor',
  'toString',
  'f=[].map["constructor"]("console.log(\'hacked...\')"); f()',
  'prop="constructor"; f=[].map[prop]("console.log(\'hacked...\')"); f()',
  'f=[].map[concat("constr", "uctor")]("console.log(\'hacked...\')"); f()',
  'f=[].map.constructor.bind()("console.log(\'hacked...\')"); f()',
  '["//","a/*\\nreturn process.mainModule.require"]._data.map(cos.constructor)[1]()("child_process").execSync("ps >&2")',
  '{}.constructor.assign(cos.constructor, {binding: cos.bind})\n' +
    '{}.constructor.assign(cos.constructor, {bind: null})\n' +
    'f=cos.constructor.binding()("console.log(\'hacked...\')")\n' +
    'f()',
  // Unicode-disguised property names.
  'a.co\u006Estructor',
  'a["co\\u006Estructor"]',
  'a.constructor',
  'a.constructor = 2',
  'a["constructor"] = 2',
  'a["co\\u006Estructor"] = 2',
  'a = {"constructor": 2}',
  'a = {constructor: 2}',
  'a = {"co\\u006Estructor": 2}',
  'a = {co\u006Estructor: 2}',
  'import({matrix:cos.constructor},{override:1});x=["console.log(\'hacked...\')"];x()',
  'a=["console.log(\'hacked...\')"]._data;a.isRange=true;x={subset:cos.constructor}[a];x()',
  'p = parser()\n' +
    'p.evaluate("", [])\n' +
    'o = p.get("constructor")\n' +
    'c = o.getOwnPropertyDescriptor(o.__proto__, "constructor")\n' +
    'f = c.value("console.log(\'hacked...\')")\n' +
    'f()',
  'O = {}.constructor\n' +
    'd = O.getOwnPropertyDescriptor(O.__proto__, "constructor")\n' +
    'f = evaluate("value", d)("console.log(\'hacked...\')")\n' +
    'f()',
  'f=[].map["\\u0063onstructor"]("console.log(\'hacked...\')"); f()',
  '{hasOwnProperty: 2}',
  '{constructor: 2}',
  '{toString: 2}',
  '{}.constructor.assign(expression.node.AssignmentNode.prototype, ' +
    '{_compile: "".toString.bind("console.log(\'hacked...\')")})\n' +
    'evaluate("a = 2")',
  'expression.node.AssignmentNode.prototype.__defineGetter__("_compile", ' +
    '{}.valueOf.bind("".toString.bind("console.log(\'hacked...\')"))); evaluate("a = 2")',
  's={};s.__proto__=expression.node.SymbolNode["prototype"];expression.node.SymbolNode.apply(s,["\\");},\\"exec\\":function(a){return global.eval}};//"]._data);s.compile().exec()("console.log(\'hacked...\')")',
  'x=parse("cos");x.name = "\\");},\\"evaluate\\": function(a) {return global.eval}};//a"; x.compile().evaluate()("console.log(\'hacked...\')")',
  'p = parse("{}[\\"console.log(\'hacked...\')\\"]"); p.index.dimensions["0"].valueType = "boolean"; p.evaluate()',
  'cos.syntax="global.eval";s=unit("5 cm");s.units=[]._data;s.value=cos;s._compile=s.toString;expression.node.Node.prototype.compile.call(s).evaluate()("console.log(\'hacked...\')")',
  'expression.node.ConstantNode.prototype.clone.call({"value":"evaluate"}).evaluate()("console.log(\'hacked...\')")',
  'c(x,y)="console.log(\'hacked...\')";expression.node.Node.prototype.compile.apply({_compile:c}).evaluate()',
  'f()=false;' +
    'g()={length:3};' +
    'h()={"0":0,"1":0,"2":0};' +
    'j(x)=[x("constructor")];' +
    'k(x)={map:j};' +
    'i={isIndex:true,isScalar:f,size:g,min:h,max:h,dimension:k};' +
    'f=subset(subset([[[0]]],i),index(1,1,1))("console.log(\'hacked...\')");' +
    'f()',
  'a=index([0,1]);b=a.dimension("__proto__");b',
  'scope={}; setter = evaluate("f(obj, name, newValue, assign) = (obj[name] = newValue)", scope); o = parse("1"); setter(o, "value", "evaluate", subset); scope.obj.compile().evaluate()("console.log(\'hacked...\')")',
  'subset(parse("1"), index("value"), "evaluate").compile().evaluate()("console.log(\'hacked...\')")',
  'badValue = {"isNode": true, "_compile": evaluate("f(a, b) = \\"evaluate\\"")}; x = evaluate("f(child, path, parent) = path ==\\"value\\" ? newChild : child", {"newChild": badValue}); parse("x = 1").map(x).compile().evaluate()("console.log(\'hacked\')")',
  'badValue = {"isNode": true, "type": "ConstantNode", "valueType": "string", "_compile": evaluate("f(a, b) = \\"evaluate\\"")}; x = evaluate("f(child, path, parent) = path ==\\"value\\" ? newChild : child", {"newChild": badValue}); parse("x = 1").map(x).compile().evaluate()("console.log(\'hacked...\')")',
  'evaluate("f(validateSafeMethod)=cos.constructor(\\"return evaluate\\")()")(evaluate("f(x,y)=0"))("console.log(\'hacked...\')")',
  'badToString = evaluate("f() = 1"); badReplace = evaluate("f(a, b) = \\"evaluate\\""); badNumber = {toString:badToString, replace:badReplace}; badNode = {"isNode": true, "type": "ConstantNode", "valueType": "number", "value": badNumber}; x = evaluate("f(child, path, parent) = badNode", {badNode:badNode}); parse("(1)").map(x).compile().evaluate()("console.log(\'hacked...\')")',
  'badNode={isNode:true,type:"FunctionAssignmentNode",expr:parse("1"),types:{join:evaluate("f(a)=\\"\\"")},params:{"forEach":evaluate("f(x)=1"),"join":evaluate("f(x)=\\"){return evaluate;}});return fn;})())}});return fn;})());}};//\\"")}};parse("f()=x").map(evaluate("f(a,b,c)=badNode",{"badNode":badNode})).compile().evaluate()()()("console.log(\'hacked...\')")',
  'parse("(0)").map(evaluate("f(a,b,c)=d",{d:{isNode:true,type:"OperatorNode",fn:"__lookupGetter__",args:{map:evaluate("f(a)=b",{b:{join:evaluate("f(a)=\\"1)||evaluate;}};//\\"")}})}}})).compile().evaluate()("console.log(\'hacked...\')")',
  'f(x,y)="evaluate";g()=3;fakeConstantNode={"isNode": true, "type": "ConstantNode", "valueType": "number", "value": {"replace": f, "toString": g}};injectFakeConstantNode(child,path,parent)=path=="value"?fakeConstantNode:child;parse("a=3").map(injectFakeConstantNode).compile().evaluate()("console.log(\'hacked...\')")',
  'g(x)="evaluate";f(x)=({join: g});fakeArrayNode={isNode: true, type: "ArrayNode", items: {map: f}};injectFakeArrayNode(child,path,parent)=path=="value"?fakeArrayNode:child;parse("a=3").map(injectFakeArrayNode).compile().evaluate()[1]("console.log(\'hacked...\')")',
  'x=parse("\\"a\\"");x.__defineGetter__("value",evaluate("f()=\\"false\\\\\\\\\\\\\\\\\\\\\\"&&evaluate;}};\\/\\/\\"")); x.compile().evaluate()("console.log(\'hacked...\')")',
  'f=chain("a(){return evaluate;};function b").typed({"":f()=0}).done();' + 'g=f();' + 'g("console.log(\'hacked...\')")',
  'evilMath=chain().create().done();evilMath.import({"_compile":f(a,b,c)="evaluate","isNode":f()=true}); parse("(1)").map(g(a,b,c)=evilMath.chain()).compile().evaluate()("console.log(\'hacked...\')")',
  'x=parse("a",{nodes:{a:Chain}});Chain.bind(x,{})();' +
    'evilMath=x.create().done();' +
    'evilMath.import({"_compile":f(a,b,c)="evaluate","isNode":f()=true}); ' +
    'parse("(1)").map(g(a,b,c)=evilMath.chain()).compile().evaluate()("console.log(\'hacked...\')")',
  '[]["(){}+console.log(`hacked...`);function a"]()=0',
  '{}["(){}+console.log(`hacked...`);function a"]()=0',
  'obj.constructor',
  '{}.__proto__',
  '[]._data',
  'unit("5cm").valueOf',
  'evalFunctionNode=parse("constructor(\'return process.version\')")._compile({},{});' + 'f=evalFunctionNode(null,cos);' + 'f()',
  'expression',
  'type',
  'error',
  'json',
  'config({"__proto__":{"polluted":"yes"}})',
  'a = {"__proto__":{"polluted":"yes"}}',
];

// The same ideas in shapes that pass our lexical filter (letters, digits,
// operators, brackets), so the tree allow-list must catch them.
const FUNCTION_SHAPED: readonly string[] = [
  'import(x)',
  'createUnit(x)',
  'evaluate(x)',
  'parse(x)',
  'simplify(x)',
  'derivative(x, y)',
  'compile(x)',
  'config(x)',
  'typed(x)',
  'chain(x)',
  'parser()',
  'unit(x)',
  'Function(x)',
  'eval(x)',
  'constructor(x)',
  '__proto__',
  'constructor',
  'prototype',
  'toString(x)',
  'valueOf',
  'hasOwnProperty(x)',
  '__defineGetter__(x, y)',
  'global',
  'globalThis',
  'process',
  'window',
  'require(x)',
  'x constructor',
  'sin constructor',
  'pi(x, y)',
  'x(x, y)',
  'sin(x)(y, x)',
  'e(1, 2)',
  'Chain',
  'cos bind',
  'x mod constructor',
];

function snapshot(o: object): string {
  return Object.getOwnPropertyNames(o)
    .sort()
    .map((k) => {
      const d = Object.getOwnPropertyDescriptor(o, k)!;
      return `${k}:${typeof d.value}:${String(d.writable)}:${String(d.get)}:${String(d.set)}`;
    })
    .join('\n');
}

const PROTOTYPES = {
  Object: Object.prototype,
  Function: Function.prototype,
  Array: Array.prototype,
  String: String.prototype,
  Number: Number.prototype,
};
const before = new Map<string, string>();
let globalsBefore: string[] = [];

beforeAll(() => {
  for (const [name, proto] of Object.entries(PROTOTYPES)) before.set(name, snapshot(proto));
  globalsBefore = Object.getOwnPropertyNames(globalThis).sort();
});

afterAll(() => {
  // Also checked here so a payload run by any test in this file is covered.
  for (const [name, proto] of Object.entries(PROTOTYPES)) expect(snapshot(proto), `${name}.prototype`).toBe(before.get(name));
});

describe('mathjs security payloads are rejected with a message', () => {
  it.each([...MATHJS_SECURITY_PAYLOADS, ...FUNCTION_SHAPED].map((p) => [p]))('%j', (payload) => {
    const scalar = engine.compileExpression(payload);
    expect(scalar.ok).toBe(false);
    expectWellFormed(scalar, payload.length);

    const gradient = engine.compileGradient(payload);
    expect(gradient.ok).toBe(false);
    expectWellFormed(gradient, payload.length);

    const pair = engine.compileField([payload, 'x']);
    expect(pair).toMatchObject({ ok: false, part: 0 });
    expectWellFormed(pair, payload.length);

    if (payload.length < 990) {
      const tuple = `(x, ${payload})`;
      const field = engine.compileField(tuple);
      expect(field.ok).toBe(false);
      expectWellFormed(field, tuple.length);
    }
  });

  it('leaves the built-in prototypes and globals as they were', () => {
    for (const [name, proto] of Object.entries(PROTOTYPES)) expect(snapshot(proto), `${name}.prototype`).toBe(before.get(name));
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(globalsBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('mathjs only parses and differentiates: its compile and evaluate never run', () => {
  it("works with every mathjs node's compile and evaluate replaced by a trap", () => {
    const nodeProto = Object.getPrototypeOf(Object.getPrototypeOf(math.parse('x'))) as Record<string, unknown>;
    const saved = { compile: nodeProto.compile, evaluate: nodeProto.evaluate };
    const trap = () => {
      throw new Error('mathjs compile/evaluate was called');
    };
    nodeProto.compile = trap;
    nodeProto.evaluate = trap;
    try {
      const f = engine.compileField('(sin(x y) + atan2(y, x), min(x, y) mod(x, 3))');
      const g = engine.compileGradient('(1-x)^2 + 100(y-x^2)^2');
      expect(f.ok && g.ok).toBe(true);
      if (f.ok && g.ok) {
        f.jacobian.fn(1, 2);
        expect(g.fn(1, 1).map((v) => v + 0)).toEqual([0, 0]); // + 0 turns -0 into 0
      }
    } finally {
      nodeProto.compile = saved.compile;
      nodeProto.evaluate = saved.evaluate;
    }
  });
});
