// Jest's node environment with Node's own float and integer typed arrays: onnxruntime-node's native
// binding creates its output tensors' arrays in Node's main realm, and onnxruntime-common refuses them
// with `instanceof Float32Array` against the test realm's constructor otherwise.
const { TestEnvironment } = require("jest-environment-node");

class OnnxRuntimeEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of ["Float32Array", "Float64Array", "Int32Array", "BigInt64Array", "Int8Array", "Int16Array", "Uint16Array", "Uint32Array", "BigUint64Array"]) {
      this.global[name] = globalThis[name];
    }
  }
}

module.exports = OnnxRuntimeEnvironment;
