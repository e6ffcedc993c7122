/* SPDX-License-Identifier: MIT */
/*
 * The urpeer command-line tool: shared declarations.
 *
 * The tool uses only the public API (ur_api.h and urpeer.h), and reads /sys and /proc (below
 * URPEER_SYSROOT) for what the API does not say. A subcommand builds its output in a buffer; a
 * JSON document is printed only when the subcommand finished (an error never leaves half a
 * document on stdout), text and CSV are streamed: tool_stream() prints what is ready.
 */
#ifndef URPEER_TOOL_H
#define URPEER_TOOL_H

#include "urpeer.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Exit statuses (documented in docs/urpeer.1). */
enum {
    TOOL_EXIT_OK = 0,           /* success */
    TOOL_EXIT_CHECK_FAILED = 1, /* `check`: at least one pair failed */
    TOOL_EXIT_USAGE = 2,        /* bad command line or bad input (device index, topology file) */
    TOOL_EXIT_RUNTIME = 3,      /* no devices, or a runtime call failed */
    TOOL_EXIT_RESOURCE = 4,     /* not enough (host or device) memory for the request */
};

/* Version of the JSON documents the tool prints ("schema_version"). */
#define TOOL_SCHEMA_VERSION 1

/* The simulated preset shown where no GPU is found. */
#define TOOL_FALLBACK_PRESET "pcie4"
/* The adapters tried first, comma-separated and as text: the registry's GPU adapters, set by
 * CMake (tools/urpeer/CMakeLists.txt). */
#ifndef TOOL_REAL_ADAPTERS
#define TOOL_REAL_ADAPTERS "cuda,hip,level_zero"
#define TOOL_REAL_ADAPTER_NAMES "cuda, hip, level_zero"
#endif

#if defined(__GNUC__) || defined(__clang__)
#define TOOL_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define TOOL_PRINTF(f, a)
#endif

/* ---- Growable string buffer (util.c) ---- */

struct sbuf {
    char *data;
    size_t len;
    size_t cap;
    bool oom; /* an allocation failed: the content is incomplete */
};

void sb_putc(struct sbuf *b, char c);
void sb_puts(struct sbuf *b, const char *s);
void sb_putn(struct sbuf *b, const char *s, size_t n);
void sb_printf(struct sbuf *b, const char *fmt, ...) TOOL_PRINTF(2, 3);
void sb_vprintf(struct sbuf *b, const char *fmt, va_list ap) TOOL_PRINTF(2, 0);
void sb_pad(struct sbuf *b, size_t n);
void sb_free(struct sbuf *b);

/* ---- JSON writer (util.c) ---- */

#define JW_MAX_DEPTH 32

/* Writes pretty-printed JSON into a buffer. `key` is the member name inside an object and NULL
 * inside an array or at the top. A compact container is written on one line. */
struct jw {
    struct sbuf *b;
    int depth;
    uint32_t count[JW_MAX_DEPTH];
    bool compact[JW_MAX_DEPTH];
};

void jw_init(struct jw *w, struct sbuf *b);
void jw_obj(struct jw *w, const char *key);
void jw_obj_compact(struct jw *w, const char *key);
void jw_obj_end(struct jw *w);
void jw_arr(struct jw *w, const char *key);
void jw_arr_compact(struct jw *w, const char *key);
void jw_arr_end(struct jw *w);
void jw_str(struct jw *w, const char *key, const char *value); /* NULL writes null */
void jw_int(struct jw *w, const char *key, int64_t value);
void jw_uint(struct jw *w, const char *key, uint64_t value);
void jw_double(struct jw *w, const char *key, double value, int decimals); /* NaN writes null */
void jw_bool(struct jw *w, const char *key, bool value);
void jw_null(struct jw *w, const char *key);
void jw_finish(struct jw *w); /* the final newline */

/* ---- Errors (util.c) ---- */

/* Record the error that ends the run; returns `code`. main() prints it (stderr, and a JSON error
 * object on stdout in --json mode). `result` is UR_RESULT_SUCCESS when no call failed. */
int tool_fail(int code, ur_result_t result, const char *fmt, ...) TOOL_PRINTF(3, 4);
/* Whether tool_fail was called. */
bool tool_error_recorded(void);
/* Print the recorded error; `json` also writes {"error": {...}} to stdout. */
void tool_print_error(bool json);
/* A short warning on stderr ("urpeer: warning: ..."). */
void tool_warn(const char *fmt, ...) TOOL_PRINTF(1, 2);

/* ---- Small helpers (util.c) ---- */

