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
  fallback       without a GPU: the simulated node on a terminal, labelled; exit 3 in scripts.
  verdicts       every verdict and reason code of check, from simulated faults.
  sysfs          causes, link types, affinity and host memory from a sysfs fixture.
  cache          check --cache reuses verdicts while the fingerprint matches.
  stream         check streams its lines; --progress.
  export         topo --export of every preset reads back into the same topology.
  peer_plan      topo's peer plan where a device has more peers than the driver allows.
  schema         every --json document validates against its schema in docs/schemas.
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
        total = sum(s.get(k, 0) for k in VERDICTS.values())
        if s.get("pairs") != n * n or total != n * n:
            fail("%s: summary inconsistent: %r" % (what, s))
        if not re.match(r"^[0-9a-f]{16}$", c.get("fingerprint", "")):
            fail("%s: fingerprint %r" % (what, c.get("fingerprint")))
        for p in pairs:
            if p.get("verdict") not in VERDICTS:
                fail("%s: bad verdict %r" % (what, p.get("verdict")))
            if not p.get("reason_code") or not p.get("detail"):
                fail("%s: reason_code/detail missing: %r" % (what, p))
            if (p.get("verdict") != "OK") != (p.get("hint") is not None):
                fail("%s: a hint goes with every verdict but OK: %r" % (what, p))
            if p.get("from") != p.get("to") and p.get("link_type") is None and \
                    doc["simulation"]["spec"] in ("pair", "pcie4", "nvswitch8", "isolated2"):
                fail("%s: no link type for %r" % (what, p))


VERDICTS = {"OK": "ok", "BROKEN": "broken", "UNADVERTISED": "unadvertised", "STAGED": "staged",
            "UNSUPPORTED": "unsupported", "ERROR": "error"}


SCHEMAS = os.path.join(HERE, "..", "..", "docs", "schemas")
JSON_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def validate(inst, sch, root, path="$"):
    """A small JSON Schema (2020-12) validator for the keywords the schemas use; returns the
    first error or None. jsonschema, where installed, checks the same documents too."""
    if "$ref" in sch:
        name = sch["$ref"].split("/")[-1]
        return validate(inst, root["$defs"][name], root, path)
    if "oneOf" in sch:
        ok = [validate(inst, s, root, path) is None for s in sch["oneOf"]]
        return None if ok.count(True) == 1 else "%s: matches %d of oneOf" % (path, ok.count(True))
    if "const" in sch and inst != sch["const"]:
        return "%s: %r is not %r" % (path, inst, sch["const"])
    if "enum" in sch and inst not in sch["enum"]:
        return "%s: %r not in %r" % (path, inst, sch["enum"])
    if "type" in sch:
        types = sch["type"] if isinstance(sch["type"], list) else [sch["type"]]
        def is_type(t):
            if t == "integer":
                return isinstance(inst, int) and not isinstance(inst, bool)
            if t == "number":
                return isinstance(inst, (int, float)) and not isinstance(inst, bool)
            return isinstance(inst, JSON_TYPES[t])
        if not any(is_type(t) for t in types):
            return "%s: %r is not %s" % (path, inst, types)
    if "pattern" in sch and isinstance(inst, str) and not re.search(sch["pattern"], inst):
        return "%s: %r does not match %s" % (path, inst, sch["pattern"])
    if isinstance(inst, dict):
        props = sch.get("properties", {})
        for k in sch.get("required", []):
            if k not in inst:
                return "%s: %r missing" % (path, k)
        for k, v in inst.items():
            if k in props:
                e = validate(v, props[k], root, path + "." + k)
            elif sch.get("additionalProperties") is False:
                e = "%s: unexpected %r" % (path, k)
            elif isinstance(sch.get("additionalProperties"), dict):
                e = validate(v, sch["additionalProperties"], root, path + "." + k)
            else:
                e = None
            if e:
                return e
    if isinstance(inst, list) and "items" in sch:
        for i, v in enumerate(inst):
            e = validate(v, sch["items"], root, "%s[%d]" % (path, i))
            if e:
                return e
    return None


