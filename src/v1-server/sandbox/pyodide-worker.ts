/**
 * The program of a pyodide session's worker thread, as CommonJS source (a worker started from a
 * string needs no compiled file beside it). It loads pyodide from `node_modules` (no network), then
 * takes away what would let Python reach out: the `js` and `pyodide_js` modules, pyodide's FFI and
 * package loaders, JavaScript's `eval` and function constructors, the network globals, and the `ws`
 * package through which Emscripten's sockets would connect. Each `run` message brings the session's
 * changed files, runs the code in the session's globals, and answers with the logs and the files the
 * code wrote or removed under `/mnt/data`.
 *
 * The code's memory is what the WebAssembly heap grows by and the files it keeps in pyodide's in-memory
 * file system (neither counts in a worker's `resourceLimits`, which bound only V8's heap), over what
 * they were once pyodide had loaded: a heap growth or a file write past `memoryBytes` is refused, which
 * Python sees as a `MemoryError` (followed by `memoryNote`) or an `OSError` (no space left).
 */
export const PYODIDE_WORKER = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const Module = require('node:module');
const { entry, indexURL, logBytes, fileBytes, dataDir, memoryBytes, memoryNote } = workerData;

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'ws' || /^(node:)?(net|http|https|http2|tls|dgram|dns|child_process)$/.test(request)) {
    throw new Error('network access is not available in this sandbox');
  }
  return load.call(this, request, ...rest);
};

// Until pyodide has loaded, its own memory is not the code's: the budget starts then.
let memoryInUse;
const grow = WebAssembly.Memory.prototype.grow;
WebAssembly.Memory.prototype.grow = function (pages) {
  if (memoryInUse && memoryInUse() + pages * 65536 > memoryBytes) throw new RangeError('over the memory limit');
  return grow.call(this, pages);
};

const PRELUDE = ${'`'}
import importlib.abc, os, sys, traceback, types
_blocked = ('js', 'pyodide_js', 'pyodide', '_pyodide', '_pyodide_core', 'micropip')
class _Blocked(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split('.')[0] in _blocked:
            raise ImportError(f'{name} is not available in this sandbox')
        return None
for _name in list(sys.modules):
    if _name.split('.')[0] in _blocked:
        del sys.modules[_name]
sys.meta_path.insert(0, _Blocked())
os.makedirs('DATA', exist_ok=True)
os.chdir('DATA')
_main = types.ModuleType('__main__')
sys.modules['__main__'] = _main
def _run(code):
    try:
        exec(compile(code, '<code>', 'exec'), _main.__dict__)
    except SystemExit:
        pass
    except BaseException:
        kind, error, trace = sys.exc_info()
        traceback.print_exception(kind, error, trace.tb_next)
        if isinstance(error, MemoryError):
            print(NOTE)
    sys.stdout.flush()
    sys.stderr.flush()
_run
${'`'}.replaceAll('DATA', dataDir).replace('NOTE', JSON.stringify(memoryNote));

let output = [];
let kept = 0;
let cut = false;
const write = (bytes) => {
  const room = logBytes - kept;
  if (bytes.length > room) cut = true;
  if (room > 0) {
    output.push(Buffer.from(bytes.subarray(0, room)));
    kept += Math.min(room, bytes.length);
  }
  return bytes.length;
};

function walk(FS, folder, found) {
  for (const name of FS.readdir(folder)) {
    if (name === '.' || name === '..') continue;
    const path = folder + '/' + name;
    const stat = FS.lstat(path);
    if (FS.isDir(stat.mode)) walk(FS, path, found);
    else if (FS.isFile(stat.mode)) found.set(path.slice(dataDir.length + 1), stat.size + ':' + stat.mtime.getTime());
  }
  return found;
}

(async () => {
  const { loadPyodide } = require(entry);
  const pyodide = await loadPyodide({ indexURL, jsglobals: Object.create(null), env: { HOME: '/home/pyodide' }, stdin: () => null });
  pyodide.setStdout({ write });
  pyodide.setStderr({ write });
  const run = pyodide.runPython(PRELUDE);
  pyodide.unregisterJsModule('js');
  pyodide.unregisterJsModule('pyodide_js');
  const FS = pyodide.FS;
  const heap = () => pyodide._module.HEAP8.length;
  // Every file's contents, in any directory: the files' capacity is what they hold of the worker's memory.
  const storedBytes = () => {
    let total = 0;
    for (let node of FS.nameTable) {
      for (; node; node = node.name_next) if (ArrayBuffer.isView(node.contents)) total += node.contents.byteLength;
    }
    return total;
  };
  const loadedHeap = heap();
  const loadedFiles = storedBytes();
  memoryInUse = () => heap() - loadedHeap + storedBytes() - loadedFiles;
  // A file grows by a write (the first one takes a copy of its bytes), a truncate, or storage kept ahead of writes.
  const { MEMFS } = pyodide._module;
  const NO_SPACE = 51;
  const charge = (node, size) => {
    const growth = size - (ArrayBuffer.isView(node.contents) ? node.contents.byteLength : 0);
    if (growth > 0 && memoryInUse() + growth > memoryBytes) throw new FS.ErrnoError(NO_SPACE);
  };
  // Files share the operations table MEMFS built from its functions when pyodide started.
  const fileStream = MEMFS.ops_table.file.stream;
  const { write: writeFile } = fileStream;
  fileStream.write = function (stream, buffer, offset, length, position, canOwn) {
    charge(stream.node, position + length);
    return writeFile.call(this, stream, buffer, offset, length, position, canOwn);
  };
  for (const name of ['expandFileStorage', 'resizeFileStorage']) {
    const resize = MEMFS[name];
    MEMFS[name] = function (node, size) {
      charge(node, size);
      return resize.call(this, node, size);
    };
  }
  for (const name of ['eval', 'fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest', 'Worker']) delete globalThis[name];
  for (const fn of [function () {}, async function () {}, function* () {}, async function* () {}]) {
    Object.defineProperty(Object.getPrototypeOf(fn), 'constructor', { value: undefined });
  }
  parentPort.on('message', (message) => {
    for (const path of message.removed) FS.unlink(dataDir + '/' + path);
    for (const file of message.files) {
      FS.mkdirTree(dataDir + '/' + file.path.split('/').slice(0, -1).join('/'));
      FS.writeFile(dataDir + '/' + file.path, file.bytes);
    }
    const before = walk(FS, dataDir, new Map());
    output = [];
    kept = 0;
    cut = false;
    run(message.code);
    const after = walk(FS, dataDir, new Map());
    const written = [];
    for (const [path, stamp] of after) {
      if (before.get(path) === stamp) continue;
      const size = Number(stamp.split(':')[0]);
      written.push(size > fileBytes ? { path, tooLarge: true } : { path, bytes: FS.readFile(dataDir + '/' + path) });
    }
    const removed = [...before.keys()].filter((path) => !after.has(path));
    parentPort.postMessage({ type: 'done', logs: Buffer.concat(output), cut, written, removed, memoryBytes: memoryInUse() });
  });
  parentPort.postMessage({ type: 'ready' });
})().catch((error) => parentPort.postMessage({ type: 'failed', reason: String(error && error.message || error) }));
`;
