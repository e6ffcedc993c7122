#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Tests of the urpeer command-line tool.

Usage: run_tool_test.py TOOL CASE [ARGS...]

Cases:
  golden NAME [--rc N] [--env K=V]... -- TOOL_ARGS...
      Run the tool, compare stdout with golden/NAME (a .json NAME is also parsed and its key
      fields checked). URPEER_UPDATE_GOLDEN=1 rewrites the golden file instead.
  error RC STDERR_REGEX -- TOOL_ARGS...
      The tool must exit with RC, say STDERR_REGEX on stderr, and print nothing on stdout
      (with --json among the arguments: exactly one JSON error object).
  corrupt        check --inject-corrupt-copy must fail the corrupted pair and name the byte.
  bench          bench smoke test (structure, not numbers): text, JSON, CSV.
  fallback       without any GPU, the default command shows the simulated node, labelled.
  help           --help, per-command help, --version.

The tool runs in this script's directory (so topology files are given as data/...), with
NO_COLOR=1 and without URPEER_SIM. The library version in outputs is replaced by @VERSION@.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden")
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL: " + msg, file=sys.stderr)


def run(tool, args, env_extra=None):
    env = dict(os.environ)
    env.pop("URPEER_SIM", None)
    env.pop("URPEER_SIM_FAULTS", None)
    env["NO_COLOR"] = "1"
    env.setdefault("URPEER_LOG", "warn")
    if env_extra:
        env.update(env_extra)
    p = subprocess.run([tool] + args, cwd=HERE, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=300)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def version(tool):
    rc, out, _ = run(tool, ["--version", "--json"])
    if rc != 0:
        fail("--version --json exited %d" % rc)
        return None
    return json.loads(out)["library_version"]


def normalise(text, ver):
    if ver:
        text = text.replace(ver, "@VERSION@")
    return text


def check_common(doc, what):
    """Key fields every document has."""
    if doc.get("schema") != "urpeer" or doc.get("schema_version") != 1:
        fail("%s: schema/schema_version wrong: %r %r" % (what, doc.get("schema"),
                                                         doc.get("schema_version")))
    for k in ("command", "tool_version", "library_version", "api_version", "simulated",
              "simulation", "selected", "devices"):
        if k not in doc:
            fail("%s: key %r missing" % (what, k))
    if doc.get("simulated") is not True or not isinstance(doc.get("simulation"), dict):
        fail("%s: not marked simulated" % what)
    sel = doc.get("selected", [])
    if [d.get("index") for d in doc.get("devices", [])] != sel:
        fail("%s: devices do not match the selection %r" % (what, sel))
    for d in doc.get("devices", []):
        for k in ("name", "vendor", "memory_bytes", "pci_address", "uuid", "driver_version",
                  "usm_p2p_support", "reasons"):
            if k not in d:
                fail("%s: device key %r missing" % (what, k))
        for k, v in d.items():
            if v is None and k not in d.get("reasons", {}):
                fail("%s: device %s is null without a reason" % (what, k))


def check_matrix(m, n, what, kinds):
    if m.get("index") is None or len(m["index"]) != n:
        fail("%s: index wrong" % what)
    vals, reasons = m.get("values", []), m.get("reasons", [])
    if len(vals) != n or len(reasons) != n or any(len(r) != n for r in vals + reasons):
        fail("%s: not %dx%d" % (what, n, n))
        return
    for i in range(n):
        for j in range(n):
            v, r = vals[i][j], reasons[i][j]
            if v is None:
                if not isinstance(r, str) or not r:
                    fail("%s[%d][%d]: null without a reason" % (what, i, j))
            else:
                if r is not None:
                    fail("%s[%d][%d]: a value and a reason" % (what, i, j))
                if not isinstance(v, kinds) or (isinstance(v, bool) and bool not in kinds):
                    fail("%s[%d][%d]: %r has the wrong type" % (what, i, j, v))


