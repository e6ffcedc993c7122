/* SPDX-License-Identifier: MIT */
/*
 * What the system says about devices and the path between them, read from sysfs, the kernel
 * command line and, where present, NVIDIA's management library (loaded at run time, like the
 * drivers). Everything is read below URPEER_SYSROOT, so tests run on fixture trees.
 *
 *   /sys/bus/pci/devices/BDF            -> the device's place in the PCI tree (link types, ACS)
 *   .../BDF/numa_node, local_cpulist    -> NUMA node and CPU affinity
 *   /sys/devices/system/node/nodeN/cpulist -> the node of those CPUs, where numa_node is -1
 *   .../BDF/iommu_group/type            -> IOMMU translation (DMA, DMA-FQ) or passthrough
 *   .../BDF/resource                    -> the largest memory BAR
 *   .../BRIDGE/config                   -> ACS control of bridges on the path (needs root)
 *   /proc/cmdline                       -> iommu=pt and friends
 */
#include "urpeer_tool.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PCI_EXT_CAP_START 0x100
#define PCI_EXT_CAP_ACS 0x000D
#define ACS_CTRL_REQ_REDIRECT 0x0004
#define ACS_CTRL_CMPLT_REDIRECT 0x0008
#define IORESOURCE_MEM 0x00000200ull

static bool read_text(const char *path, char *buf, size_t n)
{
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return false;
    size_t got = fread(buf, 1, n - 1, f);
    fclose(f);
    buf[got] = '\0';
    while (got > 0 && (buf[got - 1] == '\n' || buf[got - 1] == ' '))
        buf[--got] = '\0';
    return true;
}

bool sys_cmdline(char *buf, size_t n)
{
    char path[PATH_MAX];
    snprintf(path, sizeof(path), "%s/proc/cmdline", sysroot());
    if (!read_text(path, buf, n)) {
        buf[0] = '\0';
        return false;
    }
    return true;
}

/* Whether the kernel command line asks for IOMMU passthrough. */
static bool cmdline_passthrough(void)
{
    char line[4096];
    if (!sys_cmdline(line, sizeof(line)))
        return false;
    for (char *w = strtok(line, " \t"); w != NULL; w = strtok(NULL, " \t"))
        if (strcmp(w, "iommu=pt") == 0 || strcmp(w, "iommu.passthrough=1") == 0 ||
            strcmp(w, "amd_iommu=pt") == 0)
            return true;
    return false;
}

/* Whether the CPU list `list` ("0-3,8,10-11") holds cpu. */
static bool cpulist_has(const char *list, long cpu)
{
    while (*list != '\0') {
        char *end;
        long lo = strtol(list, &end, 10), hi = lo;
        if (end == list)
            return false;
        if (*end == '-')
            hi = strtol(end + 1, &end, 10);
        if (cpu >= lo && cpu <= hi)
            return true;
        list = *end == ',' ? end + 1 : end;
        if (*end != ',')
            break;
    }
    return false;
}

/* The NUMA node holding the first CPU of `cpus`, or -1: what nvidia-smi topo -m shows as a
 * device's NUMA affinity where its numa_node file says -1 (virtual machines). */
static int numa_of_cpus(const char *cpus)
{
    char path[PATH_MAX], buf[4096];
    char *end;
    long first = strtol(cpus, &end, 10);
    if (end == cpus)
        return -1;
    for (int node = 0; node < 1024; node++) {
        snprintf(path, sizeof(path), "%s/sys/devices/system/node/node%d/cpulist", sysroot(), node);
        if (!read_text(path, buf, sizeof(buf)))
            continue;
        if (cpulist_has(buf, first))
            return node;
    }
    return -1;
}