def case_schema(tool, tmp):
    """Every --json document validates against its schema."""
    runs = [["--version", "--json"], ["list", "--sim=pcie4", "--json"],
            ["topo", "--sim=nvswitch8", "--json"], ["show", "--sim=data/asym3.topo", "--json"],
            ["check", "--sim=data/faults.topo", "-s", "4K", "--json"],
            ["bench", "--sim=pcie4", "-s", "4K", "-r", "2", "-w", "0", "--json"],
            ["check", "--sim=pair", "-s", "4K", "--json"],
            ["topo", "--sim=data/missing.topo", "--json"], ["--bogus", "--json"]]
    try:
        import jsonschema
    except ImportError:
        jsonschema = None
    for args in runs:
        rc, out, err = run(tool, args)
        doc = json.loads(out)
        kind = "error" if "error" in doc else doc["command"]
        with open(os.path.join(SCHEMAS, "urpeer-%s.schema.json" % kind)) as f:
            sch = json.load(f)
        e = validate(doc, sch, sch)
        if e:
            fail("schema %s: %r: %s" % (kind, args, e))
        if jsonschema is not None:
            try:
                jsonschema.validate(doc, sch)
            except jsonschema.ValidationError as ex:
                fail("schema %s (jsonschema): %r: %s" % (kind, args, ex.message))
    # The schema files are valid JSON Schemas and one exists per document kind.
    for kind in ("version", "error", "list", "topo", "show", "check", "bench"):
        path = os.path.join(SCHEMAS, "urpeer-%s.schema.json" % kind)
        if not os.path.exists(path):
            fail("schema file missing: " + path)
        elif jsonschema is not None:
            with open(path) as f:
                jsonschema.Draft202012Validator.check_schema(json.load(f))


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
    rx = r"^GPU0 -> GPU1\s+PIX\s+BROKEN\s+DATA_CORRUPT\s+access enabled, peer->local: byte " \
         r"524288 of 1048576 differs: expected 0x[0-9a-f]{2} got 0x[0-9a-f]{2}$"
    if len(line) != 1 or not re.match(rx, line[0]):
        fail("corrupt: no BROKEN line naming the pair and the byte: %r" % line)
    bad = [l for l in out.splitlines() if re.search(r"\sBROKEN\s", l)]
    if len(bad) != 1:
        fail("corrupt: %d BROKEN lines, expected 1:\n%s" % (len(bad), out))
    if "16 pairs: 7 ok, 1 broken, 0 unadvertised, 0 staged, 8 unsupported, 0 error" not in out:
        fail("corrupt: summary line missing:\n%s" % out)

    rc, out, err = run(tool, ["check", "--sim=pcie4", "--inject-corrupt-copy", "--json",
                              "-d", "0-1", "--size", "4K"])
    if rc != 1:
        fail("corrupt --json: exit status %d, expected 1" % rc)
    doc = json.loads(out)
    check_doc(doc, "corrupt --json")
    bad = [p for p in doc["check"]["pairs"] if p["verdict"] == "BROKEN"]
    if len(bad) != 1 or (bad[0]["from"], bad[0]["to"]) != (0, 1) or \
            "byte 2048 of 4096 differs" not in bad[0]["detail"] or \
            bad[0]["enabled"]["peer_to_local"] is not False:
        fail("corrupt --json: failing pairs %r" % bad)
    if doc["check"]["summary"]["broken"] != 1 or doc["check"]["summary"]["exit_code"] != 1:
        fail("corrupt --json: summary %r" % doc["check"]["summary"])


def pair_of(doc, a, b):
    for p in doc["check"]["pairs"]:
        if (p["from"], p["to"]) == (a, b):
            return p
    return {}


