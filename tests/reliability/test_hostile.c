/* SPDX-License-Identifier: MIT */
/*
 * Hostile configuration: topology files and environment variables that are huge, truncated,
 * binary, empty or absurd.
 *
 * Topology files (tests/reliability/topologies and files made here: over 1 MiB, exactly 1 MiB,
 * empty, a directory, /dev/zero, a path too long to open): urpeerSimCheckTopology refuses each
 * with "FILE:LINE: reason" (the expected line and reason), urLoaderInit with it fails with
 * INVALID_VALUE and leaves nothing loaded.
 *
 * Environment (read once per process, so each case runs this program again as a child):
 * URPEER_SIM naming bad files or garbage, and URPEER_SIM_FAULTS garbage, make urLoaderInit fail
 * with INVALID_VALUE and a message; URPEER_LOG garbage gives one short warning and the default
 * level; garbage in URPEER_ADAPTERS, UR_ENABLE_LAYERS, ONEAPI_DEVICE_SELECTOR and the library
 * variables is reported or ignored, and nothing crashes.
 *
 * Setuid/setgid programs: URPEER_SIM and the library variables are read with secure_getenv.
 * As root, a setgid copy of this program (group nogroup) runs with AT_SECURE set; it must not
 * load the libraries the variables name, nor the simulated node. Skipped unless root.
 */
#include "rel_common.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef TOPO_DIR
#error "TOPO_DIR must name tests/reliability/topologies"
#endif
#ifndef WORK_DIR
#error "WORK_DIR must name a directory for temporary files"
#endif
#ifndef MARKER_LIB
#error "MARKER_LIB must name the marker library"
#endif

extern char **environ;

static int matrix; /* cases of the bad-input matrix */
static char tmpdir[PATH_MAX];
static const char *self;

/* ---- topology files -------------------------------------------------------------------- */

struct topo_case {
    const char *file; /* in TOPO_DIR */
    unsigned line;
    const char *reason;
};

static const struct topo_case topo_cases[] = {
    {"truncated.topo", 3, "truncated file"},
    {"truncated-mid-line.topo", 3, "expected 'link A -> B"},
    {"nul-byte.topo", 2, "NUL byte at column 4"},
    {"nul-start.topo", 1, "NUL byte at column 1"},
    {"elf-header.topo", 1, "control character 0x7f"},
    {"escape-sequence.topo", 2, "control character 0x1b"},
    {"lone-cr.topo", 2, "control character 0x0d"},
    {"non-ascii.topo", 2, "non-ASCII character"},
    {"billion-devices.topo", 2, "device count 1000000000 out of range (1 to 128)"},
    {"devices-129.topo", 2, "device count 129 out of range"},
    {"devices-negative.topo", 2, "device count -4 out of range"},
    {"devices-overflow.topo", 2, "out of range (1 to 128)"},
    {"memory-negative.topo", 3, "is negative"},
    {"memory-overflow.topo", 3, "is too large"},
    {"memory-2pib.topo", 3, "is too large (at most 1 PiB)"},
    {"link-device-1e9.topo", 3, "device 1000000000 out of range"},
    {"link-device-1e9-literal.topo", 3, "'1e9' is not a device index"},
    {"rank-overflow.topo", 3, "out of range (0 to 1000000)"},
    {"bandwidth-exponent.topo", 3, "is not a number of GB/s"},
    {"bandwidth-overflow.topo", 3, "out of range"},
    {"version-2.topo", 1, "unsupported format version '2'"},
    {"quote-garbage.topo", 3, "missing space after quoted string"},
    {"quote-unterminated.topo", 3, "unterminated quoted string"},
    {"deep-nesting.topo", 3, "is too long"},
    {"words-33.topo", 3, "too many words"},
    {"long-line.topo", 2, "line longer than 1024 characters"},
    {"comments-only.topo", 200, "no statements"},
    {"nonsense.topo", 3, "is not a device index"},
    {"attribute-twice.topo", 3, "'access' given twice"},
    {"link-duplicate-all.topo", 4, "duplicate link 3 -> 2 (first at line 3)"},
    {"statement-after-end.topo", 4, "after 'end'"},
};

/* "FILE:LINE: reason": the file (or its end, after "...", when it is long), the expected line,
 * the expected reason. */
