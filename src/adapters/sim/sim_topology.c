/* SPDX-License-Identifier: MIT */
/*
 * Simulated node topologies: the presets and the topology file parser (docs/topology-format.md).
 *
 * The presets are written in the file format and go through the same parser, so there is one
 * description of what a topology may say. The parser reads the whole input, checks every
 * statement, and hands back a topology only when all of it is valid: nothing is half-loaded.
 */
#include "sim.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOPO_MAX_FILE_SIZE ((size_t)1 << 20) /* 1 MiB */
#define TOPO_MAX_LINE 1024u                  /* characters, without the newline */
#define TOPO_MAX_WORDS 32u
#define TOPO_MAX_MEMORY (1ull << 50) /* 1 PiB */
#define TOPO_MIN_MEMORY (1ull << 20) /* 1 MiB */
#define TOPO_MAX_RANK 1000000
#define TOPO_MAX_BANDWIDTH 1000000.0 /* GB/s */
#define TOPO_MAX_GROUPS 64u
#define TOPO_MAX_LINKS 64u     /* links of an NV# type */
#define TOPO_MSG_MAX_PATH 120u /* a longer path is shown by its end in messages */

struct preset {
    const char *name;
    const char *text;
};

static const struct preset presets[] = {
    {"pair", "urpeer-topology 1\n"
             "# Two devices with a fast link, access and atomics both ways.\n"
             "devices 2\n"
             "link 0 <-> 1 access atomics rank 0 bandwidth 450 type NV4\n"
             "end\n"},
    {"pcie4", "urpeer-topology 1\n"
              "# Two PCIe switches of two devices each: peers under one switch, no access across.\n"
              "devices 4\n"
              "link 0 <-> 1 access rank 1 bandwidth 25 type PIX\n"
              "link 2 <-> 3 access rank 1 bandwidth 25 type PIX\n"
              "link 0-1 <-> 2-3 none rank 2 type SYS\n"
              "end\n"},
    {"nvswitch8", "urpeer-topology 1\n"
                  "# Eight devices behind a switch fabric: every pair linked, access and atomics.\n"
                  "devices 8\n"
                  "link all <-> all access atomics rank 0 bandwidth 450 type NV18\n"
                  "end\n"},
    {"isolated2", "urpeer-topology 1\n"
                  "# Two devices that cannot reach each other's memory.\n"
                  "devices 2\n"
                  "link 0 <-> 1 none type SYS\n"
                  "end\n"},
};

struct word {
    char *s;
    bool quoted;
};

struct group {
    char name[32];
    bool member[SIM_MAX_DEVICES];
    uint32_t line;
};

struct parser {
    const char *file;
    uint32_t line;
    char *msg;
    size_t msg_size;
    bool failed;
    struct sim_topology *topo;
    uint32_t header_line;
    uint32_t devices_line;
    uint32_t end_line;
    uint32_t default_memory_line;
    uint32_t default_name_line;
    uint64_t default_memory;
    char default_name[SIM_NAME_MAX];
    uint32_t peer_limit_line;
    struct group groups[TOPO_MAX_GROUPS];
    uint32_t num_groups;
};

static void fail(struct parser *p, const char *fmt, ...) UP_PRINTF(2, 3);

static void fail(struct parser *p, const char *fmt, ...)
{
    char reason[384];
    va_list ap;

    if (p->failed)
        return;
    p->failed = true;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof(reason), fmt, ap);
    va_end(ap);
    if (p->msg && p->msg_size) {
        /* A long path would push the line and the reason out of the message: keep its end. */
        const char *file = p->file;
        size_t len = strlen(file);
        bool cut = len > TOPO_MSG_MAX_PATH;
        snprintf(p->msg, p->msg_size, "%s%s:%u: %s", cut ? "..." : "",
                 cut ? file + len - TOPO_MSG_MAX_PATH : file, p->line, reason);
    }
}

/* ---------------------------------------------------------------------------------------------
 * Numbers.
 */
enum num_status { NUM_OK, NUM_NOT_NUMBER, NUM_NEGATIVE, NUM_TOO_LARGE };

/* Decimal digits at s; *end is where they stop. Saturates at UINT64_MAX. */
static enum num_status parse_digits(const char *s, uint64_t *v, const char **end)
{
    uint64_t x = 0;
    bool overflow = false;
    const char *c = s;