def case_verdicts(tool):
    """Every verdict and reason code, each from a fault of the simulated node."""
    rc, out, err = run(tool, ["check", "--sim=data/faults.topo", "-s", "64K", "--json"])
    if rc != 1:
        fail("verdicts: exit status %d, expected 1 (BROKEN pairs); %s" % (rc, err))
    doc = json.loads(out)
    check_doc(doc, "verdicts")
    want = {(0, 0): ("OK", "LOCAL"), (0, 1): ("OK", "VERIFIED"),
            (0, 2): ("BROKEN", "WRITES_DROPPED"), (0, 3): ("BROKEN", "DATA_ZEROED"),
            (0, 4): ("STAGED", "STAGED_PATH"), (0, 5): ("UNADVERTISED", "DIRECT_UNADVERTISED"),
            (1, 2): ("UNSUPPORTED", "NOT_ADVERTISED"), (2, 0): ("UNSUPPORTED", "NOT_ADVERTISED")}
    for (a, b), (v, r) in want.items():
        p = pair_of(doc, a, b)
        if (p.get("verdict"), p.get("reason_code")) != (v, r):
            fail("verdicts: %d -> %d is %r/%r, expected %s/%s" % (
                a, b, p.get("verdict"), p.get("reason_code"), v, r))
    if pair_of(doc, 0, 2).get("nccl_p2p_level") != "NVL" or \
            pair_of(doc, 0, 4).get("nccl_p2p_level") != "PIX" or \
            pair_of(doc, 0, 1).get("nccl_p2p_level") is not None:
        fail("verdicts: NCCL levels %r" % [(p["from"], p["to"], p["nccl_p2p_level"])
                                           for p in doc["check"]["pairs"][:6]])
    if pair_of(doc, 0, 1).get("link_type") != "NV4" or pair_of(doc, 0, 4).get("link_type") != "PXB":
        fail("verdicts: link types %r" % [(p["from"], p["to"], p["link_type"])
                                          for p in doc["check"]["pairs"][:6]])
    # Text: the same verdicts, one line per pair, a hint under each pair that is not OK.
    rc, out, err = run(tool, ["check", "--sim=data/faults.topo", "-s", "64K", "-d", "0,2,5"])
    lines = out.splitlines()
    for rx in (r"^GPU0 -> GPU2\s+PIX\s+BROKEN\s+WRITES_DROPPED\s",
               r"^GPU0 -> GPU5\s+SYS\s+UNADVERTISED\s+DIRECT_UNADVERTISED\s",
               r"^\s+hint: peer writes are lost"):
        if not any(re.match(rx, l) for l in lines):
            fail("verdicts text: no line matches %r:\n%s" % (rx, out))
    # The driver's peer limit and a plain refusal: STAGED with the native code kept.
    for native, reason in (("711", "PEER_LIMIT"), ("999", "DRIVER_REFUSED")):
        rc, out, err = run(tool, ["check", "--sim=pair", "-s", "4K", "--json"],
                           {"URPEER_SIM_FAULTS": "peer_enable:1:" + native})
        doc = json.loads(out)
        p = pair_of(doc, 0, 1)
        if rc != 0 or p.get("verdict") != "STAGED" or p.get("reason_code") != reason or \
                (p.get("enable") or {}).get("native") != int(native):
            fail("enable refused with %s: rc %d, %r" % (native, rc, p))
    # Different platforms are not reachable on one simulated node; the reason exists in the
    # table and is documented. Out of memory on a device: ERROR/OUT_OF_MEMORY, exit 4.
    rc, out, err = run(tool, ["check", "--sim=pair", "-s", "4K", "--json"],
                       {"URPEER_SIM_FAULTS": "device_alloc:3"})
    doc = json.loads(out)
    p = pair_of(doc, 0, 1)
    if rc != 4 or (p.get("verdict"), p.get("reason_code")) != ("ERROR", "OUT_OF_MEMORY"):
        fail("device out of memory: rc %d, %r" % (rc, p))
    if doc["check"]["summary"]["broken"] != 0:
        fail("out of memory counted as broken data: %r" % doc["check"]["summary"])
    # A copy the driver fails: ERROR/CALL_FAILED naming the call, exit 3.
    rc, out, err = run(tool, ["check", "--sim=pair", "-s", "4K", "--json", "-d", "0"],
                       {"URPEER_SIM_FAULTS": "copy:1:999"})
    p = pair_of(json.loads(out), 0, 0)
    if rc != 3 or (p.get("verdict"), p.get("reason_code")) != ("ERROR", "CALL_FAILED") or \
            "urEnqueueUSMMemcpy" not in p.get("detail", ""):
        fail("failed copy: rc %d, %r" % (rc, p))
    # DIFFERENT_PLATFORMS needs two adapters: tool_two_platforms (CUDA and HIP doubles).