def check_doc(doc, what):
    check_common(doc, what)
    n = len(doc.get("selected", []))
    cmd = doc.get("command")
    if cmd in ("list", "show"):
        if not doc.get("adapters"):
            fail("%s: no adapters" % what)
    if cmd in ("topo", "show"):
        t = doc.get("topology", {})
        check_matrix(t.get("access", {}), n, what + " access", (bool,))
        check_matrix(t.get("atomics", {}), n, what + " atomics", (bool,))
        check_matrix(t.get("performance_rank", {}), n, what + " rank", (int,))
        check_matrix(t.get("bandwidth_gbps", {}), n, what + " bandwidth", (int,))
        for i in range(n):
            if t["access"]["values"][i][i] is not True:
                fail("%s: self access is not true" % what)
    if cmd == "check":
        c = doc.get("check", {})
        pairs = c.get("pairs", [])
        if len(pairs) != n * n:
            fail("%s: %d pairs, expected %d" % (what, len(pairs), n * n))
        s = c.get("summary", {})
        if s.get("pairs") != n * n or s.get("passed", 0) + s.get("failed", 0) + \
                s.get("skipped", 0) != n * n:
            fail("%s: summary inconsistent: %r" % (what, s))
        for p in pairs:
            if p.get("result") not in ("PASS", "FAIL", "SKIP"):
                fail("%s: bad result %r" % (what, p.get("result")))
            if (p.get("result") == "PASS") != (p.get("reason") is None):
                fail("%s: reason must be null exactly when the pair passes" % what)
            for m in ("enabled", "disabled"):
                if p.get(m, {}).get("result") not in ("PASS", "FAIL", "N/A", "SKIP"):
                    fail("%s: mode %s result missing" % (what, m))


def case_golden(tool, argv):
    name = argv[0]
    rest = argv[1:]
    want_rc, env = 0, {}
    while rest and rest[0] != "--":
        if rest[0] == "--rc":
            want_rc = int(rest[1])
            rest = rest[2:]
        elif rest[0] == "--env":
            k, v = rest[1].split("=", 1)
            env[k] = v
            rest = rest[2:]
        else:
            fail("golden: unknown argument %r" % rest[0])
            return
    args = rest[1:]
    ver = version(tool)
    rc, out, err = run(tool, args, env)
    if rc != want_rc:
        fail("%s: exit status %d, expected %d; stderr: %s" % (name, rc, want_rc, err))
    out = normalise(out, ver)
    if name.endswith(".json"):
        try:
            doc = json.loads(out)
        except ValueError as e:
            fail("%s: invalid JSON: %s" % (name, e))
            return
        check_doc(doc, name)
    path = os.path.join(GOLDEN, name)
    if os.environ.get("URPEER_UPDATE_GOLDEN") == "1":
        with open(path, "w", encoding="utf-8") as f:
            f.write(out)
        print("updated " + path)
        return
    try:
        with open(path, encoding="utf-8") as f:
            want = f.read()
    except OSError as e:
        fail("%s: no golden file (%s); run with URPEER_UPDATE_GOLDEN=1" % (name, e))
        return
    if out != want:
        import difflib
        diff = "".join(difflib.unified_diff(want.splitlines(True), out.splitlines(True),
                                            "golden/" + name, "output"))
        fail("%s differs from the golden file:\n%s" % (name, diff))


def case_error(tool, argv):
    want_rc, pattern, args = int(argv[0]), argv[1], argv[3:]
    rc, out, err = run(tool, args)
    if rc != want_rc:
        fail("%r: exit status %d, expected %d" % (args, rc, want_rc))
    if not re.search(pattern, err):
        fail("%r: stderr %r does not match %r" % (args, err, pattern))
    if err.count("\n") > 3:
        fail("%r: stderr is not a short message: %r" % (args, err))
    if "--json" in args:
        try:
            doc = json.loads(out)
        except ValueError as e:
            fail("%r: stdout is not one JSON document (%s): %r" % (args, e, out))
            return
        if set(doc) != {"schema", "schema_version", "error"}:
            fail("%r: the JSON error document has keys %r" % (args, sorted(doc)))
        e = doc.get("error", {})
        if e.get("exit_code") != want_rc or not e.get("message") or "kind" not in e:
            fail("%r: error object incomplete: %r" % (args, e))
        if e.get("message") and e["message"] not in err:
            fail("%r: stderr does not carry the JSON message" % (args,))
    elif out:
        fail("%r: stdout should be empty, got %r" % (args, out))