    if (*c == '-') {
        return (c[1] >= '0' && c[1] <= '9') ? NUM_NEGATIVE : NUM_NOT_NUMBER;
    }
    if (*c < '0' || *c > '9')
        return NUM_NOT_NUMBER;
    for (; *c >= '0' && *c <= '9'; c++) {
        unsigned d = (unsigned)(*c - '0');
        if (x > (UINT64_MAX - d) / 10)
            overflow = true;
        else
            x = x * 10 + d;
    }
    *end = c;
    *v = x;
    return overflow ? NUM_TOO_LARGE : NUM_OK;
}

/* A whole word that is a decimal integer. */
static enum num_status parse_uint(const char *s, uint64_t *v)
{
    const char *end = s;
    enum num_status st = parse_digits(s, v, &end);
    if (st == NUM_OK && *end != '\0')
        return NUM_NOT_NUMBER;
    if (st == NUM_TOO_LARGE) {
        /* still not a number if followed by junk */
        while (*end >= '0' && *end <= '9')
            end++;
        if (*end != '\0')
            return NUM_NOT_NUMBER;
    }
    return st;
}

/* "16GiB", "512MiB", "1073741824", "64KiB", "1TiB", "4096B". */
static bool parse_size(struct parser *p, const char *what, const char *s, uint64_t *out)
{
    static const struct {
        const char *suffix;
        unsigned shift;
    } units[] = {{"", 0},     {"B", 0},  {"K", 10},   {"KiB", 10}, {"M", 20},
                 {"MiB", 20}, {"G", 30}, {"GiB", 30}, {"T", 40},   {"TiB", 40}};
    uint64_t v = 0;
    const char *end = s;
    enum num_status st = parse_digits(s, &v, &end);

    if (st == NUM_NEGATIVE) {
        fail(p, "%s '%s' is negative", what, s);
        return false;
    }
    if (st == NUM_NOT_NUMBER) {
        fail(p, "%s '%s' is not a size (e.g. 16GiB, 512MiB or a number of bytes)", what, s);
        return false;
    }
    if (st == NUM_TOO_LARGE) {
        fail(p, "%s '%s' is too large (at most 1 PiB)", what, s);
        return false;
    }
    for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
        if (strcmp(end, units[i].suffix) != 0)
            continue;
        if (v > (TOPO_MAX_MEMORY >> units[i].shift)) {
            fail(p, "%s '%s' is too large (at most 1 PiB)", what, s);
            return false;
        }
        v <<= units[i].shift;
        if (v < TOPO_MIN_MEMORY) {
            fail(p, "%s '%s' is too small (at least 1 MiB)", what, s);
            return false;
        }
        *out = v;
        return true;
    }
    fail(p, "%s '%s' has an unknown unit '%s' (use B, K or KiB, M or MiB, G or GiB, T or TiB)",
         what, s, end);
    return false;
}

/* "450", "12.5": a positive decimal number of GB/s, no exponent. */
static bool parse_bandwidth(struct parser *p, const char *s, double *out)
{
    double v = 0.0, scale = 1.0;
    const char *c = s;
    int digits = 0;

    if (*c == '-') {
        fail(p, "bandwidth '%s' is negative", s);
        return false;
    }
    for (; *c >= '0' && *c <= '9'; c++, digits++) {
        if (digits < 18)
            v = v * 10.0 + (double)(*c - '0');
        else
            v = TOPO_MAX_BANDWIDTH * 10.0;
    }
    if (*c == '.') {
        c++;
        for (; *c >= '0' && *c <= '9'; c++, digits++) {
            scale /= 10.0;
            v += scale * (double)(*c - '0');
        }
    }
    if (digits == 0 || *c != '\0') {
        fail(p, "bandwidth '%s' is not a number of GB/s (e.g. 450 or 12.5)", s);
        return false;
    }
    if (v <= 0.0 || v > TOPO_MAX_BANDWIDTH) {
        fail(p, "bandwidth '%s' out of range (above 0, at most 1000000 GB/s)", s);
        return false;
    }
    *out = v;
    return true;
}

/* A device index in a statement. */
static bool parse_device_ref(struct parser *p, const char *s, uint32_t *out)
{
    uint64_t v = 0;
    enum num_status st = parse_uint(s, &v);

    if (st == NUM_NOT_NUMBER) {
        fail(p, "'%s' is not a device index", s);
        return false;
    }
    if (st != NUM_OK || v >= p->topo->num_devices) {
        fail(p, "device %s out of range (the topology has devices 0 to %u)", s,
             p->topo->num_devices - 1);
        return false;
    }
    *out = (uint32_t)v;
    return true;
}

static struct group *find_group(struct parser *p, const char *name)
{
    for (uint32_t i = 0; i < p->num_groups; i++)
        if (strcmp(p->groups[i].name, name) == 0)
            return &p->groups[i];
    return NULL;
}

