/**
 * hb-subset (harfbuzzjs' harfbuzz-subset.wasm) through its C API: a font reduced to the given
 * code points plus everything GSUB/GPOS reach from them (HarfBuzz computes the layout closure),
 * with every layout feature kept so Arabic still joins and marks still attach.
 */

interface SubsetExports {
  memory: WebAssembly.Memory;
  _initialize?: () => void;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(data: number, len: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(b: number): void;
  hb_blob_get_length(b: number): number;
  hb_blob_get_data(b: number, len: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(f: number): void;
  hb_face_reference_blob(f: number): number;
  hb_set_add(s: number, v: number): void;
  hb_set_clear(s: number): void;
  hb_set_invert(s: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(i: number): void;
  hb_subset_input_unicode_set(i: number): number;
  hb_subset_input_set(i: number, which: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

export type Subsetter = (sfnt: Uint8Array, codePoints: Iterable<number>) => Uint8Array;

/** Instantiates the wasm once; the returned function subsets synchronously. */
export async function createSubsetter(wasm: BufferSource): Promise<Subsetter> {
  const { instance } = await WebAssembly.instantiate(wasm);
  const x = instance.exports as unknown as SubsetExports;
  x._initialize?.();
  return (sfnt, codePoints) => {
    const fontPtr = x.malloc(sfnt.byteLength);
    new Uint8Array(x.memory.buffer).set(sfnt, fontPtr);
    const blob = x.hb_blob_create(fontPtr, sfnt.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = x.hb_face_create(blob, 0);
    x.hb_blob_destroy(blob);
    const input = x.hb_subset_input_create_or_fail();
    try {
      if (!input) throw new Error('hb-subset: out of memory');
      const unicodes = x.hb_subset_input_unicode_set(input);
      for (const cp of codePoints) x.hb_set_add(unicodes, cp);
      // All features: clear then invert the set ("everything").
      const features = x.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
      x.hb_set_clear(features);
      x.hb_set_invert(features);
      const sub = x.hb_subset_or_fail(face, input);
      if (!sub) throw new Error('hb-subset failed');
      const out = x.hb_face_reference_blob(sub);
      const len = x.hb_blob_get_length(out);
      const ptr = x.hb_blob_get_data(out, 0);
      const bytes = new Uint8Array(x.memory.buffer).slice(ptr, ptr + len);
      x.hb_blob_destroy(out);
      x.hb_face_destroy(sub);
      return bytes;
    } finally {
      if (input) x.hb_subset_input_destroy(input);
      x.hb_face_destroy(face);
      x.free(fontPtr);
    }
  };
}
