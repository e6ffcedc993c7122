/* SPDX-License-Identifier: MIT */
/*
 * urpeer: see a node's GPU peer topology, check that peer copies carry the right data, measure
 * them. Command line parsing, help, and dispatch to the subcommands (one file each).
 *
 * The options live in one table with their help text; getopt_long's longopts[] is built from it.
 */
#include "urpeer_tool.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    OPT_JSON = 256,
    OPT_CSV,
    OPT_SIM,
    OPT_LATENCY_SIZE,
    OPT_INJECT_CORRUPT_COPY,
    OPT_PROGRESS,
    OPT_EXPORT,
    OPT_CACHE,
};

#define FOR(c) (1u << (c))
#define FOR_ALL (FOR(CMD_SHOW) | FOR(CMD_LIST) | FOR(CMD_TOPO) | FOR(CMD_CHECK) | FOR(CMD_BENCH))

struct opt_doc {
    struct option opt;
    const char *arg;  /* argument name in the help, NULL for none */
    unsigned cmds;    /* subcommands it applies to */
    const char *help; /* NULL: hidden (for tests) */
};

static const struct opt_doc opt_docs[] = {
    {{"devices", required_argument, NULL, 'd'},
     "LIST",
     FOR_ALL,
     "select devices by index: 0,2 or 0-3 or 0,2-3 (default: all)"},
    {{"sim", optional_argument, NULL, OPT_SIM},
     "[=PRESET|FILE]",
     FOR_ALL,
     "use the simulated node: pair, pcie4 (the default), nvswitch8, isolated2, or a topology "
     "file (docs/topology-format.md)"},
    {{"json", no_argument, NULL, OPT_JSON},
     NULL,
     FOR_ALL,
     "print one JSON document (schema: urpeer(1)); errors as {\"error\": {...}}"},
    {{"csv", no_argument, NULL, OPT_CSV},
     NULL,
     FOR(CMD_BENCH),
     "print the results as CSV, one row per matrix cell"},
    {{"size", required_argument, NULL, 's'},
     "SIZES",
     FOR(CMD_CHECK) | FOR(CMD_BENCH),
     "copy size(s): 4096, 64K, 1M, 1GiB; bench also takes lists (4K,1M) and doubling ranges "
     "(4K-64M); default: check 1M, bench 32M"},
    {{"reps", required_argument, NULL, 'r'},
     "N",
     FOR(CMD_BENCH),
     "timed samples per measurement (default 10)"},
    {{"warmup", required_argument, NULL, 'w'},
     "N",
     FOR(CMD_BENCH),
     "untimed copies before the samples (default 2)"},
    {{"latency-size", required_argument, NULL, OPT_LATENCY_SIZE},
     "BYTES",
     FOR(CMD_BENCH),
     "size of the copies of the latency matrices (default 8)"},
    {{"progress", no_argument, NULL, OPT_PROGRESS},
     NULL,
     FOR(CMD_CHECK) | FOR(CMD_BENCH),
     "show the progress line on stderr even when it is not a terminal"},
    {{"export", no_argument, NULL, OPT_EXPORT},
     NULL,
     FOR(CMD_TOPO),
     "print the node as a topology file for the simulated node (docs/topology-format.md)"},
    {{"cache", required_argument, NULL, OPT_CACHE},
     "FILE",
     FOR(CMD_CHECK),
     "reuse the verdicts in FILE while the system fingerprint matches; otherwise run the check "
     "and write them there (JSON, as --json prints)"},
    {{"help", no_argument, NULL, 'h'}, NULL, FOR_ALL, "show this help"},
    {{"version", no_argument, NULL, 'V'}, NULL, FOR_ALL, "show the tool, library and API versions"},
    {{"inject-corrupt-copy", no_argument, NULL, OPT_INJECT_CORRUPT_COPY},
     NULL,
     FOR(CMD_CHECK),
     NULL},
};
#define NUM_OPTS (sizeof(opt_docs) / sizeof(opt_docs[0]))
static const char short_opts[] = "+d:s:r:w:hV";

