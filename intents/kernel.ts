/**
 * The two loops that cost nearly all of training (linear.ts): scores of every class for one
 * example, and the weight update after it. Both walk a row of class weights per feature, so they
 * run four classes at a time with WebAssembly SIMD, the module assembled below from a few dozen
 * instructions (no build step, no binary in the repository).
 *
 * The arithmetic is single precision, rounded after every multiply and add. The plain JavaScript
 * version (used where WebAssembly SIMD is missing, and by the test that compares the two) rounds
 * at the same places, so both give the same weights, bit for bit.
 */

export interface Kernel {
  /** Class weights, `stride` floats per feature (the class count rounded up to a multiple of 4). */
  readonly weights: Float32Array;
  readonly stride: number;
  readonly simd: boolean;
  /** The most features an example may have. */
  readonly capacity: number;
  /** Room for one set of scores, for callers that score one example at a time. */
  readonly scratch: Float32Array;
  /** Takes the example the next `dot` and `update` work on. */
  load(rows: Int32Array, values: Float32Array): void;
  /** Scores of every class for the example, added onto `out` (which holds the biases). */
  dot(out: Float32Array): void;
  /** w <- w * decay - value * step[class], for every class of every feature of the example. */
  update(step: Float32Array, decay: number): void;
}

// ---- a small WebAssembly assembler: just what the two functions need ----

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

const I32 = 0x7f;
const F32 = 0x7d;
const V128 = 0x7b;
const op = {
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  i32: (n: number) => [0x41, ...sleb(n)],
  add: [0x6a],
  mul: [0x6c],
  ltU: [0x49],
  geU: [0x4f],
  loadI32: [0x28, 2, 0],
  loadF32: [0x2a, 2, 0],
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  end: [0x0b],
  simd: (code: number, ...immediates: number[]) => [0xfd, ...uleb(code), ...immediates],
};
const v128Load = op.simd(0x00, 4, 0);
const v128Store = op.simd(0x0b, 4, 0);
const f32x4Splat = op.simd(0x13);
const f32x4Add = op.simd(0xe4);
const f32x4Sub = op.simd(0xe5);
const f32x4Mul = op.simd(0xe6);

/** Instructions, one group per line of the listings below. */
const code = (...lines: number[][]): number[] => lines.flat();

/**
 * The loop both functions share. For each of the n features (parameters: rows 0, vals 1, n 2,
 * w 4, strideBytes 5): row = w + *rows * strideBytes and value = splat(*vals), then `inner` once
 * per four classes. Locals from `first`: end of rows, row address, byte in row, value (v128).
 */
function overFeatures(first: number, inner: number[]): number[] {
  const [end, row, byte, value] = [first, first + 1, first + 2, first + 3];
  // biome-ignore format: an assembly listing, one statement per line
  return code(
    op.get(0), op.get(2), op.i32(4), op.mul, op.add, op.set(end),                // end = rows + 4n
    op.block, op.loop,
      op.get(0), op.get(end), op.geU, op.brIf(1),                                // while rows < end
      op.get(4), op.get(0), op.loadI32, op.get(5), op.mul, op.add, op.set(row),  // row = w + *rows * stride
      op.get(1), op.loadF32, f32x4Splat, op.set(value),                          // value = splat(*vals)
      op.i32(0), op.set(byte),
      op.loop,                                                                   // for each 4 classes
        inner,
        op.get(byte), op.i32(16), op.add, op.set(byte),
        op.get(byte), op.get(5), op.ltU, op.brIf(0),
      op.end,
      op.get(0), op.i32(4), op.add, op.set(0),                                   // next feature
      op.get(1), op.i32(4), op.add, op.set(1),
      op.br(0),
    op.end, op.end,
  );
}

/** dot(rows, vals, n, out, w, strideBytes): out += vals[j] * row, for each feature j. */
// biome-ignore format: an assembly listing, one statement per line
const dotBody = code(
  overFeatures(6, code(                        // locals 6 end, 7 row, 8 byte, 9 value
    op.get(3), op.get(8), op.add,
    op.get(3), op.get(8), op.add, v128Load,
    op.get(9), op.get(7), op.get(8), op.add, v128Load, f32x4Mul,
    f32x4Add, v128Store,                       // out += value * row
  )),
  op.end,
);

/** update(rows, vals, n, step, w, strideBytes, decay): row <- row * decay - vals[j] * step. */
// biome-ignore format: an assembly listing, one statement per line
const updateBody = code(
  op.get(6), f32x4Splat, op.set(11),           // local 11: splat(decay)
  overFeatures(7, code(                        // locals 7 end, 8 row, 9 byte, 10 value; 12 address
    op.get(8), op.get(9), op.add, op.set(12),
    op.get(12),
    op.get(12), v128Load, op.get(11), f32x4Mul,
    op.get(10), op.get(3), op.get(9), op.add, v128Load, f32x4Mul,
    f32x4Sub, v128Store,                       // w = w * decay - value * step
  )),
  op.end,
);

