import { describe, expect, it } from 'vitest';
import { purityProblems, checkTree } from './math-purity.mjs';

describe('math purity check', () => {
  it('flags Svelte, d3-selection and DOM use', () => {
    expect(purityProblems("import { mount } from 'svelte';")).toHaveLength(1);
    expect(purityProblems("import { select } from 'd3-selection';")).toHaveLength(1);
    expect(purityProblems("import * as d3 from 'd3';")).toHaveLength(1);
    expect(purityProblems("import { getPlane } from '../plane/context';")).toHaveLength(1);
    expect(purityProblems('const w = window.innerWidth;')).toHaveLength(1);
    expect(purityProblems("document.querySelector('svg')")).toHaveLength(1);
  });
  it('lets pure code through', () => {
    expect(purityProblems("import { scaleLinear } from 'd3-scale';\nexport const twice = (x: number) => 2 * x; // window. in a comment")).toEqual([]);
  });
  it('finds the real math core pure', () => {
    expect(checkTree('src/lib/math')).toEqual([]);
  });
});