def make_fixture(root, meminfo_kib=None):
    """A sysfs tree for the pcie4 preset's PCI addresses: GPU0 and GPU1 under one PCIe switch
    whose root port has ACS redirect on; GPU2 and GPU3 on another host bridge of NUMA node 1,
    GPU2 behind a translating IOMMU, GPU3 with a 256 MiB BAR and, as in a virtual machine, no
    numa_node of its own (-1: its node is that of its CPUs)."""
    import shutil
    shutil.rmtree(root, ignore_errors=True)
    dev = os.path.join(root, "sys", "devices")
    bus = os.path.join(root, "sys", "bus", "pci", "devices")
    os.makedirs(bus)
    paths = {
        "0000:01:00.0": "pci0000:00/0000:00:01.0/0000:10:00.0/0000:11:00.0/0000:01:00.0",
        "0000:02:00.0": "pci0000:00/0000:00:01.0/0000:10:00.0/0000:11:01.0/0000:02:00.0",
        "0000:03:00.0": "pci0000:40/0000:40:01.0/0000:03:00.0",
        "0000:04:00.0": "pci0000:40/0000:40:02.0/0000:04:00.0",
    }
    acs = bytearray(4096)
    acs[0x100:0x104] = (0x000D | (1 << 16)).to_bytes(4, "little")  # ACS, version 1, last
    acs[0x106:0x108] = (0x0004 | 0x0008).to_bytes(2, "little")      # request+completion redirect
    for bdf, rel in paths.items():
        d = os.path.join(dev, rel)
        os.makedirs(d, exist_ok=True)
        node = 0 if rel.startswith("pci0000:00") else 1
        with open(os.path.join(d, "numa_node"), "w") as f:
            f.write("%d\n" % (-1 if bdf == "0000:04:00.0" else node))
        with open(os.path.join(d, "local_cpulist"), "w") as f:
            f.write("0-15\n" if node == 0 else "16-31\n")
        group = os.path.join(d, "iommu_group")
        os.makedirs(group)
        with open(os.path.join(group, "type"), "w") as f:
            f.write("DMA-FQ\n" if bdf == "0000:03:00.0" else "identity\n")
        bar = (256 << 20) if bdf == "0000:04:00.0" else (32 << 30)
        with open(os.path.join(d, "resource"), "w") as f:
            f.write("0x00000000f0000000 0x00000000f0ffffff 0x0000000000040200\n")
            f.write("0x0000380000000000 0x%016x 0x000000000014220c\n" % (0x380000000000 + bar - 1))
        os.symlink(os.path.relpath(d, bus), os.path.join(bus, bdf))
    with open(os.path.join(dev, "pci0000:00", "0000:00:01.0", "config"), "wb") as f:
        f.write(acs)
    for node, cpus in ((0, "0-7,8-15"), (1, "16-31")):
        os.makedirs(os.path.join(dev, "system", "node", "node%d" % node))
        with open(os.path.join(dev, "system", "node", "node%d" % node, "cpulist"), "w") as f:
            f.write(cpus + "\n")
    os.makedirs(os.path.join(root, "proc"))
    with open(os.path.join(root, "proc", "cmdline"), "w") as f:
        f.write("BOOT_IMAGE=/vmlinuz root=/dev/sda1 intel_iommu=on\n")
    with open(os.path.join(root, "proc", "meminfo"), "w") as f:
        f.write("MemTotal: 65536000 kB\nMemAvailable: %d kB\n" % (meminfo_kib or 60000000))
    return root