static bool message_ok(const char *msg, const char *path, unsigned line, const char *reason)
{
    char want[64];
    size_t plen = strlen(path);
    bool file_ok = strncmp(msg, path, plen) == 0 && msg[plen] == ':';
    if (!file_ok && strncmp(msg, "...", 3) == 0) {
        const char *colon = strstr(msg, ":");
        size_t shown = colon ? (size_t)(colon - msg) - 3 : 0;
        file_ok = shown > 0 && shown < plen && strncmp(msg + 3, path + plen - shown, shown) == 0;
        plen = shown + 3;
    }
    snprintf(want, sizeof(want), ":%u: ", line);
    return file_ok && strncmp(msg + plen, want, strlen(want)) == 0 &&
           strstr(msg + plen, reason) != NULL && strchr(msg, '\n') == NULL;
}

/* Refused by the check and by urLoaderInit, which leaves nothing loaded. */
static void refuse_topology(const char *path, unsigned line, const char *reason)
{
    char msg[512] = "";
    int before = t_failures;
    matrix++;
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, urpeerSimCheckTopology(path, msg, sizeof(msg)));
    CHECK(message_ok(msg, path, line, reason));

    struct node n;
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, node_open(path, NULL, &n));
    uint32_t count = 7;
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urAdapterGet(0, NULL, &count));
    CHECK(count == 7);
    urpeer_object_counts_t c;
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urpeerGetObjectCounts(&c));
    if (t_failures != before)
        fprintf(stderr, "  ^ topology '%.200s': message '%s' (want line %u, '%s')\n", path, msg,
                line, reason);
}

/* 1 + the newlines in data[0, size). */
static unsigned lines_in(const char *data, size_t size)
{
    unsigned n = 1;
    for (size_t i = 0; i < size; i++)
        n += data[i] == '\n';
    return n;
}

static void write_file(const char *path, const char *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
        perror(path);
        exit(1);
    }
}

static void test_topology_files(void)
{
    char path[PATH_MAX + 64];
    for (size_t i = 0; i < sizeof(topo_cases) / sizeof(topo_cases[0]); i++) {
        snprintf(path, sizeof(path), "%s/%s", TOPO_DIR, topo_cases[i].file);
        refuse_topology(path, topo_cases[i].line, topo_cases[i].reason);
    }

    /* Made here: too big to keep in the tree, or not files at all. */
    size_t mib = (size_t)1 << 20;
    char *big = malloc(2 * mib);
    if (big == NULL)
        exit(1);
    /* Over 1 MiB: header, then comment lines of 64 bytes. */
    size_t len = (size_t)snprintf(big, 64, "urpeer-topology 1\ndevices 2\n");
    while (len < mib + 4096) {
        memset(big + len, '#', 63);
        big[len + 63] = '\n';
        len += 64;
    }
    snprintf(path, sizeof(path), "%s/huge.topo", tmpdir);
    write_file(path, big, len);
    /* The line of a file that is too large is where the first MiB ends. */
    refuse_topology(path, lines_in(big, mib), "file too large");
    /* Exactly 1 MiB (the limit) is accepted; one byte more is not. */
    len = (size_t)snprintf(big, 64, "urpeer-topology 1\ndevices 2\n");
    memset(big + len, '\n', mib - len - 4);
    memcpy(big + mib - 4, "end\n", 4);
    snprintf(path, sizeof(path), "%s/exactly-1mib.topo", tmpdir);
    write_file(path, big, mib);
    matrix++;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerSimCheckTopology(path, NULL, 0));
    big[mib] = '\n';
    write_file(path, big, mib + 1);
    refuse_topology(path, lines_in(big, mib), "file too large");
    free(big);

    snprintf(path, sizeof(path), "%s/empty.topo", tmpdir);
    write_file(path, "", 0);
    refuse_topology(path, 1, "empty file");
    refuse_topology("/dev/null", 1, "empty file");
    refuse_topology("/dev/zero", 1, "file too large");
    refuse_topology(tmpdir, 0, "cannot read");
    snprintf(path, sizeof(path), "%s/no-such-file.topo", tmpdir);
    refuse_topology(path, 0, "cannot open");
    /* A path longer than any message: the line and the reason must still be there. */
    memset(path, 'x', PATH_MAX + 10);
    path[0] = '/';
    path[PATH_MAX + 10] = '\0';
    refuse_topology(path, 0, "cannot open");
    /* Not a preset and not a path. */
    refuse_topology("", 0, "not a preset name");
    refuse_topology("nvswitch9", 0, "not a preset name");

    /* After all that, a good node loads and has nothing left over. */
    struct node n;
    REQUIRE_UR(UR_RESULT_SUCCESS, node_open("pair", NULL, &n));
    urpeer_object_counts_t c = object_counts();
    CHECK(c.contexts == 0 && c.queues == 0 && c.events == 0 && c.usmAllocations == 0 &&
          c.enabledPeerPairs == 0 && c.adapterReferences == 1);
    node_close(&n);
}