static const struct {
    const char *name;
    const char *summary;
    const char *detail;
} commands[CMD_COUNT_] = {
    [CMD_SHOW] = {"show", "list + topo (the default when no command is given)",
                  "Show the devices (as `list`) and the peer topology (as `topo`)."},
    [CMD_LIST] = {"list", "adapters, platforms and devices with their key properties",
                  "List adapters, platforms and devices: name, vendor, memory, PCI address, UUID,\n"
                  "driver version and USM P2P support."},
    [CMD_TOPO] =
        {"topo", "link type, peer access, atomics, rank and bandwidth of every ordered pair",
         "Print, for every ordered pair of the selected devices, the link type (nvidia-smi\n"
         "topo -m codes: NV#, XGMI, XELINK, PIX, PXB, PHB, NODE, SYS), whether the command\n"
         "device (row) can access memory of the peer device (column), native atomics, the\n"
         "link's performance rank and rated bandwidth where known, the list of links, each\n"
         "device's NUMA node and CPUs, and which peers to enable first where a device has\n"
         "more than the driver allows. --export prints the node as a topology file."},
    [CMD_CHECK] =
        {"check", "verify every pair's copies and say why peer access fails",
         "For every ordered pair: copy a pattern TO->FROM and FROM->TO on FROM's queue with\n"
         "peer access enabled (where advertised) and disabled, verify every byte, and give\n"
         "one verdict: OK, BROKEN (data wrong or lost), UNADVERTISED (works, not\n"
         "advertised), STAGED (only through the host), UNSUPPORTED, or ERROR, with a reason\n"
         "code, a hint, and the causes found in the system (IOMMU, ACS, BAR). Lines are\n"
         "printed as pairs finish. Exit status 1 if a pair is BROKEN, 4 out of memory."},
    [CMD_BENCH] =
        {"bench", "bandwidth and latency matrices, peer access on and off",
         "Measure unidirectional (write and read) and bidirectional bandwidth with peer\n"
         "access on and off, latency of small copies, host<->device bandwidth and concurrent\n"
         "all-to-one / one-to-all copies; the diagonal is device-local copies. Median, min,\n"
         "max and coefficient of variation over --reps samples after --warmup copies; every\n"
         "copied byte counted once. Timed by event profiling (device clock) where the\n"
         "adapter has it, by the host clock otherwise. Matrices print as they complete."},
};

const char *cmd_name(enum tool_cmd cmd)
{
    return commands[cmd].name;
}

/* ---- Help ---- */

/* Print `text` from column `indent` on, wrapped at `width` columns, with a hanging indent. */
static void print_wrapped(FILE *f, const char *text, int indent, int width)
{
    int col = indent;
    const char *p = text;
    while (*p) {
        size_t word = strcspn(p, " ");
        if (col > indent && col + 1 + (int)word > width) {
            fprintf(f, "\n%*s", indent, "");
            col = indent;
        } else if (col > indent) {
            fputc(' ', f);
            col++;
        }
        fwrite(p, 1, word, f);
        col += (int)word;
        p += word;
        while (*p == ' ')
            p++;
    }
    fputc('\n', f);
}

static void print_options(FILE *f, unsigned mask)
{
    for (size_t i = 0; i < NUM_OPTS; i++) {
        const struct opt_doc *d = &opt_docs[i];
        char left[64];
        if (d->help == NULL || (d->cmds & mask) == 0)
            continue;
        if (d->opt.val < 256)
            snprintf(left, sizeof(left), "-%c, --%s%s%s", d->opt.val, d->opt.name,
                     d->arg ? " " : "", d->arg ? d->arg : "");
        else
            snprintf(left, sizeof(left), "    --%s%s%s", d->opt.name,
                     d->arg && d->arg[0] != '[' ? " " : "", d->arg ? d->arg : "");
        fprintf(f, "  %-28s ", left);
        print_wrapped(f, d->help, 31, 80);
    }
}

static void print_footer(FILE *f)
{
    fputs("\nExit status: 0 success, 1 a check found broken peer access, 2 usage error or bad\n"
          "input, 3 no devices or a runtime error, 4 not enough memory for the request.\n"
          "Environment: URPEER_SIM (like --sim), URPEER_SIM_FAULTS (simulated faults),\n"
          "URPEER_SYSROOT (where /sys and /proc are read), NO_COLOR (no colour).\n"
          "Without a GPU and without --sim, urpeer shows the built-in simulated node "
          "(preset\n" TOOL_FALLBACK_PRESET
          ", labelled SIMULATED) only on a terminal; in a script it exits 3.\n"
          "See urpeer(1).\n",
          f);
}