/* A set of devices: `all`, a group's name, or a list of indices and ranges (`0`, `0-3`,
 * `0,2,4-7`). Returns the number of devices in it (at least one) or 0 after a failure. */
static uint32_t parse_device_set(struct parser *p, const char *s, bool *member)
{
    uint32_t n = p->topo->num_devices, count = 0;
    char buf[TOPO_MAX_LINE + 1];

    memset(member, 0, SIM_MAX_DEVICES * sizeof(*member));
    if (strcmp(s, "all") == 0) {
        for (uint32_t i = 0; i < n; i++)
            member[i] = true;
        return n;
    }
    if ((*s < '0' || *s > '9') && *s != '-') {
        const struct group *g = find_group(p, s);
        if (!g) {
            fail(p, "'%s' is not a device index, a range (0-3), 'all' or a group", s);
            return 0;
        }
        for (uint32_t i = 0; i < n; i++)
            count += (member[i] = g->member[i]);
        return count;
    }
    snprintf(buf, sizeof(buf), "%s", s);
    for (char *item = buf; item;) {
        char *next = strchr(item, ',');
        char *dash;
        uint32_t lo = 0, hi = 0;
        if (next)
            *next++ = '\0';
        dash = strchr(item, '-');
        if (dash == item) {
            fail(p, "'%s' is negative", s);
            return 0;
        }
        if (dash)
            *dash = '\0';
        if (!parse_device_ref(p, item, &lo) || (dash && !parse_device_ref(p, dash + 1, &hi)))
            return 0;
        if (!dash)
            hi = lo;
        if (hi < lo) {
            fail(p, "range '%s' goes down", s);
            return 0;
        }
        for (uint32_t i = lo; i <= hi; i++) {
            count += !member[i];
            member[i] = true;
        }
        item = next;
    }
    return count;
}

static bool parse_name(struct parser *p, const char *s, char *out)
{
    size_t n = strlen(s);
    if (n == 0) {
        fail(p, "empty name");
        return false;
    }
    if (n >= SIM_NAME_MAX) {
        fail(p, "name of %zu bytes is too long (at most %u)", n, SIM_NAME_MAX - 1);
        return false;
    }
    memcpy(out, s, n + 1);
    return true;
}

/* ---------------------------------------------------------------------------------------------
 * Lines and words.
 */

/* Splits a line (modified in place) into words; '#' starts a comment outside quotes. */
static bool split_words(struct parser *p, char *s, struct word *w, uint32_t *nw)
{
    uint32_t n = 0;

    for (;;) {
        while (*s == ' ' || *s == '\t')
            s++;
        if (*s == '\0' || *s == '#')
            break;
        if (n == TOPO_MAX_WORDS) {
            fail(p, "too many words on one line (at most %u)", TOPO_MAX_WORDS);
            return false;
        }
        if (*s == '"') {
            char *out = ++s;
            w[n].s = out;
            w[n].quoted = true;
            for (;;) {
                if (*s == '\0') {
                    fail(p, "unterminated quoted string");
                    return false;
                }
                if (*s == '"')
                    break;
                if (*s == '\\') {
                    if (s[1] != '"' && s[1] != '\\') {
                        fail(p, "unknown escape '\\%c' in quoted string (only \\\" and \\\\)",
                             s[1] ? s[1] : ' ');
                        return false;
                    }
                    s++;
                }
                *out++ = *s++;
            }
            s++; /* closing quote */
            if (*s != '\0' && *s != ' ' && *s != '\t' && *s != '#') {
                fail(p, "missing space after quoted string");
                return false;
            }
            *out = '\0';
            if (*s == '#') {
                n++;
                break;
            }
            if (*s)
                s++;
        } else {
            w[n].s = s;
            w[n].quoted = false;
            while (*s && *s != ' ' && *s != '\t' && *s != '#') {
                if (*s == '"') {
                    fail(p, "unexpected '\"' inside a word");
                    return false;
                }
                if ((unsigned char)*s >= 0x80) {
                    fail(p, "non-ASCII character outside a quoted string");
                    return false;
                }
                s++;
            }
            if (*s == '#') {
                *s = '\0';
                n++;
                break;
            }
            if (*s)
                *s++ = '\0';
        }
        n++;
    }
    *nw = n;
    return true;
}

/* ---------------------------------------------------------------------------------------------
 * Statements.
 */