void sys_read_device(const char *bdf, struct sys_device *d)
{
    char dir[PATH_MAX], path[PATH_MAX + 64], buf[4096];
    memset(d, 0, sizeof(*d));
    d->numa_node = -1;
    d->iommu = -1;
    if (bdf == NULL || bdf[0] == '\0')
        return;
    /* sysfs names a device DDDD:BB:DD.F; drivers may give a longer domain (00000000:...). */
    const char *colon = strchr(bdf, ':');
    if (colon != NULL && colon - bdf > 4)
        bdf = colon - 4;
    snprintf(dir, sizeof(dir), "%s/sys/bus/pci/devices/%s", sysroot(), bdf);
    if (realpath(dir, d->path) == NULL)
        return;
    d->known = true;

    snprintf(path, sizeof(path), "%s/numa_node", d->path);
    if (read_text(path, buf, sizeof(buf)))
        d->numa_node = atoi(buf);
    snprintf(path, sizeof(path), "%s/local_cpulist", d->path);
    if (read_text(path, buf, sizeof(buf)))
        snprintf(d->cpulist, sizeof(d->cpulist), "%.*s", (int)sizeof(d->cpulist) - 1, buf);
    if (d->numa_node < 0 && d->cpulist[0] != '\0') {
        d->numa_node = numa_of_cpus(d->cpulist);
        d->numa_from_cpus = d->numa_node >= 0;
    }

    snprintf(path, sizeof(path), "%s/iommu_group", d->path);
    char group[PATH_MAX];
    if (realpath(path, group) == NULL) {
        d->iommu = 0; /* no group: no IOMMU in front of the device */
        snprintf(d->iommu_type, sizeof(d->iommu_type), "none");
    } else {
        snprintf(path, sizeof(path), "%s/type", group);
        if (read_text(path, buf, sizeof(buf))) {
            snprintf(d->iommu_type, sizeof(d->iommu_type), "%.*s", (int)sizeof(d->iommu_type) - 1,
                     buf);
            d->iommu = strcmp(buf, "identity") == 0 ? 0 : 1;
        } else {
            d->iommu = cmdline_passthrough() ? 0 : 1;
            snprintf(d->iommu_type, sizeof(d->iommu_type), "%s",
                     d->iommu ? "translated" : "identity");
        }
    }

    snprintf(path, sizeof(path), "%s/resource", d->path);
    FILE *f = fopen(path, "r");
    if (f != NULL) {
        unsigned long long start, end, flags;
        for (int bar = 0; bar < 6 && fgets(buf, sizeof(buf), f) != NULL; bar++)
            if (sscanf(buf, "%llx %llx %llx", &start, &end, &flags) == 3 &&
                (flags & IORESOURCE_MEM) && end > start && end - start + 1 > d->max_bar)
                d->max_bar = end - start + 1;
        fclose(f);
    }
}

/* The PCI path of a device as components after ".../devices/": "pci0000:00", bridges, itself. */
static unsigned path_parts(const char *path, char parts[][32], unsigned max)
{
    const char *p = strstr(path, "/devices/");
    unsigned n = 0;
    if (p == NULL)
        return 0;
    p += strlen("/devices/");
    while (*p && n < max) {
        size_t len = strcspn(p, "/");
        snprintf(parts[n++], 32, "%.*s", (int)(len < 31 ? len : 31), p);
        p += len;
        if (*p == '/')
            p++;
    }
    return n;
}

#define MAX_DEPTH 16

int sys_pci_link_type(const struct sys_device *a, const struct sys_device *b)
{
    char pa[MAX_DEPTH][32], pb[MAX_DEPTH][32];
    if (!a->known || !b->known)
        return URPEER_LINK_TYPE_UNKNOWN;
    unsigned na = path_parts(a->path, pa, MAX_DEPTH), nb = path_parts(b->path, pb, MAX_DEPTH);
    unsigned c = 0;
    while (c < na && c < nb && strcmp(pa[c], pb[c]) == 0)
        c++;
    if (na == 0 || nb == 0)
        return URPEER_LINK_TYPE_UNKNOWN;
    if (c == 0) {
        if (a->numa_node >= 0 && b->numa_node >= 0 && a->numa_node != b->numa_node)
            return URPEER_LINK_TYPE_CROSS_SOCKET;
        return URPEER_LINK_TYPE_NUMA_NODE;
    }
    if (c == 1)
        return URPEER_LINK_TYPE_HOST_BRIDGE;
    /* Bridges between the common ancestor and each device (the device itself not counted). */
    unsigned below_a = na - c - 1, below_b = nb - c - 1;
    return below_a <= 1 && below_b <= 1 ? URPEER_LINK_TYPE_PCIE_SWITCH
                                        : URPEER_LINK_TYPE_PCIE_SWITCHES;
}