/* Parse "4096", "64K", "1M", "2GiB" (binary units). Returns false if malformed or zero. */
bool parse_size(const char *s, size_t *out);
/* Format a byte count as "16 GiB", "1.5 MiB", "512 B". */
void format_bytes(char *buf, size_t n, uint64_t bytes);
/* A reason string for a failed query, e.g. "not reported by the adapter
 * (UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION)". */
const char *query_reason(ur_result_t res, char *buf, size_t n);
/* Monotonic host clock in seconds. */
double host_seconds(void);
/* Whether colour may be used on a stream that is `fd` (a tty, NO_COLOR unset, TERM not dumb). */
bool colour_allowed(int fd);

/* ---- Command line (main.c) ---- */

enum tool_cmd {
    CMD_SHOW, /* list + topo: the default */
    CMD_LIST,
    CMD_TOPO,
    CMD_CHECK,
    CMD_BENCH,
    CMD_COUNT_
};

#define TOOL_MAX_SIZES 64

struct tool_opts {
    enum tool_cmd cmd;
    bool json;
    bool csv;
    bool colour;
    const char *devices; /* -d LIST, NULL: all */
    const char *sim;     /* --sim spec, NULL: not given */
    bool sim_given;
    size_t sizes[TOOL_MAX_SIZES];
    unsigned num_sizes; /* 0: the subcommand's default */
    unsigned reps;      /* 0: default */
    bool reps_given;
    unsigned warmup;
    bool warmup_given;
    size_t latency_size;
    bool inject_corrupt_copy; /* hidden, for tests: corrupt the first peer copy of `check` */
    bool progress;            /* --progress: the progress line even when stderr is no terminal */
    bool export_topology;     /* topo --export */
    const char *cache;        /* check --cache FILE */
};

/* Print what `out` holds now and empty it, for text and CSV output (JSON waits for the end). */
void tool_stream(const struct tool_opts *o, struct sbuf *out);
/* Whether the progress line is shown (stderr a terminal, or --progress). */
bool progress_wanted(const struct tool_opts *o);
/* Rewrite the progress line on stderr; NULL clears it. */
void progress_line(const struct tool_opts *o, const char *fmt, ...) TOOL_PRINTF(2, 3);
/* Bytes of host memory available now (MemAvailable), 0 if unknown. */
uint64_t host_memory_available(void);
/* The root below which /sys and /proc are read: URPEER_SYSROOT, or "" for the real system. */
const char *sysroot(void);

const char *cmd_name(enum tool_cmd cmd);

/* ---- Session: loader, adapters, platforms, devices (session.c) ---- */

struct tool_adapter {
    ur_adapter_handle_t h;
    const char *name;
    ur_backend_t backend;
};

struct tool_platform {
    ur_platform_handle_t h;
    unsigned adapter;
    char name[256];
    char vendor[256];
    char version[128];
    ur_backend_t backend;
    unsigned first_device; /* global index of its first device */
    unsigned num_devices;
    ur_context_handle_t context; /* created on demand (session_context) */
};

enum dev_field { DF_PCI, DF_UUID, DF_DRIVER, DF_P2P, DF_PROFILING, DF_COUNT_ };

struct tool_device {
    unsigned index; /* global: position in the session's list */
    ur_device_handle_t h;
    unsigned platform; /* index into the session's platforms */
    unsigned adapter;
    char name[256];
    char vendor[256];
    char driver[128];
    char pci[64];
    uint8_t uuid[16];
    uint32_t vendor_id;
    ur_device_type_t type;
    uint64_t memory;
    uint64_t max_alloc;
    bool p2p_support;
    bool profiling;
    /* UR_RESULT_SUCCESS where the field is known, else why not. */
    ur_result_t field_res[DF_COUNT_];
};

struct tool_session {
    struct tool_adapter *adapters;
    unsigned num_adapters;
    struct tool_platform *platforms;
    unsigned num_platforms;
    struct tool_device *devices;
    unsigned num_devices;
    unsigned *selected; /* indices of the selected devices, ascending */
    unsigned num_selected;
    bool loader_up;
    bool simulated;
    bool sim_automatic;     /* shown because no GPU was found */
    const char *sim_source; /* "--sim" or "URPEER_SIM" */
    char sim_spec[1024];
    char sim_reason[256]; /* why the automatic fallback happened */
    ur_adapter_handle_t sim_adapter;
    uint32_t library_version;
    ur_api_version_t api_version;
};

int session_open(struct tool_session *s, const struct tool_opts *o);
void session_close(struct tool_session *s);
/* The context of a platform (all its devices), created on first use. */
int session_context(struct tool_session *s, unsigned platform, ur_context_handle_t *out);
/* "GPU3" (or "DEV3" for a device that is not a GPU). */
const char *device_label(const struct tool_session *s, unsigned index, char *buf, size_t n);
/* "0.1.0" */
void format_library_version(uint32_t v, char *buf, size_t n);
/* Name of a backend ("cuda", "hip", "level_zero", "unknown", ...). */
const char *backend_name(ur_backend_t b);
/* A message for a failed call: "urX: UR_RESULT_... (adapter says: ...)". */
void describe_failure(const struct tool_session *s, unsigned adapter, const char *call,
                      ur_result_t res, char *buf, size_t n);