static bool need_devices(struct parser *p, const char *kw)
{
    if (p->devices_line == 0) {
        fail(p, "'%s' before 'devices N' (the device count comes first)", kw);
        return false;
    }
    return true;
}

static bool alloc_topology(struct parser *p, uint32_t n)
{
    struct sim_topology *t = p->topo;
    t->devices = calloc(n, sizeof(*t->devices));
    t->links = calloc((size_t)n * n, sizeof(*t->links));
    if (!t->devices || !t->links) {
        fail(p, "out of memory");
        return false;
    }
    t->num_devices = n;
    return true;
}

static bool st_header(struct parser *p, struct word *w, uint32_t nw)
{
    uint64_t v = 0;
    if (nw != 2) {
        fail(p, "expected 'urpeer-topology 1'");
        return false;
    }
    if (parse_uint(w[1].s, &v) != NUM_OK || v != 1) {
        fail(p, "unsupported format version '%s' (this library reads version 1)", w[1].s);
        return false;
    }
    p->header_line = p->line;
    return true;
}

static bool st_devices(struct parser *p, struct word *w, uint32_t nw)
{
    uint64_t v = 0;
    enum num_status st;

    if (p->devices_line) {
        fail(p, "'devices' given twice (first at line %u)", p->devices_line);
        return false;
    }
    if (nw != 2) {
        fail(p, "expected 'devices N' with one number");
        return false;
    }
    st = parse_uint(w[1].s, &v);
    if (st == NUM_NOT_NUMBER) {
        fail(p, "device count '%s' is not a number", w[1].s);
        return false;
    }
    if (st != NUM_OK || v < 1 || v > SIM_MAX_DEVICES) {
        fail(p, "device count %s out of range (1 to %u)", w[1].s, SIM_MAX_DEVICES);
        return false;
    }
    if (!alloc_topology(p, (uint32_t)v))
        return false;
    p->devices_line = p->line;
    return true;
}

static bool st_default(struct parser *p, struct word *w, uint32_t nw)
{
    if (nw != 3) {
        fail(p, "expected 'default memory SIZE' or 'default name \"PREFIX\"'");
        return false;
    }
    if (strcmp(w[1].s, "memory") == 0 && !w[1].quoted) {
        if (p->default_memory_line) {
            fail(p, "'default memory' given twice (first at line %u)", p->default_memory_line);
            return false;
        }
        if (!parse_size(p, "memory size", w[2].s, &p->default_memory))
            return false;
        p->default_memory_line = p->line;
        return true;
    }
    if (strcmp(w[1].s, "name") == 0 && !w[1].quoted) {
        if (p->default_name_line) {
            fail(p, "'default name' given twice (first at line %u)", p->default_name_line);
            return false;
        }
        /* room for " <index>" */
        if (strlen(w[2].s) + 5 > SIM_NAME_MAX) {
            fail(p, "name prefix is too long (at most %u bytes)", SIM_NAME_MAX - 5);
            return false;
        }
        if (!parse_name(p, w[2].s, p->default_name))
            return false;
        p->default_name_line = p->line;
        return true;
    }
    fail(p, "unknown default '%s' (expected 'memory' or 'name')", w[1].s);
    return false;
}

static bool st_device(struct parser *p, struct word *w, uint32_t nw)
{
    uint32_t idx = 0;
    struct sim_dev_spec *d;
    bool has_name = false, has_memory = false;

    if (!need_devices(p, "device"))
        return false;
    if (nw < 2) {
        fail(p, "expected 'device INDEX [name \"NAME\"] [memory SIZE]'");
        return false;
    }
    if (!parse_device_ref(p, w[1].s, &idx))
        return false;
    d = &p->topo->devices[idx];
    if (d->line) {
        fail(p, "device %u already described at line %u", idx, d->line);
        return false;
    }
    for (uint32_t i = 2; i < nw; i += 2) {
        const char *key = w[i].s;
        if (w[i].quoted || (strcmp(key, "name") != 0 && strcmp(key, "memory") != 0)) {
            fail(p, "unknown device attribute '%s' (expected 'name' or 'memory')", key);
            return false;
        }
        if (i + 1 >= nw) {
            fail(p, "'%s' needs a value", key);
            return false;
        }
        if (strcmp(key, "name") == 0) {
            if (has_name) {
                fail(p, "'name' given twice");
                return false;
            }
            if (!parse_name(p, w[i + 1].s, d->name))
                return false;
            has_name = true;
        } else {
            if (has_memory) {
                fail(p, "'memory' given twice");
                return false;
            }
            if (!parse_size(p, "memory size", w[i + 1].s, &d->memory))
                return false;
            has_memory = true;
        }
    }
    d->line = p->line;
    return true;
}