static void print_help(FILE *f, int cmd)
{
    if (cmd < 0) {
        fputs("Usage: urpeer [COMMAND] [OPTIONS]\n"
              "See a node's GPU peer-to-peer topology, check that peer copies carry the right\n"
              "data, and measure them (CUDA, HIP, Level Zero, or the simulated node).\n\n"
              "Commands:\n",
              f);
        for (int c = 0; c < CMD_COUNT_; c++)
            fprintf(f, "  %-7s %s\n", commands[c].name, commands[c].summary);
        fputs("  help    help [COMMAND]: this help, or a command's\n\nOptions:\n", f);
        print_options(f, FOR_ALL);
    } else {
        fprintf(f, "Usage: urpeer %s [OPTIONS]\n%s\n\nOptions:\n", commands[cmd].name,
                commands[cmd].detail);
        print_options(f, FOR(cmd));
    }
    print_footer(f);
}

static int print_version(bool json)
{
    uint32_t lib = 0;
    ur_api_version_t api = 0;
    char tool_v[32], lib_v[32];
    urpeerGetVersion(&lib, &api);
    format_library_version(URPEER_VERSION, tool_v, sizeof(tool_v));
    format_library_version(lib, lib_v, sizeof(lib_v));
    if (!json) {
        printf("urpeer %s (library %s, Unified Runtime API %u.%u)\n", tool_v, lib_v,
               (unsigned)UR_MAJOR_VERSION(api), (unsigned)UR_MINOR_VERSION(api));
        return TOOL_EXIT_OK;
    }
    char api_v[32];
    struct sbuf b = {0};
    struct jw w;
    snprintf(api_v, sizeof(api_v), "%u.%u", (unsigned)UR_MAJOR_VERSION(api),
             (unsigned)UR_MINOR_VERSION(api));
    jw_init(&w, &b);
    jw_obj(&w, NULL);
    jw_str(&w, "schema", "urpeer");
    jw_int(&w, "schema_version", TOOL_SCHEMA_VERSION);
    jw_str(&w, "command", "version");
    jw_str(&w, "tool_version", tool_v);
    jw_str(&w, "library_version", lib_v);
    jw_str(&w, "api_version", api_v);
    jw_obj_end(&w);
    jw_finish(&w);
    int rc = TOOL_EXIT_OK;
    if (b.oom)
        rc = tool_fail(TOOL_EXIT_RUNTIME, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, "out of memory");
    else
        fputs(b.data, stdout);
    sb_free(&b);
    return rc;
}

/* ---- Parsing ---- */

static bool parse_count(const char *s, unsigned max, unsigned *out)
{
    char *end;
    if (*s < '0' || *s > '9')
        return false;
    unsigned long v = strtoul(s, &end, 10);
    if (*end != '\0' || v > max)
        return false;
    *out = (unsigned)v;
    return true;
}

/* "1M", "4K,1M", "4K-64M" (doubling), or a mix. */
static int parse_sizes(const char *arg, struct tool_opts *o)
{
    char buf[512];
    if (strlen(arg) >= sizeof(buf))
        return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS, "--size: argument too long");
    snprintf(buf, sizeof(buf), "%s", arg);
    o->num_sizes = 0;
    for (char *item = buf; item != NULL;) {
        char *next = strchr(item, ',');
        if (next != NULL)
            *next++ = '\0';
        char *dash = strchr(item, '-');
        size_t lo, hi;
        if (dash != NULL)
            *dash = '\0';
        if (!parse_size(item, &lo) || (dash != NULL && !parse_size(dash + 1, &hi)))
            return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                             "--size: '%s' is not a size list (e.g. 1M, 4K,64K or 4K-64M)", arg);
        if (dash == NULL)
            hi = lo;
        if (hi < lo)
            return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS, "--size: range '%s' goes down",
                             arg);
        for (size_t v = lo; v <= hi; v *= 2) {
            if (o->num_sizes == TOOL_MAX_SIZES)
                return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS, "--size: more than %d sizes",
                                 TOOL_MAX_SIZES);
            o->sizes[o->num_sizes++] = v;
            if (v > SIZE_MAX / 2)
                break;
        }
        item = next;
    }
    return TOOL_EXIT_OK;
}

static int find_command(const char *name)
{
    for (int c = 0; c < CMD_COUNT_; c++)
        if (strcmp(name, commands[c].name) == 0)
            return c;
    return -1;
}