const locals = (groups: Array<[number, number]>) => vec(groups.map(([n, t]) => [...uleb(n), t]));
const body = (localGroups: Array<[number, number]>, code: number[]) => {
  const content = [...locals(localGroups), ...code];
  return [...uleb(content.length), ...content];
};

// biome-ignore format: the module's sections, one per line
const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,                                    // "\0asm", version 1
  ...section(1, vec([
    [0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [I32]]), ...vec([])],          // type 0: dot
    [0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [I32], [F32]]), ...vec([])],   // type 1: update
  ])),
  ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, 0x01]])),      // import env.memory
  ...section(3, vec([[0], [1]])),                                                    // two functions
  ...section(7, vec([[...name('dot'), 0x00, 0], [...name('update'), 0x00, 1]])),     // exported by name
  ...section(10, vec([
    body([[3, I32], [1, V128]], dotBody),
    body([[3, I32], [2, V128], [1, I32]], updateBody),
  ])),
]);

let compiled: WebAssembly.Module | null | undefined;

function module(): WebAssembly.Module | null {
  if (compiled === undefined) {
    compiled =
      typeof WebAssembly === 'object' && WebAssembly.validate(MODULE) ? new WebAssembly.Module(MODULE) : null;
  }
  return compiled;
}

const PAGE = 65536;

/** What decides the arithmetic of training: the module's bytes and the plain version's source (weight-cache.ts). */
export function kernelSource(): Array<string | Uint8Array> {
  return [MODULE, plainKernel.toString()];
}

/** The same two loops in plain JavaScript, rounding to single precision where the SIMD code does. */
function plainKernel(features: number, stride: number, capacity: number): Kernel {
  const weights = new Float32Array(features * stride);
  const f = Math.fround;
  let rows: Int32Array = new Int32Array(0);
  let values: Float32Array = new Float32Array(0);
  return {
    weights,
    stride,
    simd: false,
    capacity,
    scratch: new Float32Array(stride),
    load(r, v) {
      rows = r;
      values = v;
    },
    dot(out) {
      for (let j = 0; j < rows.length; j++) {
        const base = (rows[j] as number) * stride;
        const v = values[j] as number;
        for (let c = 0; c < stride; c++) out[c] = (out[c] as number) + f(v * (weights[base + c] as number));
      }
    },
    update(step, decay) {
      const d = f(decay);
      for (let j = 0; j < rows.length; j++) {
        const base = (rows[j] as number) * stride;
        const v = values[j] as number;
        for (let c = 0; c < stride; c++) {
          weights[base + c] = f((weights[base + c] as number) * d) - f(v * (step[c] as number));
        }
      }
    },
  };
}

/**
 * A kernel for `features` x `classes` weights and examples of up to `maxFeatures` features.
 * `forcePlain` picks the JavaScript version (for the test that compares the two).
 */
export function createKernel(
  features: number,
  classes: number,
  maxFeatures: number,
  forcePlain = false,
): Kernel {
  const stride = Math.ceil(classes / 4) * 4;
  const mod = forcePlain ? null : module();
  if (!mod) return plainKernel(features, stride, maxFeatures);
  const strideBytes = stride * 4;
  const out = 0;
  const step = out + strideBytes;
  const rowsAt = step + strideBytes;
  const valsAt = rowsAt + maxFeatures * 4;
  const weightsAt = Math.ceil((valsAt + maxFeatures * 4) / 16) * 16;
  const bytes = weightsAt + features * strideBytes;
  const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / PAGE) });
  const exports = new WebAssembly.Instance(mod, { env: { memory } }).exports as {
    dot: (rows: number, vals: number, n: number, out: number, w: number, strideBytes: number) => void;
    update: (
      rows: number,
      vals: number,
      n: number,
      step: number,
      w: number,
      strideBytes: number,
      decay: number,
    ) => void;
  };
  const buffer = memory.buffer;
  const outView = new Float32Array(buffer, out, stride);
  const stepView = new Float32Array(buffer, step, stride);
  const rowsView = new Int32Array(buffer, rowsAt, maxFeatures);
  const valsView = new Float32Array(buffer, valsAt, maxFeatures);
  let n = 0;
  return {
    weights: new Float32Array(buffer, weightsAt, features * stride),
    stride,
    simd: true,
    capacity: maxFeatures,
    scratch: new Float32Array(stride),
    load(rows, values) {
      rowsView.set(rows);
      valsView.set(values);
      n = rows.length;
    },
    dot(target) {
      outView.set(target);
      exports.dot(rowsAt, valsAt, n, out, weightsAt, strideBytes);
      target.set(outView);
    },
    update(stepOf, decay) {
      stepView.set(stepOf);
      exports.update(rowsAt, valsAt, n, step, weightsAt, strideBytes, decay);
    },
  };
}