def case_sysfs(tool, tmp):
    """Causes and link types read from a sysfs fixture (URPEER_SYSROOT)."""
    root = make_fixture(os.path.join(tmp, "sysroot"))
    env = {"URPEER_SYSROOT": root}
    rc, out, err = run(tool, ["check", "--sim=pcie4", "-s", "4K", "--json"], env)
    doc = json.loads(out)
    check_doc(doc, "sysfs check")
    causes = {(p["from"], p["to"]): sorted(c["code"] for c in p["causes"])
              for p in doc["check"]["pairs"]}
    want = {(0, 1): [], (0, 2): ["ACS_REDIRECT", "IOMMU_TRANSLATED"],
            (1, 3): ["ACS_REDIRECT", "SMALL_BAR"], (2, 3): [], (3, 2): [],
            (2, 0): ["ACS_REDIRECT", "IOMMU_TRANSLATED"]}
    for k, v in want.items():
        if causes.get(k) != v:
            fail("sysfs causes %r: %r, expected %r" % (k, causes.get(k), v))
    p = pair_of(doc, 0, 2)
    acs = [c for c in p["causes"] if c["code"] == "ACS_REDIRECT"]
    if not acs or "0000:00:01.0" not in acs[0]["detail"] or "ACS" not in acs[0]["hint"]:
        fail("sysfs: the ACS cause does not name the bridge: %r" % p["causes"])
    iommu = [c for c in p["causes"] if c["code"] == "IOMMU_TRANSLATED"]
    if not iommu or "iommu=pt" not in iommu[0]["hint"]:
        fail("sysfs: the IOMMU cause does not name iommu=pt: %r" % p["causes"])
    # The fingerprint follows the system: another kernel command line, another fingerprint.
    fp1 = doc["check"]["fingerprint"]
    with open(os.path.join(root, "proc", "cmdline"), "w") as f:
        f.write("BOOT_IMAGE=/vmlinuz root=/dev/sda1 intel_iommu=on iommu=pt\n")
    rc, out, err = run(tool, ["check", "--sim=pcie4", "-s", "4K", "--json"], env)
    if json.loads(out)["check"]["fingerprint"] == fp1:
        fail("sysfs: the fingerprint did not change with the kernel command line")

    # Link types and affinity from the PCI tree, for a topology that does not give types.
    topo = os.path.join(tmp, "notypes.topo")
    with open(topo, "w") as f:
        f.write("urpeer-topology 1\ndevices 4\nlink 0 <-> 1 access\nlink 2 <-> 3 access\n"
                "link 0-1 <-> 2-3 none\nend\n")
    rc, out, err = run(tool, ["topo", "--sim=" + topo, "--json"], env)
    doc = json.loads(out)
    lt = doc["topology"]["link_type"]
    want = [["X", "PIX", "SYS", "SYS"], ["PIX", "X", "SYS", "SYS"],
            ["SYS", "SYS", "X", "PHB"], ["SYS", "SYS", "PHB", "X"]]
    if lt["values"] != want or lt["sources"][0][1] != "sysfs":
        fail("sysfs link types: %r (sources %r)" % (lt["values"], lt["sources"][0]))
    aff = doc["topology"]["affinity"]
    if [(a["numa_node"], a["cpus"]) for a in aff] != [(0, "0-15"), (0, "0-15"), (1, "16-31"),
                                                       (1, "16-31")]:
        fail("sysfs affinity: %r" % aff)
    if [a["numa_source"] for a in aff] != ["device", "device", "device", "cpu_affinity"]:
        fail("sysfs affinity sources: %r" % aff)
    rc, out, err = run(tool, ["topo", "--sim=" + topo], env)
    if "GPU2  NUMA node 1, CPUs 16-31" not in out or \
            "GPU3  NUMA node 1 (of its CPUs; the device reports none), CPUs 16-31" not in out:
        fail("sysfs affinity text:\n%s" % out)

    # Host memory: a size the host cannot back is refused before anything is allocated.
    make_fixture(root, meminfo_kib=100 * 1024)
    for cmd in (["check", "-s", "64M"], ["bench", "-s", "64M", "-r", "1", "-w", "0"]):
        rc, out, err = run(tool, cmd + ["--sim=pair"], env)
        if rc != 4 or "nothing was allocated" not in err or out:
            fail("%r with 100 MiB available: rc %d, stderr %r" % (cmd, rc, err))