static int unknown_command(const char *name)
{
    for (size_t i = 0; i < 4; i++) {
        static const char *const presets[] = {"pair", "pcie4", "nvswitch8", "isolated2"};
        if (strcmp(name, presets[i]) == 0)
            return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                             "unknown command '%s' (to pick a simulated preset write --sim=%s)",
                             name, name);
    }
    return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                     "unknown command '%s' (commands: show, list, topo, check, bench, help; "
                     "see urpeer --help)",
                     name);
}

enum action { ACT_RUN, ACT_HELP, ACT_VERSION };

static int parse_args(int argc, char **argv, struct tool_opts *o, enum action *act, int *help_cmd)
{
    struct option longopts[NUM_OPTS + 1];
    bool given[NUM_OPTS] = {false};
    int rc;

    for (size_t i = 0; i < NUM_OPTS; i++)
        longopts[i] = opt_docs[i].opt;
    memset(&longopts[NUM_OPTS], 0, sizeof(longopts[NUM_OPTS]));
    memset(o, 0, sizeof(*o));
    o->cmd = CMD_SHOW;
    *act = ACT_RUN;
    *help_cmd = -1;

    /* The command may come first ("urpeer check --size 1M") or after global options. Options
     * are parsed in two rounds around it so that both orders work. */
    int cmd = -1;
    bool help_word = false;
    opterr = 0;
    optind = 1;
    for (;;) {
        int idx = -1;
        int c = getopt_long(argc, argv, short_opts, longopts, &idx);
        if (c == -1) {
            if (optind >= argc)
                break;
            const char *word = argv[optind];
            if (cmd >= 0 || help_word)
                return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS, "unexpected argument '%s'",
                                 word);
            if (strcmp(word, "help") == 0) {
                *act = ACT_HELP;
                help_word = true;
                optind++;
                if (optind < argc && argv[optind][0] != '-') {
                    int hc = find_command(argv[optind]);
                    if (hc < 0)
                        return unknown_command(argv[optind]);
                    *help_cmd = hc;
                    optind++;
                }
                continue;
            }
            cmd = find_command(word);
            if (cmd < 0)
                return unknown_command(word);
            optind++;
            continue;
        }
        if (c == '?') {
            const char *bad = argv[optind - 1];
            if (strncmp(bad, "--", 2) != 0 && optopt != 0 && strchr("dsrw", optopt) != NULL)
                return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                                 "option '-%c' needs an argument", optopt);
            if (optopt != 0 && bad[0] == '-' && bad[1] != '-')
                return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                                 "unknown option '-%c' (see urpeer --help)", optopt);
            for (size_t i = 0; i < NUM_OPTS; i++) {
                size_t l = strlen(opt_docs[i].opt.name);
                if (strncmp(bad, "--", 2) == 0 && strncmp(bad + 2, opt_docs[i].opt.name, l) == 0 &&
                    (bad[2 + l] == '\0' || bad[2 + l] == '=')) {
                    if (opt_docs[i].opt.has_arg == required_argument)
                        return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                                         "option '--%s' needs an argument", opt_docs[i].opt.name);
                    return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                                     "option '--%s' takes no argument", opt_docs[i].opt.name);
                }
            }
            return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                             "unknown option '%s' (see urpeer --help)", bad);
        }
        if (idx < 0) {
            for (size_t i = 0; i < NUM_OPTS; i++)
                if (opt_docs[i].opt.val == c)
                    idx = (int)i;
        }
        if (idx >= 0)
            given[idx] = true;
        switch (c) {
        case 'd':
            o->devices = optarg;
            break;
        case OPT_SIM:
            o->sim_given = true;
            /* The value may follow as its own word (--sim nvswitch8): taken unless that word is
             * an option or a command. */
            if (optarg == NULL && optind < argc && argv[optind][0] != '-' &&
                argv[optind][0] != '\0' && find_command(argv[optind]) < 0 &&
                strcmp(argv[optind], "help") != 0)
                optarg = argv[optind++];
            o->sim = (optarg != NULL && optarg[0] != '\0') ? optarg : TOOL_FALLBACK_PRESET;
            break;
        case OPT_PROGRESS:
            o->progress = true;
            break;
        case OPT_EXPORT:
            o->export_topology = true;
            break;
        case OPT_CACHE:
            o->cache = optarg;
            break;
        case OPT_JSON:
            o->json = true;
            break;
        case OPT_CSV:
            o->csv = true;
            break;
        case 's':
            rc = parse_sizes(optarg, o);
            if (rc != TOOL_EXIT_OK)
                return rc;
            break;
        case 'r':
            if (!parse_count(optarg, 1000000, &o->reps) || o->reps == 0)
                return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                                 "--reps: '%s' is not a number from 1 to 1000000", optarg);
            o->reps_given = true;
            break;
        case 'w':
            if (!parse_count(optarg, 1000000, &o->warmup))
                return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                                 "--warmup: '%s' is not a number from 0 to 1000000", optarg);
            o->warmup_given = true;
            break;
        case OPT_LATENCY_SIZE:
            if (!parse_size(optarg, &o->latency_size) || o->latency_size > (64u << 20))
                return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                                 "--latency-size: '%s' is not a size from 1 B to 64M", optarg);
            break;
        case OPT_INJECT_CORRUPT_COPY:
            o->inject_corrupt_copy = true;
            break;
        case 'h':
            *act = ACT_HELP;
            break;
        case 'V':
            if (*act != ACT_HELP)
                *act = ACT_VERSION;
            break;
        default:
            return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS, "unknown option (see --help)");
        }
    }
    if (cmd >= 0)
        o->cmd = (enum tool_cmd)cmd;
    if (*act == ACT_HELP && *help_cmd < 0)
        *help_cmd = cmd;
    if (*act != ACT_RUN)
        return TOOL_EXIT_OK;

    for (size_t i = 0; i < NUM_OPTS; i++) {
        if (given[i] && (opt_docs[i].cmds & FOR(o->cmd)) == 0)
            return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                             "option '--%s' does not apply to '%s' (see urpeer %s --help)",
                             opt_docs[i].opt.name, cmd_name(o->cmd), cmd_name(o->cmd));
    }
    if (o->json && o->csv)
        return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                         "--json and --csv cannot be used together");
    if (o->cmd == CMD_CHECK && o->num_sizes > 1)
        return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS, "check takes a single --size");
    o->colour = !o->json && !o->csv && colour_allowed(1);
    return TOOL_EXIT_OK;
}

