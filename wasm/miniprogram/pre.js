// --pre-js of the mini-program build (yushen_mp): runs inside createYushenCore(Module) before
// the glue. WeChat mini-programs have no `WebAssembly` global; they have WXWebAssembly, whose
// instantiate() takes only a path inside the code package (.wasm or, from base library 2.14.0,
// .wasm.br). The glue of Emscripten 3.1.6 names `WebAssembly` (RuntimeError in abort(), the
// typeof check), so this `var` gives it one in the glue's own scope, and instantiateWasm loads
// Module.wasmPath through WXWebAssembly. No global is touched.
var WebAssembly = {
  Memory: WXWebAssembly.Memory,
  Table: WXWebAssembly.Table,
  Global: WXWebAssembly.Global,
  RuntimeError: WXWebAssembly.RuntimeError || Error,
  instantiate: function (path, imports) { return WXWebAssembly.instantiate(path, imports); }
};
if (!Module['instantiateWasm']) {
  Module['instantiateWasm'] = function (imports, receiveInstance) {
    var failed = function (error) {
      try {
        abort('WXWebAssembly.instantiate(' + Module['wasmPath'] + ') failed: ' + error);  // rejects load()
      } catch (thrown) {
        // abort() rejects the ready promise and then throws the same error; nobody else awaits it
      }
    };
    var pending;
    try {
      pending = WXWebAssembly.instantiate(Module['wasmPath'], imports);
    } catch (error) {
      failed(error);
      return {};
    }
    pending.then(function (result) {
      // The result is { instance, module } like WebAssembly.instantiate; accept a bare instance too.
      receiveInstance(result && result.instance ? result.instance : result);
    }, failed);
    return {};  // asynchronous: the exports arrive through receiveInstance
  };
}