/* ---- environment: one child process per case ------------------------------------------ */

/* What the child reports on stdout, and everything it wrote to stderr. */
struct child_out {
    int status;
    char out[4096];
    char err[1 << 16];
    size_t err_len;
};

static void slurp(int fd, char *buf, size_t cap, size_t *len)
{
    size_t n = 0;
    for (;;) {
        char scratch[4096];
        ssize_t got =
            read(fd, n + 1 < cap ? buf + n : scratch, n + 1 < cap ? cap - 1 - n : sizeof(scratch));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        if (n + 1 < cap)
            n += (size_t)got;
    }
    buf[n] = '\0';
    if (len)
        *len = n;
}

/* Runs prog with mode as its argument, in an environment without urpeer's variables plus vars
 * ("NAME=value" strings, NULL-terminated). */
static void run_child(const char *prog, const char *mode, const char *const *vars,
                      struct child_out *o)
{
    static const char *const strip[] = {"URPEER_", "UR_ENABLE_LAYERS=", "ONEAPI_DEVICE_SELECTOR="};
    size_t n = 0, nv = 0;
    while (environ[n])
        n++;
    while (vars[nv])
        nv++;
    char **envp = calloc(n + nv + 1, sizeof(*envp));
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        bool drop = false;
        for (size_t s = 0; s < sizeof(strip) / sizeof(strip[0]); s++)
            drop |= strncmp(environ[i], strip[s], strlen(strip[s])) == 0;
        if (!drop)
            envp[k++] = environ[i];
    }
    for (size_t i = 0; i < nv; i++)
        envp[k++] = (char *)(uintptr_t)vars[i];
    envp[k] = NULL;

    int out_pipe[2], err_pipe[2];
    if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
        perror("pipe");
        exit(1);
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        exit(1);
    }
    if (pid == 0) {
        dup2(out_pipe[1], 1);
        dup2(err_pipe[1], 2);
        close(out_pipe[0]);
        close(err_pipe[0]);
        char *argv[] = {(char *)(uintptr_t)prog, (char *)(uintptr_t)mode, NULL};
        execve(prog, argv, envp);
        fprintf(stderr, "execve %s: %s\n", prog, strerror(errno));
        _exit(126);
    }
    free(envp);
    close(out_pipe[1]);
    close(err_pipe[1]);
    /* stderr can be large (a 120 KiB value echoed): read it fully, then stdout. */
    slurp(err_pipe[0], o->err, sizeof(o->err), &o->err_len);
    slurp(out_pipe[0], o->out, sizeof(o->out), NULL);
    close(out_pipe[0]);
    close(err_pipe[0]);
    waitpid(pid, &o->status, 0);
}

enum expect {
    INIT_FAILS,  /* urLoaderInit: INVALID_VALUE, nothing loaded, needle on stderr */
    INIT_OK,     /* urLoaderInit succeeds; needle on stderr (if any) */
    LOG_DEFAULT, /* one short warning naming URPEER_LOG, then warn level: no info lines */
    SELECTOR_BAD /* init succeeds; urDeviceGetSelected refuses, needle on stderr */
};

struct env_case {
    const char *vars[4];
    enum expect expect;
    const char *needle;
    int adapters; /* for INIT_OK: adapters urAdapterGet must count (-1: any) */
};

static char huge_value[120 << 10]; /* "URPEER_SIM=" + 120 KiB: under execve's per-string limit */
static char huge_faults[120 << 10];
static char huge_log[120 << 10];
static char huge_selector[120 << 10];
static char sim_huge_file[PATH_MAX + 64], sim_dir[PATH_MAX + 64], sim_binary[PATH_MAX + 64];
static char sim_trunc[PATH_MAX + 64];

