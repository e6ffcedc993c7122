/* SPDX-License-Identifier: MIT */
/*
 * A program that references every function upstream's loader exports (all of common/api.def),
 * linked with immediate binding against a stand-in libur_loader.so.0 that exports them all under
 * LIBUR_LOADER_0.12, and run against urpeer's libur_loader.so.0: the dynamic linker must resolve
 * every reference, with its version, before main runs.
 *
 * main then checks that each address resolves to the symbol of that name in one library, and
 * calls a sample of the functions urpeer does not support: UR_RESULT_ERROR_UNINITIALIZED before
 * urLoaderInit, upstream's argument checks (INVALID_NULL_POINTER, INVALID_NULL_HANDLE, ...),
 * otherwise UR_RESULT_ERROR_UNSUPPORTED_FEATURE with outputs untouched.
 */
#include <unified-runtime/ur_api.h>

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

typedef void (*any_fn_t)(void);

struct entry {
    const char *name;
    int subset;
    any_fn_t fn;
};

/* The addresses are read at run time through a volatile table, so every reference stays. */
#define UR_API(name, subset, params, args, null_handle) {#name, subset, (any_fn_t)name},
static const volatile struct entry table[] = {
#include "common/api.def"
};
#undef UR_API

#define NUM_FUNCTIONS (sizeof(table) / sizeof(table[0]))
_Static_assert(NUM_FUNCTIONS == 251, "upstream's loader exports 251 functions");

static int checks, failures, stub_calls;