static const struct {
    const char *name;
    int32_t type;
} link_types[] = {
    {"NV", URPEER_LINK_TYPE_NVLINK},         {"XGMI", URPEER_LINK_TYPE_XGMI},
    {"XELINK", URPEER_LINK_TYPE_XELINK},     {"PIX", URPEER_LINK_TYPE_PCIE_SWITCH},
    {"PXB", URPEER_LINK_TYPE_PCIE_SWITCHES}, {"PHB", URPEER_LINK_TYPE_HOST_BRIDGE},
    {"NODE", URPEER_LINK_TYPE_NUMA_NODE},    {"SYS", URPEER_LINK_TYPE_CROSS_SOCKET},
};

static const struct {
    const char *name;
    uint32_t bit;
} link_faults[] = {
    {"drop-writes", SIM_LINK_FAULT_DROP_WRITES},
    {"zero-copies", SIM_LINK_FAULT_ZERO_COPIES},
    {"staged-only", SIM_LINK_FAULT_STAGED_ONLY},
    {"unadvertised", SIM_LINK_FAULT_UNADVERTISED},
};

/* "NV4" (NVLink, 4 links), "XGMI", "XGMI2", "XELINK", "PIX", "PXB", "PHB", "NODE", "SYS". */
static bool parse_link_type(struct parser *p, const char *s, int32_t *type, uint32_t *links)
{
    for (size_t i = 0; i < sizeof(link_types) / sizeof(link_types[0]); i++) {
        size_t len = strlen(link_types[i].name);
        uint64_t v = 0;
        bool counted = link_types[i].type == URPEER_LINK_TYPE_NVLINK ||
                       link_types[i].type == URPEER_LINK_TYPE_XGMI ||
                       link_types[i].type == URPEER_LINK_TYPE_XELINK;
        if (strncmp(s, link_types[i].name, len) != 0)
            continue;
        if (s[len] == '\0' && link_types[i].type != URPEER_LINK_TYPE_NVLINK) {
            *type = link_types[i].type;
            *links = 0;
            return true;
        }
        if (counted && parse_uint(s + len, &v) == NUM_OK && v >= 1 && v <= TOPO_MAX_LINKS) {
            *type = link_types[i].type;
            *links = (uint32_t)v;
            return true;
        }
    }
    fail(p,
         "link type '%s' is not one of NV<links> (NV1 to NV%u), XGMI[<links>], XELINK[<links>], "
         "PIX, PXB, PHB, NODE, SYS",
         s, TOPO_MAX_LINKS);
    return false;
}