static void check_env_case(const struct env_case *ec)
{
    struct child_out *o = calloc(1, sizeof(*o));
    int before = t_failures;
    matrix++;
    run_child(self, "child", ec->vars, o);
    CHECK(WIFEXITED(o->status) && WEXITSTATUS(o->status) == 0);
    bool has_needle = ec->needle == NULL || strstr(o->err, ec->needle) != NULL;
    switch (ec->expect) {
    case INIT_FAILS:
        CHECK(strstr(o->out, "init=UR_RESULT_ERROR_INVALID_VALUE") != NULL);
        CHECK(strstr(o->out, "after=UR_RESULT_ERROR_UNINITIALIZED") != NULL);
        CHECK(has_needle);
        break;
    case INIT_OK: {
        CHECK(strstr(o->out, "init=UR_RESULT_SUCCESS") != NULL);
        CHECK(has_needle);
        const char *a = strstr(o->out, "adapters=");
        CHECK(a != NULL && (ec->adapters < 0 || atoi(a + 9) == ec->adapters));
        break;
    }
    case LOG_DEFAULT: {
        CHECK(strstr(o->out, "init=UR_RESULT_SUCCESS") != NULL);
        /* one warning, short, that says which variable and what happens */
        const char *w = strstr(o->err, "URPEER_LOG");
        CHECK(w != NULL && strstr(w + 1, "URPEER_LOG") == NULL);
        const char *eol = w ? strchr(w, '\n') : NULL;
        CHECK(eol != NULL && eol - w < 300 && strstr(o->err, "using warn") != NULL);
        /* warn level: the warning of the probe is there, the info lines of the loader are not */
        CHECK(strstr(o->err, "unknown adapter 'probe'") != NULL);
        CHECK(strstr(o->err, "platform(s)") == NULL);
        break;
    }
    case SELECTOR_BAD:
        CHECK(strstr(o->out, "init=UR_RESULT_SUCCESS") != NULL);
        CHECK(strstr(o->out, "selected=UR_RESULT_ERROR_INVALID_VALUE") != NULL);
        CHECK(has_needle);
        break;
    }
    if (t_failures != before)
        fprintf(stderr, "  ^ environment %.60s %.60s: child said '%s' and '%.600s'\n", ec->vars[0],
                ec->vars[1] ? ec->vars[1] : "", o->out, o->err);
    free(o);
}

