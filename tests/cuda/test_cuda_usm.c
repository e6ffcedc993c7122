/* SPDX-License-Identifier: MIT */
/*
 * CUDA adapter USM: device and host allocations as the driver sees them, urUSMGetMemAllocInfo on
 * them, on interior pointers, on memory the application allocated through CUDA itself and on
 * memory nobody allocated; alignment; out-of-memory with its native error; argument checks;
 * urUSMFree waiting for work still using the memory.
 */
#include "cuda_env.h"

static struct cuda_env env;
static ur_context_handle_t ctx;

static ur_usm_type_t usm_type(const void *p)
{
    ur_usm_type_t t = (ur_usm_type_t)99;
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMGetMemAllocInfo(ctx, p, UR_USM_ALLOC_INFO_TYPE, sizeof t, &t, NULL));
    return t;
}

/* What the driver says about p: memory type and device ordinal. */
static void raw_pointer(const void *p, unsigned *memtype, int *ordinal)
{
    upcu_pointer_attribute_t attrs[2] = {UPCU_POINTER_ATTRIBUTE_MEMORY_TYPE,
                                         UPCU_POINTER_ATTRIBUTE_DEVICE_ORDINAL};
    void *data[2] = {memtype, ordinal};
    *memtype = 0;
    *ordinal = -1;
    CHECK_CU(raw.api.cuPointerGetAttributes(2, attrs, data, (upcu_deviceptr_t)(uintptr_t)p));
}

static void test_device_alloc(uint32_t i)
{
    const size_t size = (size_t)3 << 20;
    void *p = NULL;
    unsigned memtype;
    int ordinal;

    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[i], NULL, NULL, size, &p));
    CHECK(p != NULL);
    raw_pointer(p, &memtype, &ordinal);
    CHECK(memtype == UPCU_MEMORYTYPE_DEVICE);
    CHECK(ordinal == (int)i);

    CHECK(usm_type(p) == UR_USM_TYPE_DEVICE);
    CHECK(usm_type((char *)p + size - 1) == UR_USM_TYPE_DEVICE);
    void *base = NULL;
    size_t sz = 0;
    ur_device_handle_t dev = NULL;
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMGetMemAllocInfo(ctx, (char *)p + 100, UR_USM_ALLOC_INFO_BASE_PTR, sizeof base,
                                  &base, NULL));
    CHECK(base == p);
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMGetMemAllocInfo(ctx, p, UR_USM_ALLOC_INFO_SIZE, sizeof sz, &sz, NULL));
    CHECK(sz == size);
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMGetMemAllocInfo(ctx, p, UR_USM_ALLOC_INFO_DEVICE, sizeof dev, &dev, NULL));
    CHECK(dev == env.dev[i]);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, p));
    CHECK(usm_type(p) == UR_USM_TYPE_UNKNOWN);

    /* A page-aligned allocation. */
    ur_usm_desc_t desc = {UR_STRUCTURE_TYPE_USM_DESC, NULL, 0, 4096};
    for (int k = 0; k < 4; k++) {
        void *q = NULL;
        CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[i], &desc, NULL, 1000, &q));
        CHECK(((uintptr_t)q & 4095u) == 0);
        CHECK(usm_type(q) == UR_USM_TYPE_DEVICE);
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, q));
    }
}

static void test_host_alloc(void)
{
    const size_t size = 1 << 20;
    unsigned char *p = NULL;
    unsigned memtype;
    int ordinal;

    CHECK_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, NULL, size, (void **)&p));
    CHECK(p != NULL);
    raw_pointer(p, &memtype, &ordinal);
    CHECK(memtype == UPCU_MEMORYTYPE_HOST);
    memset(p, 0x5a, size); /* host memory is host-accessible */
    CHECK(p[size - 1] == 0x5a);
    CHECK(usm_type(p) == UR_USM_TYPE_HOST);
    CHECK(usm_type(p + 12345) == UR_USM_TYPE_HOST);
    ur_device_handle_t dev = env.dev[0];
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMGetMemAllocInfo(ctx, p, UR_USM_ALLOC_INFO_DEVICE, sizeof dev, &dev, NULL));
    CHECK(dev == NULL);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, p));

    ur_usm_desc_t desc = {UR_STRUCTURE_TYPE_USM_DESC, NULL, 0, 4096};
    void *q = NULL;
    CHECK_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, &desc, NULL, 10, &q));
    CHECK(((uintptr_t)q & 4095u) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, q));
}