def case_cache(tool, tmp):
    cache = os.path.join(tmp, "check-cache.json")
    if os.path.exists(cache):
        os.remove(cache)
    args = ["check", "--sim=data/faults.topo", "-s", "4K", "-d", "0-2", "--cache", cache]
    rc1, out1, _ = run(tool, args + ["--json"])
    if rc1 != 1 or not os.path.exists(cache):
        fail("cache: first run rc %d, cache written %r" % (rc1, os.path.exists(cache)))
        return
    rc2, out2, _ = run(tool, args + ["--json"])
    if rc2 != rc1 or json.loads(out2) != json.loads(out1):
        fail("cache: the second run did not reuse the document (rc %d)" % rc2)
    rc3, out3, _ = run(tool, args)
    if rc3 != rc1 or "Verdicts from the cache" not in out3 or \
            not re.search(r"GPU0 -> GPU2\s+BROKEN\s+WRITES_DROPPED", out3):
        fail("cache: text from the cache:\n%s" % out3)
    # Another system (here: another simulated node) does not reuse it.
    rc4, out4, _ = run(tool, ["check", "--sim=pair", "-s", "4K", "--cache", cache, "--json"])
    if rc4 != 0 or len(json.loads(out4)["check"]["pairs"]) != 4:
        fail("cache: reused for another system")


def case_stream(tool):
    """check prints each pair's line while the run goes on; --progress forces the progress
    line on stderr."""
    import time
    p = subprocess.Popen([tool, "check", "--sim=nvswitch8", "-s", "2M", "--progress"], cwd=HERE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=dict(os.environ, NO_COLOR="1"))
    first = None
    for raw in p.stdout:
        line = raw.decode()
        if line.startswith("GPU0 -> GPU0"):
            first = p.poll()
            break
    rest = p.stdout.read().decode()
    err = p.stderr.read().decode()
    p.wait()
    if first is not None:
        fail("stream: the first pair's line came only when the run had ended")
    if "64 pairs:" not in rest:
        fail("stream: the run did not finish: %r" % rest[-200:])
    if not re.search(r"check 2 MiB: pair 2 of 64 \(GPU0 -> GPU1\), [0-9.]+ s elapsed, ~[0-9.]+ s "
                     r"left", err):
        fail("stream: no progress line on stderr with --progress: %r" % err[:300])


def case_export(tool, tmp):
    """topo --export of every preset reads back into the same topology."""
    for preset in ("pair", "pcie4", "nvswitch8", "isolated2", "data/faults.topo"):
        rc, exported, err = run(tool, ["topo", "--export", "--sim=" + preset])
        if rc != 0 or not exported.startswith("urpeer-topology 1\n"):
            fail("export %s: rc %d %s" % (preset, rc, err))
            continue
        path = os.path.join(tmp, "export-%s.topo" % os.path.basename(preset))
        with open(path, "w") as f:
            f.write(exported)
        _, a, _ = run(tool, ["topo", "--json", "--sim=" + preset])
        rc, b, err = run(tool, ["topo", "--json", "--sim=" + path])
        if rc != 0:
            fail("export %s: the exported file does not load: %s" % (preset, err))
            continue
        da, db = json.loads(a), json.loads(b)
        if preset != "data/faults.topo":
            check_doc(da, "export " + preset)
            for i, row in enumerate(da["topology"]["link_type"]["values"]):
                if None in row:
                    fail("export %s: a pair without link type in row %d" % (preset, i))
        if da["topology"] != db["topology"] or da["devices"] != db["devices"]:
            fail("export %s: the round trip changed the topology or the devices" % preset)