/* Query one peer property; returns the call's result. */
ur_result_t peer_info(const struct tool_session *s, unsigned from, unsigned to, uint32_t prop,
                      int *value);

/* ---- The system around the devices (sysinfo.c) ---- */

struct sys_device {
    bool known;          /* its sysfs directory was found */
    int numa_node;       /* -1: unknown */
    bool numa_from_cpus; /* numa_node is the node of its CPUs (sysfs said -1, as in VMs) */
    char cpulist[256];   /* local_cpulist, "" unknown */
    char path[4096];     /* resolved sysfs path */
    int iommu;           /* -1 unknown, 0 none or passthrough, 1 translating */
    char iommu_type[32];
    uint64_t max_bar; /* bytes of its largest memory BAR, 0 unknown */
};

/* Causes found on the system for a pair (sys_pair_causes). */
enum { CAUSE_IOMMU = 1u << 0, CAUSE_ACS = 1u << 1, CAUSE_SMALL_BAR = 1u << 2 };

void sys_read_device(const char *bdf, struct sys_device *d);
bool sys_cmdline(char *buf, size_t n);
/* The PCIe link type from the two devices' places in the PCI tree (0 if unknown). */
int sys_pci_link_type(const struct sys_device *a, const struct sys_device *b);
/* CAUSE_* bits; `bridge` gets the bridge with ACS redirect on. */
unsigned sys_pair_causes(const struct sys_device *a, const struct sys_device *b, uint64_t mem_a,
                         uint64_t mem_b, char *bridge, size_t bn);
/* Link type (and NVLink count) from NVML where it is installed; 0 otherwise. */
int sys_nvml_link(const char *pci_a, const char *pci_b, int *links);
void sys_close(void);
/* "NV4", "PIX", "SYS"... (nvidia-smi topo -m); NULL for an unknown type. */
const char *link_type_code(int type, int links, char *buf, size_t n);
/* 64-bit FNV-1a of s, continued from h (0 starts). */
uint64_t fnv1a(uint64_t h, const char *s);

/* ---- Output pieces shared by subcommands (report.c) ---- */

/* The JSON members every document starts with (schema, versions, simulation, selection). */
void report_json_header(struct jw *w, const struct tool_session *s, const char *command);
/* The banner line of text output ("SIMULATED node ..."), if simulated. */
void report_text_banner(struct sbuf *b, const struct tool_session *s, const struct tool_opts *o);
/* The "devices" array of JSON documents (selected devices). */
void report_json_devices(struct jw *w, const struct tool_session *s);

/* One cell of a matrix over the selected devices: a value, or null with the reason. */
enum cell_kind { CELL_NULL, CELL_BOOL, CELL_INT, CELL_REAL };

struct cell {
    enum cell_kind kind;
    double value;
    char reason[192]; /* set when kind == CELL_NULL */
};

/* Open a matrix object {"unit", "index", "values", "reasons"} (n*n cells, row-major over the
 * selected devices); the caller may add members, then closes it with jw_obj_end. */
void report_json_matrix_begin(struct jw *w, const char *key, const struct tool_session *s,
                              const struct cell *cells, const char *unit, int decimals);

/* A matrix of cells over the selected devices (row = from, column = to), printed as text. The
 * cell strings are owned by the caller. */
void report_text_matrix(struct sbuf *b, const struct tool_session *s, const char *const *cells,
                        const char *corner);

/* ---- Subcommands (one file each) ---- */

int cmd_list(struct tool_session *s, const struct tool_opts *o, struct sbuf *out);
int cmd_topo(struct tool_session *s, const struct tool_opts *o, struct sbuf *out);
int cmd_show(struct tool_session *s, const struct tool_opts *o, struct sbuf *out);
int cmd_check(struct tool_session *s, const struct tool_opts *o, struct sbuf *out);
int cmd_bench(struct tool_session *s, const struct tool_opts *o, struct sbuf *out);

/* Pieces of list/topo reused by `show` (text and JSON parts without the document frame). */
void list_text(struct sbuf *b, const struct tool_session *s, const struct tool_opts *o);
void list_json(struct jw *w, const struct tool_session *s);
int topo_text(struct sbuf *b, const struct tool_session *s, const struct tool_opts *o);
int topo_json(struct jw *w, const struct tool_session *s);

#endif /* URPEER_TOOL_H */