static void test_environment(void)
{
    char path[PATH_MAX + 64];
    /* Files for URPEER_SIM. */
    snprintf(sim_huge_file, sizeof(sim_huge_file), "URPEER_SIM=%s/huge.topo", tmpdir);
    snprintf(sim_dir, sizeof(sim_dir), "URPEER_SIM=%s", tmpdir);
    snprintf(sim_binary, sizeof(sim_binary), "URPEER_SIM=%s/elf-header.topo", TOPO_DIR);
    snprintf(sim_trunc, sizeof(sim_trunc), "URPEER_SIM=%s/truncated.topo", TOPO_DIR);
    /* Huge values (execve limits one string to 128 KiB). */
    size_t cap = sizeof(huge_value) - 1;
    snprintf(huge_value, sizeof(huge_value), "URPEER_SIM=");
    memset(huge_value + 11, 'z', cap - 11);
    snprintf(huge_faults, sizeof(huge_faults), "URPEER_SIM_FAULTS=");
    for (size_t i = 18; i + 8 < cap; i += 8)
        memcpy(huge_faults + i, "copy:1,,", 8);
    snprintf(huge_log, sizeof(huge_log), "URPEER_LOG=");
    memset(huge_log + 11, 'v', cap - 11);
    snprintf(huge_selector, sizeof(huge_selector), "ONEAPI_DEVICE_SELECTOR=");
    memset(huge_selector + 23, '*', cap - 23);
    snprintf(path, sizeof(path), "%s/libnot-a-library.so", tmpdir);
    write_file(path, "this is not an ELF file\n", 24);

#define SIM "URPEER_SIM=pair"
#define ONLY_SIM "URPEER_ADAPTERS=sim"
    const struct env_case cases[] = {
        /* URPEER_SIM */
        {{ONLY_SIM, sim_huge_file}, INIT_FAILS, "file too large", 0},
        {{ONLY_SIM, sim_dir}, INIT_FAILS, "cannot read", 0},
        {{ONLY_SIM, sim_binary}, INIT_FAILS, "elf-header.topo:1: binary content", 0},
        {{ONLY_SIM, sim_trunc}, INIT_FAILS, "truncated.topo:3: truncated file", 0},
        {{ONLY_SIM, "URPEER_SIM=/dev/zero"}, INIT_FAILS, "/dev/zero:1: file too large", 0},
        {{ONLY_SIM, "URPEER_SIM=/dev/null"}, INIT_FAILS, "/dev/null:1: empty file", 0},
        {{ONLY_SIM, "URPEER_SIM="}, INIT_FAILS, "not a preset name", 0},
        {{ONLY_SIM, "URPEER_SIM=PAIR"}, INIT_FAILS, "not a preset name", 0},
        {{ONLY_SIM, "URPEER_SIM=pair\n"}, INIT_FAILS, "not a preset name", 0},
        {{ONLY_SIM, "URPEER_SIM=\x01\x02\xff\xfe"}, INIT_FAILS, "cannot open", 0},
        {{ONLY_SIM, huge_value}, INIT_FAILS, "cannot open", 0},
        /* URPEER_SIM_FAULTS */
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=bogus"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=copy"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=copy:"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=copy:0"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=copy:-1"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=copy:1:"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=copy:1:2:3"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=copy:4294967296"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=copy:1:99999999999"},
         INIT_FAILS,
         "URPEER_SIM_FAULTS",
         0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=,"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=copy:1,"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=COPY:1"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=copy :1"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=copy:1;fill:1"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM, "URPEER_SIM_FAULTS=\x1b[2J\xff:1"}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        {{ONLY_SIM, SIM,
          "URPEER_SIM_FAULTS=copy:1,copy:1,copy:1,copy:1,copy:1,copy:1,copy:1,copy:1,copy:1,"
          "copy:1,copy:1,copy:1,copy:1,copy:1,copy:1,copy:1,copy:1"},
         INIT_FAILS,
         "more than 16 faults",
         0},
        {{ONLY_SIM, SIM, huge_faults}, INIT_FAILS, "URPEER_SIM_FAULTS", 0},
        /* URPEER_LOG: a warning, then the default level (warn) */
        {{ONLY_SIM, SIM, "URPEER_LOG=verbose"}, LOG_DEFAULT, NULL, 1},
        {{ONLY_SIM, SIM, "URPEER_LOG=9"}, LOG_DEFAULT, NULL, 1},
        {{ONLY_SIM, SIM, "URPEER_LOG=info debug"}, LOG_DEFAULT, NULL, 1},
        {{ONLY_SIM, SIM, "URPEER_LOG=\x1b[31m\xff\xfe"}, LOG_DEFAULT, NULL, 1},
        {{ONLY_SIM, SIM, huge_log}, LOG_DEFAULT, NULL, 1},
        /* Lists with unknown names: reported, the rest still works */
        {{"URPEER_ADAPTERS=sim,gpu9000", SIM}, INIT_OK, "unknown adapter 'gpu9000'", 1},
        {{"URPEER_ADAPTERS=,,,", SIM}, INIT_OK, NULL, 0},
        {{ONLY_SIM, SIM, "UR_ENABLE_LAYERS=UR_LAYER_NOPE;;UR_LAYER_LEAK_CHECKING"},
         INIT_OK,
         "'UR_LAYER_NOPE' is not present",
         1},
        {{ONLY_SIM, SIM, "UR_ENABLE_LAYERS=\xff\xfe\x01"}, INIT_OK, "is not present", 1},
        {{ONLY_SIM, SIM, "ONEAPI_DEVICE_SELECTOR=cuda:::"}, SELECTOR_BAD, "malformed", 1},
        {{ONLY_SIM, SIM, "ONEAPI_DEVICE_SELECTOR=\xff\x01"}, SELECTOR_BAD, "malformed", 1},
        {{ONLY_SIM, SIM, huge_selector}, SELECTOR_BAD, "malformed", 1},
        /* Library variables naming things that are not driver libraries: no platform, no crash */
        {{"URPEER_ADAPTERS=cuda", "URPEER_CUDA_LIBRARY=/etc/passwd"}, INIT_OK, NULL, 0},
        {{"URPEER_ADAPTERS=cuda", "URPEER_CUDA_LIBRARY=/dev/zero"}, INIT_OK, NULL, 0},
        {{"URPEER_ADAPTERS=cuda", "URPEER_CUDA_LIBRARY=libc.so.6"}, INIT_OK, NULL, 0},
        {{"URPEER_ADAPTERS=hip", "URPEER_HIP_LIBRARY=/etc/passwd"}, INIT_OK, NULL, 0},
        {{"URPEER_ADAPTERS=hip", "URPEER_HIP_LIBRARY=libc.so.6"}, INIT_OK, NULL, 0},
        {{"URPEER_ADAPTERS=level_zero", "URPEER_LEVEL_ZERO_LIBRARY=/"}, INIT_OK, NULL, 0},
        {{"URPEER_ADAPTERS=level_zero", "URPEER_LEVEL_ZERO_LIBRARY=libc.so.6"}, INIT_OK, NULL, 0},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        check_env_case(&cases[i]);

    /* Huge library paths, one per variable. */
    static char huge_lib[3][120 << 10];
    static const char *const names[3][2] = {
        {"URPEER_ADAPTERS=cuda", "URPEER_CUDA_LIBRARY="},
        {"URPEER_ADAPTERS=hip", "URPEER_HIP_LIBRARY="},
        {"URPEER_ADAPTERS=level_zero", "URPEER_LEVEL_ZERO_LIBRARY="}};
    for (int i = 0; i < 3; i++) {
        size_t l = strlen(names[i][1]);
        memcpy(huge_lib[i], names[i][1], l);
        memset(huge_lib[i] + l, 'L', sizeof(huge_lib[i]) - 1 - l);
        struct env_case ec = {{names[i][0], huge_lib[i]}, INIT_OK, NULL, 0};
        check_env_case(&ec);
    }
}

