"""Concurrency Kit: Python round driver (issue 12, milestone 1, PREVIEW - not wired to the judge yet).

Standard library only. Protocol (JSON lines):
  stdin  line 1: {"type":"load","problem":"print-in-order","file":"/abs/foo.py","class":"Foo"}
  stdin  line k: {"type":"round","id":k,"input":[1,3,2] | {"n":3,"barFirst":false},
                  "pauses":{"<thread>":[ns, ns, ...]},   # seeded by Java's RoundPlan, consumed in order
                  "startGapsNs":[ns, ...], "timeoutMs":2000}
  stdin  last  : {"type":"quit"}
  stdout: {"type":"loaded"} | {"type":"error","kind":"COMPILE_ERROR","line":n,"message":...}
          {"type":"event","round":k,"token":"first","thread":"first","t":<monotonic ns>}
          {"type":"end","round":k,"status":"ok"|"hang"|"crash","stacks":{thread:[lines]},"error":...}
Java rebuilds the EventLog from the events and calls the problem's own check().
"""
import json
import os
import sys
import threading
import time
import traceback
import typing

try:
    import resource  # bound memory like the Java child's -Xmx
    _MB = 256 * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (_MB * 4, _MB * 4))
except Exception:  # pragma: no cover - not on every platform
    pass

sys.setswitchinterval(1e-6)  # preempt often: bytecode-level interleavings, not GIL-sized slices

_out = sys.__stdout__
_out_lock = threading.Lock()


def send(obj):
    with _out_lock:
        _out.write(json.dumps(obj) + "\n")
        _out.flush()


# Per-problem thread layout: mirrors each Java Problem.run. Keep in sync with the Java table
# (a Java test must compare this set with the problems enabled for Python).
def _print_in_order(sol, case, rnd):
    names = {1: "first", 2: "second", 3: "third"}
    for step in case:
        name = names[step]
        rnd.thread(name, getattr(sol, name), rnd.callback(name))


def _foobar(sol, case, rnd):
    foo, bar = rnd.callback("foo"), rnd.callback("bar")
    order = [("bar", sol.bar, bar), ("foo", sol.foo, foo)] if case.get("barFirst") \
        else [("foo", sol.foo, foo), ("bar", sol.bar, bar)]
    for name, fn, cb in order:
        rnd.thread(name, fn, cb)


LAYOUTS = {
    "print-in-order": ("Foo", lambda cls, case: cls(), _print_in_order),
    "print-foobar-alternately": ("FooBar", lambda cls, case: cls(case["n"]), _foobar),
}


class Round:
    def __init__(self, spec):
        self.id = spec["id"]
        self.pauses = {k: list(v) for k, v in spec.get("pauses", {}).items()}
        self.gaps = list(spec.get("startGapsNs", []))
        self.threads = []
        self.errors = []
        self.last_progress = time.monotonic()

    def pause(self):
        q = self.pauses.get(threading.current_thread().name)
        if q:
            ns = q.pop(0)
            if ns > 0:
                time.sleep(ns / 1e9)
            else:
                time.sleep(0)  # a yield

    def emit(self, token):
        self.last_progress = time.monotonic()
        send({"type": "event", "round": self.id, "token": token,
              "thread": threading.current_thread().name, "t": time.monotonic_ns()})

    def callback(self, token):
        def cb():
            self.pause()
            self.emit(token)
            self.pause()
        return cb

    def thread(self, name, fn, cb):
        def body():
            try:
                fn(cb)
            except SystemExit as e:
                self.errors.append("%s: sys.exit(%s) in a solution thread" % (name, e.code))
            except BaseException:
                self.errors.append("%s: %s" % (name, traceback.format_exc(limit=-3)))
        t = threading.Thread(target=body, name=name, daemon=True)
        self.threads.append(t)


def user_stacks(threads, user_file):
    frames = sys._current_frames()
    out = {}
    for t in threads:
        f = frames.get(t.ident) if t.is_alive() else None
        if f is None:  # finished (its ident may already belong to another thread)
            continue
        lines = ["%s:%d in %s" % (os.path.basename(fs.filename), fs.lineno, fs.name)
                 for fs in traceback.extract_stack(f) if fs.filename == user_file]
        out[t.name] = lines
    return out


def run_round(layout, cls, spec, user_file):
    _, make, start = layout
    rnd = Round(spec)
    sol = make(cls, spec["input"])
    start(sol, spec["input"], rnd)
    for i, t in enumerate(rnd.threads):
        if i > 0 and i - 1 < len(rnd.gaps) and rnd.gaps[i - 1] > 0:
            time.sleep(rnd.gaps[i - 1] / 1e9)
        t.start()
    timeout = spec.get("timeoutMs", 2000) / 1000.0
    while any(t.is_alive() for t in rnd.threads):
        if time.monotonic() - rnd.last_progress > timeout:
            send({"type": "end", "round": rnd.id, "status": "hang",
                  "stacks": user_stacks(rnd.threads, user_file)})
            return False  # threads are daemons; Java kills the process past its hard deadline
        for t in rnd.threads:
            t.join(0.01)
    status = "crash" if rnd.errors else "ok"
    send({"type": "end", "round": rnd.id, "status": status, "error": "\n".join(rnd.errors) or None})
    return True


def load(spec):
    path = os.path.abspath(spec["file"])
    try:  # what py_compile does, without writing a .pyc
        with open(path, encoding="utf-8") as fh:
            code = compile(fh.read(), path, "exec")
    except (SyntaxError, ValueError, UnicodeDecodeError) as err:
        send({"type": "error", "kind": "COMPILE_ERROR", "line": getattr(err, "lineno", None),
              "message": "%s: %s" % (type(err).__name__, getattr(err, "msg", str(err)))})
        return None, None
    # What LeetCode's editor provides without an import.
    env = {"__name__": "solution", "__file__": path}
    for name in ("Callable", "List", "Optional", "Dict", "Set", "Tuple"):
        env[name] = getattr(typing, name)
    for name in ("Lock", "RLock", "Semaphore", "BoundedSemaphore", "Event", "Condition", "Barrier",
                 "Thread"):
        env[name] = getattr(threading, name)
    sys.stdout = sys.stderr  # user prints never corrupt the protocol; Java caps stderr
    try:
        exec(code, env)
    except BaseException as e:
        send({"type": "error", "kind": "RUNTIME_ERROR", "message": "%s: %s" % (type(e).__name__, e)})
        return None, None
    cls = env.get(spec.get("class") or LAYOUTS[spec["problem"]][0])
    if cls is None:
        send({"type": "error", "kind": "COMPILE_ERROR", "line": None,
              "message": "no class %s in %s" % (LAYOUTS[spec["problem"]][0], os.path.basename(path))})
        return None, None
    send({"type": "loaded"})
    return cls, path


def main():
    first = json.loads(sys.stdin.readline())
    layout = LAYOUTS.get(first.get("problem"))
    if layout is None:
        send({"type": "error", "kind": "UNSUPPORTED", "message": "not yet: " + str(first.get("problem"))})
        os._exit(2)
    cls, path = load(first)
    if cls is None:
        os._exit(1)
    for line in sys.stdin:
        spec = json.loads(line)
        if spec.get("type") == "quit":
            break
        if not run_round(layout, cls, spec, path):
            break
    sys.stderr.flush()
    os._exit(0)  # never wait for stray non-daemon threads: Java reports them


if __name__ == "__main__":
    main()