static bool st_link(struct parser *p, struct word *w, uint32_t nw)
{
    struct sim_topology *t = p->topo;
    bool from_set[SIM_MAX_DEVICES], to_set[SIM_MAX_DEVICES];
    uint32_t na, nb;
    bool both, access = false, atomics = false, none = false, has_rank = false, has_bw = false;
    bool has_type = false;
    int32_t rank = 0, type = 0;
    uint32_t links = 0, faults = 0;
    double bw = 0.0;

    if (!need_devices(p, "link"))
        return false;
    if (nw < 4) {
        fail(p, "expected 'link A -> B ...' or 'link A <-> B ...'");
        return false;
    }
    na = parse_device_set(p, w[1].s, from_set);
    if (na == 0)
        return false;
    if (strcmp(w[2].s, "->") == 0 && !w[2].quoted) {
        both = false;
    } else if (strcmp(w[2].s, "<->") == 0 && !w[2].quoted) {
        both = true;
    } else {
        fail(p, "expected '->' or '<->' after 'link %s', not '%s'", w[1].s, w[2].s);
        return false;
    }
    nb = parse_device_set(p, w[3].s, to_set);
    if (nb == 0)
        return false;
    if (na == 1 && nb == 1) {
        for (uint32_t i = 0; i < t->num_devices; i++) {
            if (from_set[i] && to_set[i]) {
                fail(p, "link from device %u to itself", i);
                return false;
            }
        }
    }

    for (uint32_t i = 4; i < nw; i++) {
        const char *key = w[i].s;
        bool *flag = NULL;
        if (w[i].quoted) {
            fail(p, "unknown link attribute \"%s\"", key);
            return false;
        }
        if (strcmp(key, "access") == 0)
            flag = &access;
        else if (strcmp(key, "atomics") == 0)
            flag = &atomics;
        else if (strcmp(key, "none") == 0)
            flag = &none;
        else if (strcmp(key, "rank") == 0)
            flag = &has_rank;
        else if (strcmp(key, "bandwidth") == 0)
            flag = &has_bw;
        else if (strcmp(key, "type") == 0)
            flag = &has_type;
        if (strcmp(key, "fault") == 0) {
            uint32_t bit = 0;
            if (i + 1 >= nw) {
                fail(p, "'fault' needs a value");
                return false;
            }
            i++;
            for (size_t k = 0; k < sizeof(link_faults) / sizeof(link_faults[0]); k++)
                if (strcmp(w[i].s, link_faults[k].name) == 0)
                    bit = link_faults[k].bit;
            if (bit == 0) {
                fail(p,
                     "unknown fault '%s' (expected drop-writes, zero-copies, staged-only or "
                     "unadvertised)",
                     w[i].s);
                return false;
            }
            if (faults & bit) {
                fail(p, "fault '%s' given twice", w[i].s);
                return false;
            }
            faults |= bit;
            continue;
        }
        if (!flag) {
            fail(p,
                 "unknown link attribute '%s' (expected access, atomics, none, rank, bandwidth, "
                 "type or fault)",
                 key);
            return false;
        }
        if (*flag) {
            fail(p, "'%s' given twice", key);
            return false;
        }
        *flag = true;
        if (flag == &has_rank || flag == &has_bw || flag == &has_type) {
            if (i + 1 >= nw) {
                fail(p, "'%s' needs a value", key);
                return false;
            }
            i++;
            if (flag == &has_bw) {
                if (!parse_bandwidth(p, w[i].s, &bw))
                    return false;
            } else if (flag == &has_type) {
                if (!parse_link_type(p, w[i].s, &type, &links))
                    return false;
            } else {
                uint64_t v = 0;
                enum num_status st = parse_uint(w[i].s, &v);
                if (st == NUM_NOT_NUMBER) {
                    fail(p, "rank '%s' is not a number", w[i].s);
                    return false;
                }
                if (st != NUM_OK || v > TOPO_MAX_RANK) {
                    fail(p, "rank %s out of range (0 to %d)", w[i].s, TOPO_MAX_RANK);
                    return false;
                }
                rank = (int32_t)v;
            }
        }
    }
    if (none && (access || atomics)) {
        fail(p, "'none' contradicts '%s'", access ? "access" : "atomics");
        return false;
    }
    if (atomics && !access) {
        fail(p, "'atomics' needs 'access'");
        return false;
    }
    if (!access && !none) {
        fail(p, "a link says 'access' or 'none'");
        return false;
    }
    if ((faults & SIM_LINK_FAULT_UNADVERTISED) && !access) {
        fail(p, "fault 'unadvertised' needs 'access' (the link works, the driver says 'none')");
        return false;
    }

    for (uint32_t from = 0; from < t->num_devices; from++) {
        for (uint32_t to = 0; to < t->num_devices; to++) {
            bool fwd = from_set[from] && to_set[to];
            bool rev = both && to_set[from] && from_set[to];
            struct sim_link_spec *l;
            if (from == to || !(fwd || rev))
                continue;
            l = &t->links[(size_t)from * t->num_devices + to];
            if (l->defined) {
                fail(p, "duplicate link %u -> %u (first at line %u)", from, to, l->line);
                return false;
            }
            l->defined = true;
            l->access = access;
            l->atomics = atomics;
            l->rank = rank;
            l->bandwidth = bw;
            l->type = type;
            l->links = links;
            l->faults = faults;
            l->line = p->line;
        }
    }
    return true;
}

/* `group NAME SET`: a name for a set of devices, usable wherever a link takes one. */
static bool st_group(struct parser *p, struct word *w, uint32_t nw)
{
    struct group *g;
    const char *name;

    if (!need_devices(p, "group"))
        return false;
    if (nw != 3) {
        fail(p, "expected 'group NAME DEVICES' (e.g. group left 0-3)");
        return false;
    }
    name = w[1].s;
    if (w[1].quoted ||
        !((name[0] >= 'a' && name[0] <= 'z') || (name[0] >= 'A' && name[0] <= 'Z')) ||
        strlen(name) >= sizeof(g->name) || strcmp(name, "all") == 0) {
        fail(p,
             "group name '%s' must start with a letter, be at most %zu characters and not be "
             "'all'",
             name, sizeof(g->name) - 1);
        return false;
    }
    g = find_group(p, name);
    if (g) {
        fail(p, "group '%s' already defined at line %u", name, g->line);
        return false;
    }
    if (p->num_groups == TOPO_MAX_GROUPS) {
        fail(p, "more than %u groups", TOPO_MAX_GROUPS);
        return false;
    }
    g = &p->groups[p->num_groups];
    if (parse_device_set(p, w[2].s, g->member) == 0)
        return false;
    snprintf(g->name, sizeof(g->name), "%s", name);
    g->line = p->line;
    p->num_groups++;
    return true;
}