/* Whether a bridge has ACS Request or Completion Redirect on; false where unknown. */
static bool acs_redirect(const char *bridge_dir)
{
    char path[PATH_MAX + 16];
    unsigned char cfg[4096];
    snprintf(path, sizeof(path), "%s/config", bridge_dir);
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return false;
    size_t n = fread(cfg, 1, sizeof(cfg), f);
    fclose(f);
    unsigned off = PCI_EXT_CAP_START;
    for (int guard = 0; off >= PCI_EXT_CAP_START && off + 8 <= n && guard < 64; guard++) {
        uint32_t h = (uint32_t)cfg[off] | (uint32_t)cfg[off + 1] << 8 |
                     (uint32_t)cfg[off + 2] << 16 | (uint32_t)cfg[off + 3] << 24;
        if (h == 0 || h == 0xffffffffu)
            return false;
        if ((h & 0xffffu) == PCI_EXT_CAP_ACS) {
            unsigned ctrl = (unsigned)cfg[off + 6] | (unsigned)cfg[off + 7] << 8;
            return (ctrl & (ACS_CTRL_REQ_REDIRECT | ACS_CTRL_CMPLT_REDIRECT)) != 0;
        }
        off = h >> 20;
    }
    return false;
}

unsigned sys_pair_causes(const struct sys_device *a, const struct sys_device *b, uint64_t mem_a,
                         uint64_t mem_b, char *bridge, size_t bn)
{
    unsigned causes = 0;
    bridge[0] = '\0';
    if (a->iommu == 1 || b->iommu == 1)
        causes |= CAUSE_IOMMU;
    if ((a->max_bar != 0 && mem_a != 0 && a->max_bar < mem_a) ||
        (b->max_bar != 0 && mem_b != 0 && b->max_bar < mem_b))
        causes |= CAUSE_SMALL_BAR;
    if (a->known && b->known) {
        char pa[MAX_DEPTH][32], pb[MAX_DEPTH][32];
        unsigned na = path_parts(a->path, pa, MAX_DEPTH), nb = path_parts(b->path, pb, MAX_DEPTH);
        unsigned c = 0;
        while (c < na && c < nb && strcmp(pa[c], pb[c]) == 0)
            c++;
        /* The bridges peer traffic crosses: below the common ancestor on both sides, and the
         * common ancestor itself when it is a bridge. */
        for (int side = 0; side < 2 && !(causes & CAUSE_ACS); side++) {
            const char *path = side ? b->path : a->path;
            unsigned n = side ? nb : na;
            const char *base = strstr(path, "/devices/");
            if (base == NULL)
                continue;
            size_t root_len = (size_t)(base - path) + strlen("/devices");
            for (unsigned k = c > 1 ? c - 1 : 1; k + 1 < n; k++) {
                char dir[PATH_MAX];
                size_t len = (size_t)snprintf(dir, sizeof(dir), "%.*s", (int)root_len, path);
                for (unsigned s = 0; s <= k && len < sizeof(dir); s++)
                    len +=
                        (size_t)snprintf(dir + len, sizeof(dir) - len, "/%s", side ? pb[s] : pa[s]);
                if (acs_redirect(dir)) {
                    causes |= CAUSE_ACS;
                    snprintf(bridge, bn, "%s", side ? pb[k] : pa[k]);
                    break;
                }
            }
        }
    }
    return causes;
}

/* ---- NVIDIA management library (optional) ---- */

typedef int nvml_ret;
typedef void *nvml_device;
struct nvml_pci {
    char bus_id_legacy[16];
    unsigned domain, bus, device, pci_device_id, pci_subsystem_id;
    char bus_id[32];
};

static struct {
    bool tried, up;
    void *lib;
    nvml_ret (*shutdown)(void);
    nvml_ret (*by_pci)(const char *, nvml_device *);
    nvml_ret (*ancestor)(nvml_device, nvml_device, int *);
    nvml_ret (*link_state)(nvml_device, unsigned, int *);
    nvml_ret (*remote_pci)(nvml_device, unsigned, struct nvml_pci *);
} nvml;

/* A symbol into a function pointer (copied: ISO C has no cast between the two). */
static void load(void *fn, size_t size, const char *name)
{
    void *p = dlsym(nvml.lib, name);
    memset(fn, 0, size);
    if (p != NULL && size == sizeof(p))
        memcpy(fn, &p, size);
}

static bool nvml_up(void)
{
    if (nvml.tried)
        return nvml.up;
    nvml.tried = true;
    nvml.lib = dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL);
    if (nvml.lib == NULL)
        return false;
    nvml_ret (*init)(void) = NULL;
    load(&init, sizeof(init), "nvmlInit_v2");
    load(&nvml.shutdown, sizeof(nvml.shutdown), "nvmlShutdown");
    load(&nvml.by_pci, sizeof(nvml.by_pci), "nvmlDeviceGetHandleByPciBusId_v2");
    load(&nvml.ancestor, sizeof(nvml.ancestor), "nvmlDeviceGetTopologyCommonAncestor");
    load(&nvml.link_state, sizeof(nvml.link_state), "nvmlDeviceGetNvLinkState");
    load(&nvml.remote_pci, sizeof(nvml.remote_pci), "nvmlDeviceGetNvLinkRemotePciInfo_v2");
    if (init == NULL || nvml.shutdown == NULL || nvml.by_pci == NULL || init() != 0) {
        dlclose(nvml.lib);
        nvml.lib = NULL;
        return false;
    }
    nvml.up = true;
    return true;
}