/* The child: what urLoaderInit makes of the environment. */
static int child(void)
{
    ur_loader_config_handle_t cfg = NULL;
    /* A warning, to see the log level: unknown adapter names are reported at warn. */
    if (urLoaderConfigCreate(&cfg) == UR_RESULT_SUCCESS) {
        (void)urpeerLoaderConfigSetAdapters(cfg, "probe");
        urLoaderConfigRelease(cfg);
    }
    printf("at_secure=%lu\n", getauxval(AT_SECURE));
    ur_result_t r = urLoaderInit(0, NULL);
    printf("init=%s\n", urpeerResultString(r));
    uint32_t n = 0;
    ur_result_t a = urAdapterGet(0, NULL, &n);
    if (r != UR_RESULT_SUCCESS) {
        printf("after=%s\n", urpeerResultString(a));
        return 0;
    }
    printf("adapters=%u\n", n);
    ur_adapter_handle_t ad[8];
    if (n > 8)
        n = 8;
    if (n > 0 && urAdapterGet(n, ad, NULL) == UR_RESULT_SUCCESS) {
        for (uint32_t i = 0; i < n; i++) {
            ur_platform_handle_t p;
            uint32_t np = 0, nd = 0;
            if (urPlatformGet(ad[i], 1, &p, &np) == UR_RESULT_SUCCESS && np > 0) {
                ur_result_t s = urDeviceGetSelected(p, UR_DEVICE_TYPE_ALL, 0, NULL, &nd);
                printf("selected=%s\n", urpeerResultString(s));
            }
            urAdapterRelease(ad[i]);
        }
    }
    printf("teardown=%s\n", urpeerResultString(urLoaderTearDown()));
    return 0;
}

/* ---- setuid / setgid ------------------------------------------------------------------- */

static bool copy_file(const char *from, const char *to, mode_t mode)
{
    int in = open(from, O_RDONLY), out = open(to, O_WRONLY | O_CREAT | O_TRUNC, mode);
    bool ok = in >= 0 && out >= 0;
    char buf[65536];
    ssize_t n;
    while (ok && (n = read(in, buf, sizeof(buf))) > 0)
        ok = write(out, buf, (size_t)n) == n;
    if (in >= 0)
        close(in);
    if (out >= 0 && close(out) != 0)
        ok = false;
    return ok;
}

static bool marker(const char *dir, const char *lib)
{
    char path[PATH_MAX + 64];
    snprintf(path, sizeof(path), "%s/%s.loaded", dir, lib);
    return access(path, F_OK) == 0;
}

static void clear_markers(const char *dir)
{
    static const char *const libs[] = {"marker-cuda.so", "marker-hip.so", "marker-ze.so"};
    char path[PATH_MAX + 64];
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof(path), "%s/%s.loaded", dir, libs[i]);
        unlink(path);
    }
}