/* `peer-limit N`: how many peers one device may have enabled at once (CUDA: 8). */
static bool st_peer_limit(struct parser *p, struct word *w, uint32_t nw)
{
    uint64_t v = 0;

    if (p->peer_limit_line) {
        fail(p, "'peer-limit' given twice (first at line %u)", p->peer_limit_line);
        return false;
    }
    if (nw != 2 || parse_uint(w[1].s, &v) != NUM_OK || v < 1 || v >= SIM_MAX_DEVICES) {
        fail(p, "expected 'peer-limit N' with N from 1 to %u", SIM_MAX_DEVICES - 1);
        return false;
    }
    p->topo->peer_limit = (uint32_t)v;
    p->peer_limit_line = p->line;
    return true;
}

static bool statement(struct parser *p, struct word *w, uint32_t nw)
{
    const char *kw = w[0].s;

    if (w[0].quoted) {
        fail(p, "a statement starts with a keyword, not a quoted string");
        return false;
    }
    if (p->end_line) {
        fail(p, "'%s' after 'end' (line %u)", kw, p->end_line);
        return false;
    }
    if (p->header_line == 0) {
        if (strcmp(kw, "urpeer-topology") != 0) {
            fail(p, "not a topology file: expected 'urpeer-topology 1' first, found '%s'", kw);
            return false;
        }
        return st_header(p, w, nw);
    }
    if (strcmp(kw, "urpeer-topology") == 0) {
        fail(p, "'urpeer-topology' given twice (first at line %u)", p->header_line);
        return false;
    }
    if (strcmp(kw, "devices") == 0)
        return st_devices(p, w, nw);
    if (strcmp(kw, "default") == 0)
        return st_default(p, w, nw);
    if (strcmp(kw, "device") == 0)
        return st_device(p, w, nw);
    if (strcmp(kw, "link") == 0)
        return st_link(p, w, nw);
    if (strcmp(kw, "group") == 0)
        return st_group(p, w, nw);
    if (strcmp(kw, "peer-limit") == 0)
        return st_peer_limit(p, w, nw);
    if (strcmp(kw, "end") == 0) {
        if (nw != 1) {
            fail(p, "'end' takes nothing after it");
            return false;
        }
        p->end_line = p->line;
        return true;
    }
    fail(p,
         "unknown keyword '%s' (expected devices, default, device, group, link, peer-limit or "
         "end)",
         kw);
    return false;
}

/* Checks a line's characters (text only) and runs its statement. */
static bool parse_line(struct parser *p, const char *s, size_t len)
{
    char buf[TOPO_MAX_LINE + 1];
    struct word w[TOPO_MAX_WORDS];
    uint32_t nw = 0;

    if (len && s[len - 1] == '\r')
        len--;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0) {
            fail(p, "binary content (NUL byte at column %zu)", i + 1);
            return false;
        }
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            fail(p, "binary content (control character 0x%02x at column %zu)", c, i + 1);
            return false;
        }
    }
    if (len > TOPO_MAX_LINE) {
        fail(p, "line longer than %u characters", TOPO_MAX_LINE);
        return false;
    }
    memcpy(buf, s, len);
    buf[len] = '\0';
    if (!split_words(p, buf, w, &nw))
        return false;
    if (nw == 0)
        return true;
    return statement(p, w, nw);
}

static bool parse_text(struct parser *p, const char *text, size_t size)
{
    size_t pos = 0;

    p->line = 0;
    while (pos < size) {
        const char *nl = memchr(text + pos, '\n', size - pos);
        size_t len = nl ? (size_t)(nl - (text + pos)) : size - pos;
        p->line++;
        if (!parse_line(p, text + pos, len))
            return false;
        pos += len + (nl ? 1 : 0);
    }
    if (p->line == 0) {
        p->line = 1;
        fail(p, "empty file (expected 'urpeer-topology 1')");
        return false;
    }
    if (p->header_line == 0) {
        fail(p, "no statements (expected 'urpeer-topology 1')");
        return false;
    }
    if (p->devices_line == 0) {
        fail(p, "no 'devices N' statement");
        return false;
    }
    if (p->end_line == 0) {
        fail(p, "truncated file: it does not finish with 'end'");
        return false;
    }
    return true;
}