def case_corrupt(tool):
    rc, out, err = run(tool, ["check", "--sim=pcie4", "--inject-corrupt-copy"])
    if rc != 1:
        fail("corrupt: exit status %d, expected 1 (stderr %r)" % (rc, err))
    line = [l for l in out.splitlines() if l.startswith("GPU0 -> GPU1 ")]
    rx = r"^GPU0 -> GPU1\s+FAIL\s+access enabled, peer->local: byte 524288 of 1048576 " \
         r"differs: expected 0x[0-9a-f]{2} got 0x[0-9a-f]{2}$"
    if len(line) != 1 or not re.match(rx, line[0]):
        fail("corrupt: no FAIL line naming the pair and the byte: %r" % line)
    fails = [l for l in out.splitlines() if re.search(r"\sFAIL\s", l)]
    if len(fails) != 1:
        fail("corrupt: %d FAIL lines, expected 1:\n%s" % (len(fails), out))
    if "16 pairs: 15 passed, 1 failed, 0 skipped" not in out:
        fail("corrupt: summary line missing:\n%s" % out)

    rc, out, err = run(tool, ["check", "--sim=pcie4", "--inject-corrupt-copy", "--json",
                              "-d", "0-1", "--size", "4K"])
    if rc != 1:
        fail("corrupt --json: exit status %d, expected 1" % rc)
    doc = json.loads(out)
    check_doc(doc, "corrupt --json")
    bad = [p for p in doc["check"]["pairs"] if p["result"] == "FAIL"]
    if len(bad) != 1 or (bad[0]["from"], bad[0]["to"]) != (0, 1) or \
            "byte 2048 of 4096 differs" not in bad[0]["reason"] or \
            bad[0]["enabled"]["peer_to_local"] != "FAIL":
        fail("corrupt --json: failing pairs %r" % bad)
    if doc["check"]["summary"]["failed"] != 1:
        fail("corrupt --json: summary %r" % doc["check"]["summary"])


def case_bench(tool):
    common = ["bench", "--sim=pair", "--size", "4K,8K", "--reps", "2", "--warmup", "1",
              "--latency-size", "4"]
    rc, out, err = run(tool, common)
    if rc != 0:
        fail("bench: exit status %d (%s)" % (rc, err))
    for s in ("SIMULATED node (pair)", "Statistic: median of 2 samples after 1 warm-up",
              "Timing: device clock", "every copied byte counted once",
              "Unidirectional bandwidth, peer access enabled, 4 KiB copies",
              "Unidirectional bandwidth, peer access disabled, 8 KiB copies",
              "Bidirectional (sum of both directions) bandwidth, peer access enabled",
              "Latency, peer access enabled, 4-byte copies",
              "Latency, peer access disabled"):
        if s not in out:
            fail("bench text: %r missing" % s)
    if err:
        fail("bench: stderr not empty when it is not a terminal: %r" % err)

    rc, out, err = run(tool, common + ["--json"])
    if rc != 0:
        fail("bench --json: exit status %d" % rc)
    doc = json.loads(out)
    check_common(doc, "bench --json")
    b = doc.get("bench", {})
    if b.get("reps") != 2 or b.get("warmup") != 1 or b.get("statistic") != "median" or \
            b.get("timing") not in ("device", "host", "mixed") or "bytes" not in b:
        fail("bench --json: header fields wrong: %r" % {k: b.get(k) for k in b if k != "sizes"})
    if [s.get("size") for s in b.get("sizes", [])] != [4096, 8192]:
        fail("bench --json: sizes wrong")
    mats = []
    for s in b.get("sizes", []):
        for t in ("unidirectional", "bidirectional"):
            for a in ("enabled", "disabled"):
                mats.append(("%d %s %s" % (s["size"], t, a), s[t][a]))
    lat = b.get("latency", {})
    if lat.get("size") != 4:
        fail("bench --json: latency size %r" % lat.get("size"))
    mats += [("latency enabled", lat.get("enabled", {})),
             ("latency disabled", lat.get("disabled", {}))]
    for what, m in mats:
        check_matrix(m, 2, "bench " + what, (int, float))
        for i in range(2):
            for j in range(2):
                v = m["values"][i][j]
                if not isinstance(v, (int, float)) or v <= 0:
                    fail("bench %s[%d][%d]: %r is not a positive number" % (what, i, j, v))
                if not isinstance(m.get("cv", [[None]])[i][j], (int, float)):
                    fail("bench %s: cv missing" % what)
        if m.get("timing") not in ("device", "host", "mixed"):
            fail("bench %s: timing %r" % (what, m.get("timing")))

    rc, out, err = run(tool, common + ["--csv"])
    if rc != 0:
        fail("bench --csv: exit status %d" % rc)
    lines = out.splitlines()
    header = "test,peer_access,size_bytes,from,to,value,unit,cv,samples,copies_per_sample," \
             "timing,reason"
    if not lines or lines[0] != header:
        fail("bench --csv: header %r" % (lines[:1],))
    rows = [l.split(",") for l in lines[1:]]
    if len(rows) != 2 * 4 * 4 + 2 * 4:
        fail("bench --csv: %d rows, expected 40" % len(rows))
    for r in rows:
        if len(r) != 12 or r[0] not in ("unidirectional", "bidirectional", "latency"):
            fail("bench --csv: bad row %r" % r)
            break
        float(r[5])

    # Pairs without access: null cells with a reason; a doubling range of sizes.
    rc, out, err = run(tool, ["bench", "--sim=pcie4", "-d", "0,2", "--size", "4K-16K",
                              "--reps", "1", "--warmup", "0", "--json"])
    if rc != 0:
        fail("bench pcie4: exit status %d" % rc)
    doc = json.loads(out)
    sizes = doc["bench"]["sizes"]
    if [s["size"] for s in sizes] != [4096, 8192, 16384]:
        fail("bench pcie4: range 4K-16K gave %r" % [s["size"] for s in sizes])
    m = sizes[0]["unidirectional"]["enabled"]
    if m["values"][0][1] is not None or "not supported" not in (m["reasons"][0][1] or ""):
        fail("bench pcie4: 0->2 with access enabled should be null with a reason: %r" % m)
    if not isinstance(sizes[0]["unidirectional"]["disabled"]["values"][0][1], float):
        fail("bench pcie4: 0->2 with access disabled should be measured")