/* Whether --json is on the command line (known before parsing, for errors found while parsing). */
static bool json_requested(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (strcmp(argv[i], "--json") == 0)
            return true;
    }
    return false;
}

int main(int argc, char **argv)
{
    struct tool_opts o;
    struct tool_session s;
    struct sbuf out = {0};
    enum action act;
    int help_cmd;

    int rc = parse_args(argc, argv, &o, &act, &help_cmd);
    if (rc != TOOL_EXIT_OK) {
        tool_print_error(json_requested(argc, argv));
        return rc;
    }
    if (act == ACT_HELP) {
        print_help(stdout, help_cmd);
        return TOOL_EXIT_OK;
    }
    if (act == ACT_VERSION) {
        rc = print_version(o.json);
        if (rc != TOOL_EXIT_OK)
            tool_print_error(o.json);
        return rc;
    }

    rc = session_open(&s, &o);
    if (rc == TOOL_EXIT_OK) {
        switch (o.cmd) {
        case CMD_LIST:
            rc = cmd_list(&s, &o, &out);
            break;
        case CMD_TOPO:
            rc = cmd_topo(&s, &o, &out);
            break;
        case CMD_CHECK:
            rc = cmd_check(&s, &o, &out);
            break;
        case CMD_BENCH:
            rc = cmd_bench(&s, &o, &out);
            break;
        default:
            rc = cmd_show(&s, &o, &out);
            break;
        }
    }
    session_close(&s);
    sys_close();
    /* A command that ran to its end has its result in `out`, whatever its exit status says
     * (check: 1 broken pairs, 3 or 4 pairs it could not check); a failure recorded with
     * tool_fail has no result. */
    bool complete = !tool_error_recorded();
    if (complete && out.oom)
        rc = tool_fail(TOOL_EXIT_RESOURCE, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, "out of memory");
    complete = !tool_error_recorded();
    if (complete) {
        if (out.len > 0)
            fwrite(out.data, 1, out.len, stdout);
        if (fflush(stdout) != 0) {
            fprintf(stderr, "urpeer: cannot write the output\n");
            rc = TOOL_EXIT_RUNTIME;
        }
    } else {
        tool_print_error(o.json);
    }
    sb_free(&out);
    return rc;
}