def case_peer_plan(tool, tmp):
    path = os.path.join(tmp, "ten.topo")
    with open(path, "w") as f:
        f.write("urpeer-topology 1\ndevices 10\ngroup fast 0-3\ngroup slow 4-9\n"
                "link fast <-> fast access atomics rank 0 bandwidth 450 type NV12\n"
                "link slow <-> slow access rank 2 bandwidth 25 type PIX\n"
                "link fast <-> slow access rank 1 bandwidth 50 type PXB\npeer-limit 8\nend\n")
    rc, out, err = run(tool, ["topo", "--json", "--sim=" + path])
    plan = json.loads(out)["topology"]["peer_plan"]
    d0 = [d for d in plan["devices"] if d["index"] == 0]
    if plan["limit"] != 8 or len(plan["devices"]) != 10 or not d0 or \
            d0[0]["enable_first"][:3] != [1, 2, 3] or len(d0[0]["left_out"]) != 1:
        fail("peer plan: %r" % plan)
    rc, out, err = run(tool, ["topo", "--sim=" + path])
    if "Peer plan: the driver allows 8 enabled peers" not in out or \
            "GPU0: 9 peers; first: GPU1, GPU2, GPU3, GPU4" not in out:
        fail("peer plan text:\n%s" % out)


def case_bench(tool):
    common = ["bench", "--sim=pair", "--size", "4K,8K", "--reps", "2", "--warmup", "1",
              "--latency-size", "4"]
    rc, out, err = run(tool, common)
    if rc != 0:
        fail("bench: exit status %d (%s)" % (rc, err))
    for s in ("SIMULATED node (pair)", "Statistic: median of 2 samples after 1 warm-up",
              "Unidirectional read (on the destination's queue) bandwidth, peer access enabled",
              "Host <-> device bandwidth", "Summary: peak unidirectional bandwidth",
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
        for t in ("unidirectional", "bidirectional", "unidirectional_read"):
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
        if len(m.get("samples", [[[]]])[0][0]) != 2 or m["min"][0][0] > m["max"][0][0]:
            fail("bench %s: samples/min/max wrong" % what)
    host = b.get("host", {}).get("devices", [])
    if len(host) != 2 or not all(isinstance(h.get(k), float) for h in host for k in (
            "host_to_device", "device_to_host", "all_to_one", "one_to_all")):
        fail("bench --json: host <-> device results %r" % host)

    rc, out, err = run(tool, common + ["--csv"])
    if rc != 0:
        fail("bench --csv: exit status %d" % rc)
    lines = out.splitlines()
    header = "test,peer_access,size_bytes,from,to,value,unit,cv,min,max,samples," \
             "copies_per_sample,timing,reason,from_name,to_name,simulated"
    if not lines or lines[0] != header:
        fail("bench --csv: header %r" % (lines[:1],))
    rows = [l.split(",") for l in lines[1:]]
    if len(rows) != 2 * 3 * 2 * 4 + 2 * 4 + 4 * 2:
        fail("bench --csv: %d rows, expected 64" % len(rows))
    for r in rows:
        if len(r) != 17 or r[0] not in ("unidirectional", "bidirectional", "unidirectional_read",
                                        "latency", "host_to_device", "device_to_host", "all_to_one",
                                        "one_to_all") or \
                r[16] != "true" or not r[14].startswith("urpeer simulated GPU"):
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


NO_GPU = {"URPEER_CUDA_LIBRARY": "/nonexistent/libcuda.so.1",
          "URPEER_HIP_LIBRARY": "/nonexistent/libamdhip64.so",
          "URPEER_LEVEL_ZERO_LIBRARY": "/nonexistent/libze_loader.so.1"}


def run_on_terminal(tool, args, env_extra):
    """Run with stdin, stdout and stderr on a pseudo-terminal; returns (rc, output)."""
    import pty
    env = dict(os.environ)
    env.pop("URPEER_SIM", None)
    env.update(env_extra, NO_COLOR="1", TERM="dumb")
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(HERE)
        os.execve(tool, [tool] + args, env)
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), b"".join(chunks).decode("utf-8", "replace")


