// Test helper: the engine, loaded once per test file.
import { loadEngine, type Engine } from '../index';

export const engine: Engine = await loadEngine();