static void apply_defaults(struct parser *p)
{
    struct sim_topology *t = p->topo;
    for (uint32_t i = 0; i < t->num_devices; i++) {
        struct sim_dev_spec *d = &t->devices[i];
        if (d->name[0] == '\0') {
            /* The prefix leaves room for " <index>" (st_default checks its length). */
            char name[SIM_NAME_MAX + 16];
            snprintf(name, sizeof(name), "%s %u",
                     p->default_name_line ? p->default_name : "urpeer simulated GPU", i);
            memcpy(d->name, name, sizeof(d->name) - 1);
            d->name[sizeof(d->name) - 1] = '\0';
        }
        if (d->memory == 0)
            d->memory = p->default_memory_line ? p->default_memory : SIM_DEFAULT_MEMORY;
    }
}

/* Reads at most TOPO_MAX_FILE_SIZE bytes; a longer file is refused. */
static ur_result_t read_file(struct parser *p, char **text_out, size_t *size_out)
{
    FILE *f;
    char *buf;
    size_t n = 0;
    ur_result_t res = UR_RESULT_ERROR_INVALID_VALUE;

    f = fopen(p->file, "rb");
    if (!f) {
        fail(p, "cannot open: %s (not a preset name: pair, pcie4, nvswitch8, isolated2)",
             strerror(errno));
        return res;
    }
    buf = malloc(TOPO_MAX_FILE_SIZE + 1);
    if (!buf) {
        fail(p, "out of memory");
        res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        goto out_close;
    }
    while (n <= TOPO_MAX_FILE_SIZE) {
        size_t got = fread(buf + n, 1, TOPO_MAX_FILE_SIZE + 1 - n, f);
        if (got == 0)
            break;
        n += got;
    }
    if (ferror(f)) {
        fail(p, "cannot read: %s", strerror(errno));
        goto out_free;
    }
    if (n > TOPO_MAX_FILE_SIZE) {
        const char *c = buf;
        p->line = 1;
        while ((c = memchr(c, '\n', (size_t)(buf + TOPO_MAX_FILE_SIZE - c))) != NULL) {
            p->line++;
            c++;
        }
        fail(p, "file too large (over %zu bytes; a topology file is at most 1 MiB)",
             TOPO_MAX_FILE_SIZE);
        goto out_free;
    }
    fclose(f);
    *text_out = buf;
    *size_out = n;
    return UR_RESULT_SUCCESS;

out_free:
    free(buf);
out_close:
    fclose(f);
    return res;
}

void sim_topology_free(struct sim_topology *topo)
{
    if (!topo)
        return;
    free(topo->devices);
    free(topo->links);
    free(topo);
}

ur_result_t sim_topology_load(const char *spec, struct sim_topology **out, char *msg,
                              size_t msg_size)
{
    struct parser p;
    char label[64];
    const char *text = NULL;
    char *file_text = NULL;
    size_t size = 0;
    ur_result_t res;

    memset(&p, 0, sizeof(p));
    p.msg = msg;
    p.msg_size = msg_size;
    p.file = spec;
    p.topo = calloc(1, sizeof(*p.topo));
    if (!p.topo) {
        if (msg && msg_size)
            snprintf(msg, msg_size, "%s: out of memory", spec);
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    }

    for (size_t i = 0; i < sizeof(presets) / sizeof(presets[0]); i++) {
        if (strcmp(spec, presets[i].name) == 0) {
            snprintf(label, sizeof(label), "preset %s", presets[i].name);
            p.file = label;
            text = presets[i].text;
            size = strlen(text);
            break;
        }
    }
    if (!text) {
        res = read_file(&p, &file_text, &size);
        if (res != UR_RESULT_SUCCESS)
            goto err_free_topology;
        text = file_text;
    }

    if (!parse_text(&p, text, size)) {
        res = UR_RESULT_ERROR_INVALID_VALUE;
        goto err_free_text;
    }
    apply_defaults(&p);
    free(file_text);
    if (msg && msg_size)
        msg[0] = '\0';
    *out = p.topo;
    return UR_RESULT_SUCCESS;

err_free_text:
    free(file_text);
err_free_topology:
    sim_topology_free(p.topo);
    return res;
}

ur_result_t sim_check_spec(const char *spec, char *msg, size_t msg_size)
{
    struct sim_topology *topo = NULL;
    ur_result_t res;

    if (!spec)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    res = sim_topology_load(spec, &topo, msg, msg_size);
    sim_topology_free(topo);
    return res;
}
