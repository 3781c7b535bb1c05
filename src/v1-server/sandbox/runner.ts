/**
 * The Python program that serves one session inside the bubblewrap sandbox. Each call comes on stdin
 * as a JSON line `{"code", "nonce"}` and runs in the same globals as the session's earlier calls (a
 * `__main__` module of its own); stderr joins stdout so tracebacks stay where they happened; a
 * traceback leaves out the runner's own frame. Figures shown with matplotlib (`plt.show()`, or left
 * open at the end, as a notebook shows them) go out on fd 3 as PNGs.
 *
 * fd 3 carries frames: a kind byte, a 4-byte big-endian length, the payload: `R` once the runner is
 * ready, `F` a figure, `D` the call's nonce when it is done. A call's output on stdout ends with its
 * nonce between two NUL bytes, so the server knows both streams are complete. The code could forge
 * either, but only to confuse its own session's logs: the server, not this program, enforces every limit.
 *
 * `RLIMIT_CPU` counts a process's whole life, so before each call the soft limit is raised to the
 * CPU time used so far plus one call's share (`sys.argv[1]` seconds). Children the server killed
 * between calls are reaped first, so they do not count against the process limit. A child the code
 * forked that falls through to the end of the call exits there, so only the interpreter answers.
 * A `MemoryError` the code leaves uncaught is followed by the note `sys.argv[2]` (naming the memory limit).
 */
export const RUNNER = String.raw`
import importlib.abc, importlib.util, io, json, math, os, resource, struct, sys, traceback, types

os.dup2(1, 2)
_control = os.fdopen(3, 'wb')
_requests = os.fdopen(os.dup(0), 'rb')
os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
sys.stdin = open(os.devnull)
_cpu_seconds = int(sys.argv[1])
_memory_note = sys.argv[2]
_pid = os.getpid()

def _frame(kind, payload):
    _control.write(kind + struct.pack('>I', len(payload)) + payload)
    _control.flush()

def _show(pyplot):
    for number in pyplot.get_fignums():
        png = io.BytesIO()
        pyplot.figure(number).savefig(png, format='png')
        _frame(b'F', png.getvalue())
    pyplot.close('all')

class _ShowHook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != 'matplotlib.pyplot':
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            module.show = lambda *args, **kwargs: _show(module)
        spec.loader.exec_module = exec_module
        return spec

def _reap():
    try:
        while os.waitpid(-1, os.WNOHANG)[0] != 0:
            pass
    except ChildProcessError:
        pass

def _limit_cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    resource.setrlimit(resource.RLIMIT_CPU, (math.ceil(usage.ru_utime + usage.ru_stime) + _cpu_seconds, hard))

sys.meta_path.insert(0, _ShowHook())
_main = types.ModuleType('__main__')
sys.modules['__main__'] = _main
_frame(b'R', b'')
for _line in _requests:
    _request = json.loads(_line)
    _nonce = _request['nonce'].encode()
    _reap()
    _limit_cpu()
    try:
        exec(compile(_request['code'], '<code>', 'exec'), _main.__dict__)
    except SystemExit:
        pass
    except BaseException:
        _kind, _error, _trace = sys.exc_info()
        traceback.print_exception(_kind, _error, _trace.tb_next)
        if isinstance(_error, MemoryError):
            print(_memory_note)
    if os.getpid() != _pid:
        os._exit(0)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        if 'matplotlib.pyplot' in sys.modules:
            _show(sys.modules['matplotlib.pyplot'])
    except BaseException:
        traceback.print_exc()
    os.write(1, b'\0' + _nonce + b'\0')
    _frame(b'D', _nonce)
`;
