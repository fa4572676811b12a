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
    WXWebAssembly.instantiate(Module['wasmPath'], imports).then(function (result) {
      // The result is { instance, module } like WebAssembly.instantiate; accept a bare instance too.
      receiveInstance(result && result.instance ? result.instance : result);
    }, function (error) {
      abort('WXWebAssembly.instantiate(' + Module['wasmPath'] + ') failed: ' + error);
    });
    return {};  // asynchronous: the exports arrive through receiveInstance
  };
}
