/**
 * The Python program that runs the model's code inside the sandbox. The code comes on stdin and
 * runs as `__main__`; stderr joins stdout so tracebacks stay where they happened; a traceback leaves
 * out the runner's own frame. Figures shown with matplotlib (`plt.show()`, or left open at the end,
 * as a notebook shows them) go out on fd 3 as PNGs, each after its 4-byte big-endian length.
 */
export const RUNNER = String.raw`
import importlib.abc, importlib.util, io, os, struct, sys, traceback
os.dup2(1, 2)
_figures = os.fdopen(3, 'wb')

def _show(pyplot):
    for number in pyplot.get_fignums():
        png = io.BytesIO()
        pyplot.figure(number).savefig(png, format='png')
        _figures.write(struct.pack('>I', len(png.getvalue())) + png.getvalue())
    _figures.flush()
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

sys.meta_path.insert(0, _ShowHook())
_code = sys.stdin.read()
sys.stdin = open(os.devnull)
try:
    exec(compile(_code, '<code>', 'exec'), {'__name__': '__main__'})
except SystemExit:
    pass
except BaseException:
    kind, error, trace = sys.exc_info()
    traceback.print_exception(kind, error, trace.tb_next)
finally:
    sys.stdout.flush()
    if 'matplotlib.pyplot' in sys.modules:
        _show(sys.modules['matplotlib.pyplot'])
`;