#define EXPECT(expected, call)                                                                     \
    do {                                                                                           \
        ur_result_t res_ = (call);                                                                 \
        checks++;                                                                                  \
        if (res_ != (expected)) {                                                                  \
            failures++;                                                                            \
            fprintf(stderr, "%s:%d: %s returned %d, expected %d (%s)\n", __FILE__, __LINE__,       \
                    #call, (int)res_, (int)(expected), #expected);                                 \
        }                                                                                          \
    } while (0)

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        checks++;                                                                                  \
        if (!(cond)) {                                                                             \
            failures++;                                                                            \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                                          \
    } while (0)

/* The second field of api.def for a function (-1 if not listed). */
static int subset_of(const char *name)
{
    for (size_t i = 0; i < NUM_FUNCTIONS; i++)
        if (strcmp(table[i].name, name) == 0)
            return table[i].subset;
    return -1;
}

/* Call a function urpeer does not implement (api.def's second field 0) and check the result;
 * a function implemented since is skipped. */
#define EXPECT_STUB(expected, fn, args)                                                            \
    do {                                                                                           \
        int subset_ = subset_of(#fn);                                                              \
        CHECK(subset_ >= 0);                                                                       \
        if (subset_ == 0) {                                                                        \
            stub_calls++;                                                                          \
            EXPECT(expected, fn args);                                                             \
        }                                                                                          \
    } while (0)

static void *fn_address(any_fn_t fn)
{
    union {
        any_fn_t fn;
        void *obj;
    } u = {.fn = fn};
    return u.obj;
}

/* Every reference resolved to the symbol of its own name, all in one library. */
static void check_table(void)
{
    const char *library = NULL;
    uint32_t per_subset[3] = {0, 0, 0};
    for (size_t i = 0; i < NUM_FUNCTIONS; i++) {
        Dl_info info;
        any_fn_t fn = table[i].fn;
        CHECK(fn != NULL);
        if (fn == NULL)
            continue;
        per_subset[table[i].subset]++;
        if (dladdr(fn_address(fn), &info) == 0 || info.dli_fname == NULL) {
            CHECK(!"dladdr found the function");
            continue;
        }
        if (library == NULL) {
            library = info.dli_fname;
            printf("functions resolved in %s\n", library);
        }
        CHECK(strcmp(library, info.dli_fname) == 0);
        CHECK(info.dli_sname != NULL && strcmp(info.dli_sname, table[i].name) == 0);
        if (info.dli_sname == NULL || strcmp(info.dli_sname, table[i].name) != 0)
            fprintf(stderr, "%s resolved to %s\n", table[i].name,
                    info.dli_sname ? info.dli_sname : "(no symbol)");
    }
    printf("%zu functions referenced: %u of the subset, %u implemented beyond it, %u "
           "unsupported\n",
           NUM_FUNCTIONS, per_subset[1], per_subset[2], per_subset[0]);
}

static void before_init(void)
{
    uint64_t t = 0;
    EXPECT_STUB(UR_RESULT_ERROR_UNINITIALIZED, urDeviceGetGlobalTimestamps, (NULL, &t, &t));
    EXPECT_STUB(UR_RESULT_ERROR_UNINITIALIZED, urKernelRelease, (NULL));
    EXPECT_STUB(UR_RESULT_ERROR_UNINITIALIZED, urProgramCreateWithIL, (NULL, NULL, 0, NULL, NULL));
}

static void null_handles(void)
{
    void *p = NULL;
    EXPECT_STUB(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urKernelRetain, (NULL));
    EXPECT_STUB(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urProgramRelease, (NULL));
    EXPECT_STUB(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urMemRelease, (NULL));
    EXPECT_STUB(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urSamplerRelease, (NULL));
    EXPECT_STUB(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUSMPoolRelease, (NULL));
    EXPECT_STUB(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urPhysicalMemRelease, (NULL));
    EXPECT_STUB(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urCommandBufferFinalizeExp, (NULL));
    EXPECT_STUB(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urGraphDestroyExp, (NULL));
    EXPECT_STUB(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urDeviceWaitExp, (NULL));
    EXPECT_STUB(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUSMSharedAlloc,
                (NULL, NULL, NULL, NULL, 64, &p));
    CHECK(p == NULL);
}

static void unsupported(ur_adapter_handle_t adapter, ur_platform_handle_t platform,
                        ur_device_handle_t dev, ur_context_handle_t ctx, ur_queue_handle_t queue)
{
    const ur_result_t no = UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    uint64_t t1 = 7, t2 = 7;
    uint32_t count = 7;
    ur_native_handle_t native = 7;
    void *p = NULL;
    ur_mem_handle_t mem = NULL;
    ur_program_handle_t program = NULL;
    ur_usm_pool_handle_t pool = NULL;
    ur_sampler_handle_t sampler = NULL;
    ur_exp_graph_handle_t graph = NULL;
    ur_event_handle_t ev = NULL;
    const char *option = NULL;
    const unsigned char il[4] = {0x07, 0x23, 0x02, 0x03};

    EXPECT_STUB(no, urDeviceGetGlobalTimestamps, (dev, &t1, &t2));
    ur_device_partition_properties_t partition = {
        .stype = UR_STRUCTURE_TYPE_DEVICE_PARTITION_PROPERTIES};
    ur_usm_pool_desc_t pool_desc = {.stype = UR_STRUCTURE_TYPE_USM_POOL_DESC};
    ur_sampler_desc_t sampler_desc = {.stype = UR_STRUCTURE_TYPE_SAMPLER_DESC};
    /* Upstream's argument checks come first: a NULL descriptor is INVALID_NULL_POINTER. */
    EXPECT_STUB(UR_RESULT_ERROR_INVALID_NULL_POINTER, urDevicePartition,
                (dev, NULL, 0, NULL, &count));
    EXPECT_STUB(UR_RESULT_ERROR_INVALID_NULL_POINTER, urSamplerCreate, (ctx, NULL, &sampler));
    EXPECT_STUB(no, urDevicePartition, (dev, &partition, 0, NULL, &count));
    EXPECT_STUB(no, urDeviceWaitExp, (dev));
    EXPECT_STUB(no, urContextGetNativeHandle, (ctx, &native));
    EXPECT_STUB(no, urEnqueueTimestampRecordingExp, (queue, false, 0, NULL, &ev));
    EXPECT_STUB(no, urQueueGetNativeHandle, (queue, NULL, &native));
    EXPECT_STUB(no, urUSMSharedAlloc, (ctx, dev, NULL, NULL, 64, &p));
    EXPECT_STUB(no, urMemBufferCreate, (ctx, UR_MEM_FLAG_READ_WRITE, 64, NULL, &mem));
    EXPECT_STUB(no, urProgramCreateWithIL, (ctx, il, sizeof(il), NULL, &program));
    EXPECT_STUB(no, urUSMPoolCreate, (ctx, &pool_desc, &pool));
    EXPECT_STUB(no, urSamplerCreate, (ctx, &sampler_desc, &sampler));
    EXPECT_STUB(no, urGraphCreateExp, (ctx, &graph));
    EXPECT_STUB(no, urVirtualMemReserve, (ctx, NULL, 1u << 16, &p));
    EXPECT_STUB(no, urPlatformGetBackendOption, (platform, "-O0", &option));
    EXPECT_STUB(no, urAdapterSetLoggerCallbackLevel, (adapter, UR_LOGGER_LEVEL_INFO));
    /* Outputs untouched. */
    CHECK(t1 == 7 && t2 == 7 && count == 7 && native == 7);
    CHECK(p == NULL && mem == NULL && program == NULL && pool == NULL && sampler == NULL &&
          graph == NULL && ev == NULL && option == NULL);
}

int main(void)
{
    ur_adapter_handle_t adapter = NULL;
    ur_platform_handle_t platform = NULL;
    ur_device_handle_t dev[2] = {NULL, NULL};
    ur_context_handle_t ctx = NULL;
    ur_queue_handle_t queue = NULL;
    uint32_t n = 0;

    check_table();
    before_init();

    EXPECT(UR_RESULT_SUCCESS, urLoaderInit(0, NULL));
    EXPECT(UR_RESULT_SUCCESS, urAdapterGet(1, &adapter, &n));
    EXPECT(UR_RESULT_SUCCESS, urPlatformGet(adapter, 1, &platform, &n));
    /* Beyond the subset: implemented. */
    n = 0;
    EXPECT(UR_RESULT_SUCCESS, urDeviceGetSelected(platform, UR_DEVICE_TYPE_ALL, 2, dev, &n));
    CHECK(n >= 2 && dev[0] != NULL && dev[1] != NULL);
    if (n >= 2 && dev[0] != NULL) {
        EXPECT(UR_RESULT_SUCCESS, urContextCreate(1, dev, NULL, &ctx));
        EXPECT(UR_RESULT_SUCCESS, urQueueCreate(ctx, dev[0], NULL, &queue));
        null_handles();
        if (ctx != NULL && queue != NULL)
            unsupported(adapter, platform, dev[0], ctx, queue);
    }
    if (queue != NULL)
        EXPECT(UR_RESULT_SUCCESS, urQueueRelease(queue));
    if (ctx != NULL)
        EXPECT(UR_RESULT_SUCCESS, urContextRelease(ctx));
    if (adapter != NULL)
        EXPECT(UR_RESULT_SUCCESS, urAdapterRelease(adapter));
    EXPECT(UR_RESULT_SUCCESS, urLoaderTearDown());

    printf("%d calls of unsupported functions\n", stub_calls);
    printf("drop_in_full_abi: %d checks, %d failed\n", checks, failures);
    return failures ? 1 : 0;
}