def case_fallback(tool):
    """Without a GPU: show/list/topo describe the simulated node, labelled, anywhere; check and
    bench run on it unasked only on a terminal: a script gets exit 3."""
    for args in (["check"], ["bench", "-s", "4K"], ["check", "--json"]):
        rc, out, err = run(tool, args, NO_GPU)
        if rc != 3 or out.strip() and "--json" not in args or \
                "give --sim=PRESET or set URPEER_SIM" not in err:
            fail("no GPU in a script, %r: rc %d, stdout %r, stderr %r" % (args, rc, out[:80], err))
    note = "showing the built-in simulated node (preset pcie4)"
    for args in ([], ["list"], ["topo"]):
        rc, out, err = run(tool, args, NO_GPU)
        if rc != 0 or note not in err or "SIMULATED node (built-in preset pcie4)" not in out:
            fail("no GPU in a script, %r: rc %d, stdout %r, stderr %r" % (args, rc, out[:80], err))
    rc, out, err = run(tool, ["topo", "--json"], NO_GPU)
    if rc != 0 or json.loads(out).get("simulated") is not True:
        fail("no GPU in a script, topo --json: rc %d, stdout %r" % (rc, out[:120]))
    rc, out, err = subprocess.run([tool, "check"], cwd=HERE, stdin=subprocess.DEVNULL,
                                  capture_output=True, env=dict(os.environ, **NO_GPU)).returncode, \
        "", ""
    if rc != 3:
        fail("check </dev/null without a GPU: rc %d, expected 3" % rc)
    rc, out = run_on_terminal(tool, [], NO_GPU)
    note = "no GPU found by the cuda, hip, level_zero adapters; showing the built-in " \
           "simulated node (preset pcie4)"
    if rc != 0 or note not in out or "SIMULATED node (built-in preset pcie4)" not in out:
        fail("no GPU on a terminal: rc %d, output %r" % (rc, out[:300]))
    rc, out = run_on_terminal(tool, ["check", "-s", "4K", "-d", "0-1"], NO_GPU)
    if rc != 0 or "SIMULATED node (built-in preset pcie4)" not in out or \
            "4 pairs: 4 ok" not in out:
        fail("check without a GPU on a terminal: rc %d, output %r" % (rc, out[-300:]))
    # Every output format of a simulated run says so.
    rc, out, _ = run(tool, ["check", "--sim=pair", "-s", "4K"])
    if not out.startswith("SIMULATED node (pair)"):
        fail("check text does not say simulated")
    rc, out, _ = run(tool, ["check", "--sim=pair", "-s", "4K", "--json"])
    if json.loads(out).get("simulated") is not True:
        fail("check JSON does not say simulated")
    rc, out, _ = run(tool, ["bench", "--sim=pair", "-s", "4K", "-r", "1", "-w", "0", "--csv"])
    if not all(l.endswith(",true") for l in out.splitlines()[1:]):
        fail("bench CSV does not say simulated")
    # A bad fault list is blamed on URPEER_SIM_FAULTS, not on --sim.
    rc, out, err = run(tool, ["list", "--sim=pair"], {"URPEER_SIM_FAULTS": "bogus:1"})
    if rc != 2 or "URPEER_SIM_FAULTS='bogus:1' is not a valid fault list" not in err or \
            "--sim" in err.splitlines()[-1]:
        fail("bad URPEER_SIM_FAULTS: rc %d, stderr %r" % (rc, err))
    # The preset may follow --sim as its own word.
    rc, out, _ = run(tool, ["topo", "--sim", "nvswitch8", "--json"])
    if rc != 0 or json.loads(out)["simulation"]["spec"] != "nvswitch8":
        fail("--sim nvswitch8 (two words): rc %d" % rc)
    rc, out, _ = run(tool, ["--sim", "list"])
    if rc != 0 or "SIMULATED node (pcie4)" not in out:
        fail("--sim followed by a command: rc %d" % rc)


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
    elif case == "verdicts":
        case_verdicts(tool)
    elif case == "stream":
        case_stream(tool)
    elif case in ("sysfs", "cache", "export", "peer_plan", "schema"):
        import tempfile
        with tempfile.TemporaryDirectory(prefix="urpeer-tool-") as tmp:
            globals()["case_" + case](tool, tmp)
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
