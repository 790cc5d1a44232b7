# Dev check until PythonSolutionsTest exists: run from the repo root, `python3 judge/src/test/python/preview_check.py`.
# Plays the Java side with seeded plans and checks each file gets its declared verdict (3 seeds).
import json, random, subprocess, sys, itertools
D = "judge/src/main/resources/org/concurrencykit/judge/python/driver.py"
def judge(problem, path, rounds=40, seed=1):
    rng = random.Random(seed)
    lines = [json.dumps({"type": "load", "problem": problem, "file": path})]
    cases = []
    for k in range(rounds):
        if problem == "print-in-order":
            case = list(itertools.permutations([1, 2, 3]))[k % 6]; names = ["first", "second", "third"]
        else:
            case = {"n": 1 + k % 4, "barFirst": k % 2 == 1}; names = ["foo", "bar"]
        pauses = {n: [(rng.choice([0, 0, 1000, 50_000_000]) if rng.random() < 0.7 else 0) for _ in range(40)] for n in names}
        cases.append(case)
        lines.append(json.dumps({"type": "round", "id": k, "input": list(case) if isinstance(case, tuple) else case,
                                 "pauses": pauses, "startGapsNs": [rng.choice([0, 100_000, 30_000_000])] * 2, "timeoutMs": 500}))
    lines.append(json.dumps({"type": "quit"}))
    p = subprocess.run([sys.executable, D], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60)
    ev = {}; res = "ACCEPTED"
    for l in p.stdout.splitlines():
        m = json.loads(l)
        if m["type"] == "error": return m["kind"] + " line %s %s" % (m.get("line"), m["message"])
        if m["type"] == "event": ev.setdefault(m["round"], []).append(m["token"])
        if m["type"] == "end":
            case = cases[m["round"]]
            exp = ["first", "second", "third"] if problem == "print-in-order" else ["foo", "bar"] * case["n"]
            got = ev.get(m["round"], [])
            if m["status"] == "hang":
                if got != exp[:len(got)]: return "WRONG_ANSWER (then hang) round %d got %s" % (m["round"], got)
                return "TIME_LIMIT_EXCEEDED %s" % m["stacks"]
            if m["status"] == "crash": return "RUNTIME_ERROR " + m["error"]
            case = cases[m["round"]]
            exp = ["first", "second", "third"] if problem == "print-in-order" else ["foo", "bar"] * case["n"]
            if ev.get(m["round"], []) != exp: return "WRONG_ANSWER round %d got %s" % (m["round"], ev.get(m["round"]))
    return (res if '"loaded"' in p.stdout else "NO_OUTPUT " + p.stderr[-200:]) + " rc=%d" % p.returncode
for prob, d in [("print-in-order", "printinorder"), ("print-foobar-alternately", "foobar")]:
    import glob
    for f in sorted(glob.glob(f"problems/src/main/resources/org/concurrencykit/problems/{d}/python/*.py") + glob.glob(f"problems/src/test/resources/org/concurrencykit/problems/{d}/python/broken/*.py")):
        import time as T
        for s in (1, 2, 3):
            t0 = T.time(); r = judge(prob, f, seed=s)
            print(f.split("/")[-1], s, "%.1fs" % (T.time() - t0), r[:110], flush=True)
