/* SPDX-License-Identifier: MIT */
/*
 * The adapter registry and the ops list, with an adapter that exists only in this test: it is
 * registered with up_registry_add (the test links the library's objects, not liburpeer.so), it
 * supplies discovery and contexts only, and every other adapter-backed function answers
 * UR_RESULT_ERROR_UNSUPPORTED_FEATURE through the defaults merged at registration. An adapter
 * that lacks a required op is refused. This is the "add a function" recipe of
 * docs/architecture.md seen from an adapter that does not implement the function.
 */
#include "harness.h"

#include "core/adapter_ops.h"
#include "loader/registry.h"

#include <string.h>

static int contexts_alive;

static ur_result_t partial_init(ur_adapter_handle_t adapter)
{
    ur_platform_handle_t p = up_platform_create(adapter, 2);
    if (p == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    snprintf(p->name, sizeof(p->name), "partial");
    for (uint32_t i = 0; i < p->num_devices; i++) {
        p->devices[i]->props.type = UR_DEVICE_TYPE_GPU;
        p->devices[i]->props.global_mem_size = 1u << 30;
        p->devices[i]->props.max_mem_alloc_size = 1u << 30;
        snprintf(p->devices[i]->props.name, sizeof(p->devices[i]->props.name), "partial %u", i);
    }
    return UR_RESULT_SUCCESS;
}

static void partial_fini(ur_adapter_handle_t adapter)
{
    (void)adapter;
}

static ur_result_t partial_context_create(ur_context_handle_t ctx)
{
    (void)ctx;
    contexts_alive++;
    return UR_RESULT_SUCCESS;
}

static void partial_context_destroy(ur_context_handle_t ctx)
{
    (void)ctx;
    contexts_alive--;
}

static ur_result_t partial_peer_enable(ur_device_handle_t cmd, ur_device_handle_t peer,
                                       bool *already)
{
    (void)cmd;
    (void)peer;
    *already = false;
    return UR_RESULT_SUCCESS;
}

/* Discovery and contexts only: no USM, queues, events or peer calls. */
static const struct up_adapter_ops partial_ops = {
    .adapter_init = partial_init,
    .adapter_fini = partial_fini,
    .context_create = partial_context_create,
    .context_destroy = partial_context_destroy,
};

static const struct up_adapter_desc partial_desc = {
    .abi = UP_ADAPTER_ABI,
    .name = "partial",
    .backend = UR_BACKEND_UNKNOWN,
    .ops = &partial_ops,
};

/* Lacks adapter_fini, a required op. */
static const struct up_adapter_ops broken_ops = {
    .adapter_init = partial_init,
};

static const struct up_adapter_desc broken_desc = {
    .abi = UP_ADAPTER_ABI,
    .name = "broken",
    .backend = UR_BACKEND_UNKNOWN,
    .ops = &broken_ops,
};

static void test_merge(void)
{
    struct up_adapter_ops merged;
    memset(&merged, 0, sizeof(merged));
    CHECK(up_adapter_ops_merge(&partial_ops, &merged) == NULL);
    CHECK(merged.adapter_init == partial_init);
    CHECK(merged.queue_create != NULL && merged.enqueue_memcpy != NULL);
    CHECK(merged.queue_destroy != NULL && merged.event_destroy != NULL);
    CHECK(merged.queue_create(NULL) == UR_RESULT_ERROR_UNSUPPORTED_FEATURE);
    CHECK(merged.usm_alloc(NULL, NULL, 1, 0, NULL, NULL) == UR_RESULT_ERROR_UNSUPPORTED_FEATURE);
    merged.queue_destroy(NULL); /* void defaults do nothing */
    /* NULL has a meaning for these: they stay NULL. */
    CHECK(merged.usm_lookup == NULL);
    CHECK(merged.peer_enable == NULL && merged.peer_disable == NULL);

    const char *missing = up_adapter_ops_merge(NULL, &merged);
    CHECK(missing != NULL && strcmp(missing, "adapter_init") == 0);
    missing = up_adapter_ops_merge(&broken_ops, &merged);
    CHECK(missing != NULL && strcmp(missing, "adapter_fini") == 0);

    /* What creates must destroy. */
    struct up_adapter_ops half = partial_ops;
    half.context_destroy = NULL;
    missing = up_adapter_ops_merge(&half, &merged);
    CHECK(missing != NULL && strcmp(missing, "context_destroy") == 0);
    /* A peer_enable without its peer_disable. */
    half = partial_ops;
    half.peer_enable = partial_peer_enable;
    missing = up_adapter_ops_merge(&half, &merged);
    CHECK(missing != NULL && strcmp(missing, "peer_disable") == 0);
}

static ur_adapter_handle_t start(const char *adapters, uint32_t *count)
{
    ur_loader_config_handle_t config;
    ur_adapter_handle_t a = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&config));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(config, adapters));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderInit(0, config));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(config));
    *count = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, count));
    if (*count > 0)
        CHECK_UR(UR_RESULT_SUCCESS, urAdapterGet(1, &a, NULL));
    return a;
}

static void test_partial_adapter(void)
{
    uint32_t count;
    ur_adapter_handle_t a = start("partial", &count);
    CHECK(count == 1);
    if (a == NULL) {
        urLoaderTearDown();
        return;
    }
    const char *name = NULL;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerAdapterGetName(a, &name));
    CHECK(name != NULL && strcmp(name, "partial") == 0);

    ur_platform_handle_t platform;
    ur_device_handle_t dev[2];
    uint32_t ndev = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urPlatformGet(a, 1, &platform, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGet(platform, UR_DEVICE_TYPE_ALL, 2, dev, &ndev));
    CHECK(ndev == 2);

    /* Supplied: contexts. */
    ur_context_handle_t ctx = NULL;
    CHECK_UR(UR_RESULT_SUCCESS, urContextCreate(2, dev, NULL, &ctx));
    CHECK(contexts_alive == 1);

    /* Not supplied: the defaults answer, outputs untouched. */
    void *ptr = (void *)&ptr;
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE,
             urUSMDeviceAlloc(ctx, dev[0], NULL, NULL, 64, &ptr));
    CHECK(ptr == (void *)&ptr);
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urUSMHostAlloc(ctx, NULL, NULL, 64, &ptr));
    ur_queue_handle_t q = NULL;
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urQueueCreate(ctx, dev[0], NULL, &q));
    CHECK(q == NULL);
    /* No peer link was described: the contract answers before any op. */
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urUsmP2PEnablePeerAccessExp(dev[0], dev[1]));

    urpeer_object_counts_t counts;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&counts));
    CHECK(counts.contexts == 1 && counts.queues == 0 && counts.usmAllocations == 0);

    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    CHECK(contexts_alive == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(a));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
}

static void test_broken_adapter_refused(void)
{
    uint32_t count;
    ur_adapter_handle_t a = start("broken", &count);
    CHECK(count == 0 && a == NULL);
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
}

int main(void)
{
    test_merge();

    CHECK_UR(UR_RESULT_SUCCESS, up_registry_add(&partial_desc));
    CHECK_UR(UR_RESULT_SUCCESS, up_registry_add(&broken_desc));
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, up_registry_add(&partial_desc));
    CHECK(up_registry_known("partial", 7));
    CHECK(up_registry_known("sim", 3));
    CHECK(!up_registry_known("nosuch", 6));
    /* Built-in names, in the build's order; sim is always built. */
    CHECK(strstr(up_registry_names(), "sim") != NULL);
    CHECK(up_registry_sim() != NULL);

    test_partial_adapter();
    test_broken_adapter_refused();
    return test_summary("core_registry");
}
