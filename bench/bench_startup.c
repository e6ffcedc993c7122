/* SPDX-License-Identifier: MIT */
/*
 * Start-up: urLoaderInit to the device list, next to the raw driver's own start-up (dlopen of
 * libcuda.so.1, cuInit and device enumeration), each in a fresh process (a driver initialises
 * once per process), alternating, median of several runs. On the simulated node: discovery of
 * 8 and 128 devices (topology files written to a temporary directory).
 *
 *   bench_startup [--adapter cuda|sim] [--runs N] [--json]
 */
#include "bench_common.h"
#ifdef URPEER_BENCH_CUDA
#include "bench_cuda_raw.h"
#endif

#include <sys/wait.h>
#include <unistd.h>

static struct bench_out out;

/* Child side: one start-up, printing the elapsed ns on stdout. */
static int child(const char *mode, const char *arg)
{
    double t0 = bench_now_ns();
    uint32_t ndev = 0;
    if (strcmp(mode, "raw-cuda") == 0) {
#ifdef URPEER_BENCH_CUDA
        struct raw_cuda cu;
        if (!raw_cuda_open(&cu))
            return 1;
        int n = 0;
        cu.f.cuDeviceGetCount(&n);
        for (int i = 0; i < n; i++) {
            upcu_device_t d;
            cu.f.cuDeviceGet(&d, i);
        }
        ndev = (uint32_t)n;
#else
        return 1;
#endif
    } else {
        ur_loader_config_handle_t cfg;
        BENCH_TRY(urLoaderConfigCreate(&cfg));
        BENCH_TRY(urpeerLoaderConfigSetAdapters(cfg, mode));
        if (strcmp(mode, "sim") == 0)
            BENCH_TRY(urpeerLoaderConfigSetSimulation(cfg, arg));
        BENCH_TRY(urLoaderInit(0, cfg));
        uint32_t na = 0;
        ur_adapter_handle_t a;
        BENCH_TRY(urAdapterGet(1, &a, &na));
        if (na > 0) {
            ur_platform_handle_t p;
            BENCH_TRY(urPlatformGet(a, 1, &p, NULL));
            BENCH_TRY(urDeviceGet(p, UR_DEVICE_TYPE_ALL, 0, NULL, &ndev));
            ur_device_handle_t *d = malloc(ndev * sizeof(*d));
            BENCH_TRY(urDeviceGet(p, UR_DEVICE_TYPE_ALL, ndev, d, NULL));
            free(d);
        }
        double t1 = bench_now_ns();
        printf("%.0f %u\n", t1 - t0, ndev);
        if (na > 0)
            urAdapterRelease(a);
        urLoaderTearDown();
        return 0;
    }
    printf("%.0f %u\n", bench_now_ns() - t0, ndev);
    return 0;
}

/* Parent side: run `self child mode arg`, return its ns (negative on failure). */
static double run_child(const char *self, const char *mode, const char *arg, uint32_t *ndev)
{
    int fd[2];
    if (pipe(fd) != 0)
        return -1;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fd[1], 1);
        close(fd[0]);
        execl(self, self, "--child", mode, arg ? arg : "-", (char *)NULL);
        _exit(127);
    }
    close(fd[1]);
    char buf[128] = "";
    ssize_t n = read(fd[0], buf, sizeof(buf) - 1);
    close(fd[0]);
    int st = 0;
    waitpid(pid, &st, 0);
    if (n <= 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
        return -1;
    double ns = 0;
    unsigned d = 0;
    if (sscanf(buf, "%lf %u", &ns, &d) != 2)
        return -1;
    *ndev = d;
    return ns;
}

static char *write_topology(const char *dir, uint32_t n)
{
    static char path[2][512];
    static int which;
    char *p = path[which++ % 2];
    snprintf(p, sizeof(path[0]), "%s/node%u.topo", dir, n);
    FILE *f = fopen(p, "w");
    if (f == NULL)
        return NULL;
    fprintf(f, "urpeer-topology 1\ndevices %u\ndefault memory 16GiB\n", n);
    fprintf(f, "link all <-> all access atomics rank 0 bandwidth 450\nend\n");
    fclose(f);
    return p;
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "--child") == 0)
        return child(argv[2], argv[3]);
    const char *adapter = "cuda";
    int runs = 9;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0)
            out.json = true;
        else if (strcmp(argv[i], "--adapter") == 0 && i + 1 < argc)
            adapter = argv[++i];
        else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: bench_startup [--adapter cuda|sim] [--runs N] [--json]\n");
            return 2;
        }
    }
    if (runs < 1 || runs > 101)
        runs = 9;
    char self[1024];
    ssize_t len = readlink("/proc/self/exe", self, sizeof(self) - 1);
    if (len <= 0)
        return 1;
    self[len] = '\0';
    double u[101], r[101];
    uint32_t nd = 0;

    if (strcmp(adapter, "sim") == 0) {
        char dir[] = "/tmp/urpeer-bench-XXXXXX";
        if (mkdtemp(dir) == NULL)
            return 1;
        bench_header(&out, "Start-up (simulated node discovery)", "this machine");
        const uint32_t sizes[] = {8, 128};
        for (size_t s = 0; s < 2; s++) {
            char *topo = write_topology(dir, sizes[s]);
            for (int i = 0; i < runs; i++)
                u[i] = run_child(self, "sim", topo, &nd) / 1e6;
            struct bench_row row = {.group = "startup", .unit = "ms"};
            snprintf(row.name, sizeof(row.name), "urLoaderInit..urDeviceGet, %u devices", nd);
            row.cv = bench_cv(u, (size_t)runs);
            row.value = bench_median(u, (size_t)runs);
            bench_print(&out, &row);
            unlink(topo);
        }
        rmdir(dir);
        bench_footer(&out);
        return 0;
    }

    bench_header(&out, "Start-up (fresh process each run)", adapter);
    uint32_t nraw = 0;
    for (int i = 0; i < runs; i++) {
        u[i] = run_child(self, adapter, NULL, &nd) / 1e6;
        r[i] = run_child(self, "raw-cuda", NULL, &nraw) / 1e6;
        if (u[i] < 0 || r[i] < 0) {
            fprintf(stderr, "bench_startup: a run failed\n");
            return 1;
        }
    }
    struct bench_row row = {.group = "startup", .unit = "ms"};
    snprintf(row.name, sizeof(row.name), "urLoaderInit..urDeviceGet (%u dev) vs cuInit+enum", nd);
    row.cv = bench_cv(u, (size_t)runs);
    row.value = bench_median(u, (size_t)runs);
    row.raw = bench_median(r, (size_t)runs);
    bench_print(&out, &row);
    bench_footer(&out);
    if (!out.json)
        printf("difference: %+.2f ms (target: <= +5 ms)\n", row.value - row.raw);
    return 0;
}