def case_fallback(tool):
    env = {"URPEER_CUDA_LIBRARY": "/nonexistent/libcuda.so.1",
           "URPEER_HIP_LIBRARY": "/nonexistent/libamdhip64.so",
           "URPEER_LEVEL_ZERO_LIBRARY": "/nonexistent/libze_loader.so.1"}
    note = "no GPU found by the cuda, hip, level_zero adapters; showing the built-in " \
           "simulated node (preset pcie4)"
    rc, out, err = run(tool, [], env)
    if rc != 0 or note not in err or not out.startswith("SIMULATED node (built-in preset pcie4)"):
        fail("fallback: rc %d, stderr %r, stdout starts %r" % (rc, err, out[:80]))
    rc, out, err = run(tool, ["--json"], env)
    doc = json.loads(out)
    check_doc(doc, "fallback --json")
    if doc.get("command") != "show" or doc["simulation"].get("automatic") is not True or \
            doc["simulation"].get("spec") != "pcie4" or not doc["simulation"].get("reason"):
        fail("fallback --json: simulation %r" % doc.get("simulation"))


def case_help(tool):
    rc, out, _ = run(tool, ["--help"])
    if rc != 0 or "Usage: urpeer [COMMAND]" not in out or "Exit status" not in out:
        fail("--help: rc %d" % rc)
    for cmd in ("show", "list", "topo", "check", "bench"):
        for args in (["help", cmd], [cmd, "--help"]):
            rc, out, _ = run(tool, args)
            if rc != 0 or ("Usage: urpeer %s" % cmd) not in out:
                fail("%r: rc %d, %r" % (args, rc, out[:60]))
    rc, out, _ = run(tool, ["bench", "--help"])
    if "--reps" not in out or "--csv" not in out:
        fail("bench --help lacks its options")
    rc, out, _ = run(tool, ["list", "--help"])
    if "--reps" in out or "inject" in out:
        fail("list --help shows options that are not its own (or hidden ones)")
    rc, out, _ = run(tool, ["--version"])
    if rc != 0 or not re.match(r"^urpeer \S+ \(library \S+, Unified Runtime API \d+\.\d+\)$",
                               out.strip()):
        fail("--version: %r" % out)


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    tool, case, argv = sys.argv[1], sys.argv[2], sys.argv[3:]
    if case == "golden":
        case_golden(tool, argv)
    elif case == "error":
        case_error(tool, argv)
    elif case == "corrupt":
        case_corrupt(tool)
    elif case == "bench":
        case_bench(tool)
    elif case == "fallback":
        case_fallback(tool)
    elif case == "help":
        case_help(tool)
    else:
        print("unknown case " + case, file=sys.stderr)
        return 2
    if failures:
        print("%d failure(s)" % len(failures), file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