/* Memory urpeer did not allocate. */
static void test_foreign_pointers(void)
{
    int on_stack = 0;
    void *heap = malloc(4096);
    CHECK(usm_type(&on_stack) == UR_USM_TYPE_UNKNOWN);
    CHECK(usm_type(heap) == UR_USM_TYPE_UNKNOWN);
    free(heap);

    /* The application's own cuMemAlloc in the primary context (as the CUDA runtime would). */
    upcu_context_t pctx = NULL, saved = raw_current();
    upcu_deviceptr_t dptr = 0;
    CHECK_CU(raw.api.cuDevicePrimaryCtxRetain(&pctx, raw.dev[0]));
    CHECK_CU(raw.api.cuCtxSetCurrent(pctx));
    CHECK_CU(raw.api.cuMemAlloc(&dptr, 65536));
    CHECK_CU(raw.api.cuCtxSetCurrent(saved));
    void *p = (void *)(uintptr_t)dptr;
    CHECK(usm_type(p) == UR_USM_TYPE_DEVICE);
    size_t sz = 0;
    ur_device_handle_t dev = NULL;
    CHECK_UR(UR_RESULT_SUCCESS, urUSMGetMemAllocInfo(ctx, (char *)p + 8, UR_USM_ALLOC_INFO_SIZE,
                                                     sizeof sz, &sz, NULL));
    CHECK(sz == 65536);
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMGetMemAllocInfo(ctx, p, UR_USM_ALLOC_INFO_DEVICE, sizeof dev, &dev, NULL));
    CHECK(dev == env.dev[0]);
    /* urUSMFree is for urpeer's allocations only. */
    CHECK_UR(UR_RESULT_ERROR_INVALID_MEM_OBJECT, urUSMFree(ctx, p));
    CHECK_CU(raw.api.cuCtxSetCurrent(pctx));
    CHECK_CU(raw.api.cuMemFree(dptr));
    CHECK_CU(raw.api.cuCtxSetCurrent(saved));
    CHECK_CU(raw.api.cuDevicePrimaryCtxRelease(raw.dev[0]));
}

static void test_out_of_memory(void)
{
    uint64_t total = 0;
    void *p = NULL;
    const char *msg = NULL;
    int32_t native = 0;

    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(env.dev[0], UR_DEVICE_INFO_GLOBAL_MEM_SIZE,
                                                sizeof total, &total, NULL));
    /* The whole of the device's memory cannot be had once a context exists. */
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY,
             urUSMDeviceAlloc(ctx, env.dev[0], NULL, NULL, (size_t)total, &p));
    CHECK(p == NULL);
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGetLastError(env.adapter, &msg, &native));
    CHECK(native == UPCU_ERROR_OUT_OF_MEMORY);
    CHECK(msg != NULL && strstr(msg, "CUDA_ERROR_OUT_OF_MEMORY") != NULL);
    printf("last error after a too large allocation: %d, %s\n", (int)native, msg ? msg : "?");
    /* Beyond the device's memory: the size check comes first. */
    CHECK_UR(UR_RESULT_ERROR_INVALID_USM_SIZE,
             urUSMDeviceAlloc(ctx, env.dev[0], NULL, NULL, (size_t)total + 1, &p));
}

static void test_argument_checks(void)
{
    void *p = NULL;
    ur_usm_desc_t bad_align = {UR_STRUCTURE_TYPE_USM_DESC, NULL, 0, 3};

    CHECK_UR(UR_RESULT_ERROR_INVALID_USM_SIZE,
             urUSMDeviceAlloc(ctx, env.dev[0], NULL, NULL, 0, &p));
    CHECK_UR(UR_RESULT_ERROR_INVALID_USM_SIZE, urUSMHostAlloc(ctx, NULL, NULL, 0, &p));
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
             urUSMDeviceAlloc(ctx, env.dev[0], &bad_align, NULL, 64, &p));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urUSMDeviceAlloc(ctx, env.dev[0], NULL, NULL, 64, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUSMDeviceAlloc(ctx, NULL, NULL, NULL, 64, &p));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER, urUSMFree(ctx, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUSMFree(NULL, &p));
}

/* urUSMFree waits for enqueued work that uses the memory. */
static void test_free_waits(void)
{
    uint64_t total = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(env.dev[0], UR_DEVICE_INFO_GLOBAL_MEM_SIZE,
                                                sizeof total, &total, NULL));
    const size_t size = total / 8 < ((size_t)256 << 20) ? (size_t)(total / 8) : (size_t)256 << 20;
    void *src = NULL, *dst = NULL;
    ur_queue_handle_t q = ct_queue(ctx, env.dev[0], 0);
    ur_event_handle_t ev = NULL;
    ur_event_status_t st = UR_EVENT_STATUS_QUEUED;

    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[0], NULL, NULL, size, &src));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[0], NULL, NULL, size, &dst));
    for (int k = 0; k < 8; k++)
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, false, dst, src, size, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, false, dst, src, size, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, src));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(ev, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof st, &st, NULL));
    CHECK(st == UR_EVENT_STATUS_COMPLETE);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, dst));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
}

int main(void)
{
    raw_cuda_open();
    cuda_env_open(&env);
    ctx = ct_context(&env, env.ndev);

    for (uint32_t i = 0; i < env.ndev; i++)
        test_device_alloc(i);
    test_host_alloc();
    test_foreign_pointers();
    test_out_of_memory();
    test_argument_checks();
    test_free_waits();

    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    cuda_env_close(&env);
    return test_summary("cuda_usm");
}