static void test_setuid(void)
{
    if (geteuid() != 0) {
        printf("setuid check: skipped (needs root to make a setgid copy of this program)\n");
        return;
    }
    char helper[PATH_MAX + 64], libs[3][PATH_MAX + 64];
    static char vars[5][4 * PATH_MAX];
    static const char *const lib_names[] = {"marker-cuda.so", "marker-hip.so", "marker-ze.so"};
    static const char *const var_names[] = {"URPEER_CUDA_LIBRARY", "URPEER_HIP_LIBRARY",
                                            "URPEER_LEVEL_ZERO_LIBRARY"};
    snprintf(helper, sizeof(helper), "%s/setgid-helper", tmpdir);
    for (int i = 0; i < 3; i++) {
        snprintf(libs[i], sizeof(libs[i]), "%s/%s", tmpdir, lib_names[i]);
        snprintf(vars[i], sizeof(vars[i]), "%s=%s", var_names[i], libs[i]);
        if (!copy_file(MARKER_LIB, libs[i], 0755)) {
            CHECK(!"copy of the marker library");
            return;
        }
    }
    snprintf(vars[3], sizeof(vars[3]), "URPEER_TEST_MARKER_DIR=%s", tmpdir);
    /* nogroup: a group this process is not in, so the copy runs with egid != rgid. */
    if (!copy_file(self, helper, 0755) || chown(helper, 0, 65534) != 0 ||
        chmod(helper, 02755) != 0) {
        printf("setuid check: skipped (cannot make a setgid copy: %s)\n", strerror(errno));
        return;
    }

    const char *sim_vars[] = {"URPEER_ADAPTERS=sim", "URPEER_SIM=pair", "URPEER_LOG=warn", NULL};
    const char *lib_vars[] = {"URPEER_ADAPTERS=cuda,hip,level_zero",
                              vars[0],
                              vars[1],
                              vars[2],
                              vars[3],
                              "URPEER_LOG=warn",
                              NULL};
    struct child_out *o = calloc(1, sizeof(*o));

    /* Control: the same variables in a normal run are used. */
    run_child(self, "child", sim_vars, o);
    matrix++;
    CHECK(strstr(o->out, "at_secure=0") != NULL && strstr(o->out, "adapters=1") != NULL);
    clear_markers(tmpdir);
    run_child(self, "child", lib_vars, o);
    matrix++;
    for (int i = 0; i < 3; i++)
        CHECK(marker(tmpdir, lib_names[i]));

    /* Setgid: AT_SECURE is set, and neither URPEER_SIM nor the library variables are used. */
    run_child(helper, "child", sim_vars, o);
    if (strstr(o->out, "at_secure=1") == NULL) {
        printf("setuid check: skipped (the setgid copy did not run with AT_SECURE: '%s' '%.300s')"
               "\n",
               o->out, o->err);
        free(o);
        return;
    }
    matrix++;
    CHECK(strstr(o->out, "init=UR_RESULT_SUCCESS") != NULL);
    CHECK(strstr(o->out, "adapters=0") != NULL); /* URPEER_SIM ignored: the node is off */
    clear_markers(tmpdir);
    run_child(helper, "child", lib_vars, o);
    matrix++;
    CHECK(strstr(o->out, "at_secure=1") != NULL && strstr(o->out, "init=UR_RESULT_SUCCESS"));
    for (int i = 0; i < 3; i++)
        CHECK(!marker(tmpdir, lib_names[i]));
    printf("setuid check: a setgid copy ran with AT_SECURE=1 and ignored URPEER_SIM, "
           "URPEER_CUDA_LIBRARY, URPEER_HIP_LIBRARY and URPEER_LEVEL_ZERO_LIBRARY\n");
    free(o);
}

/* ---- main ------------------------------------------------------------------------------ */

static void remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[PATH_MAX + 300];
    while (d && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
        unlink(path);
    }
    if (d)
        closedir(d);
    rmdir(dir);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "child") == 0)
        return child();
    static char self_path[PATH_MAX];
    if (realpath(argv[0], self_path) == NULL) {
        perror(argv[0]);
        return 1;
    }
    self = self_path;
    snprintf(tmpdir, sizeof(tmpdir), "%s/hostile-XXXXXX", WORK_DIR);
    if (mkdtemp(tmpdir) == NULL) {
        perror(tmpdir);
        return 1;
    }
    chmod(tmpdir, 0755);
    test_topology_files();
    test_environment();
    test_setuid();
    remove_tree(tmpdir);
    printf("bad-input matrix: %d cases\n", matrix);
    return test_summary("reliability_hostile");
}