void sys_close(void)
{
    if (nvml.up)
        nvml.shutdown();
    if (nvml.lib != NULL)
        dlclose(nvml.lib);
    memset(&nvml, 0, sizeof(nvml));
}

int sys_nvml_link(const char *pci_a, const char *pci_b, int *links)
{
    nvml_device a, b;
    *links = 0;
    if (sysroot()[0] != '\0' || !nvml_up() || nvml.by_pci(pci_a, &a) != 0 ||
        nvml.by_pci(pci_b, &b) != 0)
        return URPEER_LINK_TYPE_UNKNOWN;
    if (nvml.link_state != NULL && nvml.remote_pci != NULL) {
        int count = 0;
        for (unsigned l = 0; l < 18; l++) {
            int on = 0;
            struct nvml_pci rp;
            if (nvml.link_state(a, l, &on) != 0 || !on)
                continue;
            memset(&rp, 0, sizeof(rp));
            if (nvml.remote_pci(a, l, &rp) != 0)
                continue;
            /* The remote end is the peer, or an NVSwitch (every link reaches every GPU). */
            const char *id = rp.bus_id[0] ? rp.bus_id : rp.bus_id_legacy;
            size_t la = strlen(id), lb = strlen(pci_b);
            bool same = la >= lb && strcasecmp(id + la - lb, pci_b) == 0;
            count += same || (rp.pci_device_id & 0xffffu) == 0x10deu;
        }
        if (count > 0) {
            *links = count;
            return URPEER_LINK_TYPE_NVLINK;
        }
    }
    int level = -1;
    if (nvml.ancestor == NULL || nvml.ancestor(a, b, &level) != 0)
        return URPEER_LINK_TYPE_UNKNOWN;
    switch (level) {
    case 0:
    case 10:
        return URPEER_LINK_TYPE_PCIE_SWITCH;
    case 20:
        return URPEER_LINK_TYPE_PCIE_SWITCHES;
    case 30:
        return URPEER_LINK_TYPE_HOST_BRIDGE;
    case 40:
        return URPEER_LINK_TYPE_NUMA_NODE;
    case 50:
        return URPEER_LINK_TYPE_CROSS_SOCKET;
    default:
        return URPEER_LINK_TYPE_UNKNOWN;
    }
}

const char *link_type_code(int type, int links, char *buf, size_t n)
{
    static const char *const codes[] = {
        [URPEER_LINK_TYPE_UNKNOWN] = NULL,        [URPEER_LINK_TYPE_SELF] = "X",
        [URPEER_LINK_TYPE_NVLINK] = "NV",         [URPEER_LINK_TYPE_XGMI] = "XGMI",
        [URPEER_LINK_TYPE_XELINK] = "XELINK",     [URPEER_LINK_TYPE_PCIE_SWITCH] = "PIX",
        [URPEER_LINK_TYPE_PCIE_SWITCHES] = "PXB", [URPEER_LINK_TYPE_HOST_BRIDGE] = "PHB",
        [URPEER_LINK_TYPE_NUMA_NODE] = "NODE",    [URPEER_LINK_TYPE_CROSS_SOCKET] = "SYS",
    };
    if (type <= 0 || type > URPEER_LINK_TYPE_CROSS_SOCKET)
        return NULL;
    if (type == URPEER_LINK_TYPE_NVLINK ||
        (links > 0 && (type == URPEER_LINK_TYPE_XGMI || type == URPEER_LINK_TYPE_XELINK)))
        snprintf(buf, n, "%s%d", codes[type], links > 0 ? links : 1);
    else
        snprintf(buf, n, "%s", codes[type]);
    return buf;
}

uint64_t fnv1a(uint64_t h, const char *s)
{
    if (h == 0)
        h = 0xcbf29ce484222325ull;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 0x100000001b3ull;
    }
    h ^= 0xff; /* a separator, so that "ab"+"c" differs from "a"+"bc" */
    h *= 0x100000001b3ull;
    return h;
}
