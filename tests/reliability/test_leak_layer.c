/* SPDX-License-Identifier: MIT */
/*
 * The leak-checking layer, one leaked kind at a time, in every mode that turns it on
 * (UR_LAYER_LEAK_CHECKING, UR_LAYER_LIFETIME_VALIDATION, UR_LAYER_FULL_VALIDATION) and with no
 * layer at all: the last urLoaderTearDown reports exactly what was left ("urpeer/leak: ..."
 * lines; none without a layer, none on a clean run), destroys it, and the leaked handles are
 * stale afterwards (INVALID_<KIND> after a new urLoaderInit, not a read of freed memory).
 * (tests/core/test_loader.c checks one planted leak of several kinds at once.)
 */
#include "rel_common.h"
#include "stderr_capture.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char captured[1 << 16];

enum plant {
    PLANT_NONE,
    PLANT_EVENT,
    PLANT_QUEUE,
    PLANT_CONTEXT,
    PLANT_DEVICE_ALLOC,
    PLANT_HOST_ALLOC,
    PLANT_PEER,
    PLANT_ADAPTER_REF,
    PLANT_ALL, /* everything, with a long copy still running at teardown */
    PLANT_COUNT
};

static const char *const plant_names[PLANT_COUNT] = {
    "nothing",       "an event",    "a queue",     "a context",
    "device memory", "host memory", "peer access", "an adapter reference",
    "everything",
};

/* What the report must say (NULL: nothing). Objects that a leaked one holds (an event its queue,
 * a queue or an allocation its context) are not destroyed either, and are listed too. */
static const char *const expected[PLANT_COUNT][3] = {
    [PLANT_NONE] = {NULL},
    [PLANT_EVENT] = {"1 contexts, 1 queues, 1 events not released", "event 0x", NULL},
    [PLANT_QUEUE] = {"1 contexts, 1 queues, 0 events not released", "queue 0x", NULL},
    [PLANT_CONTEXT] = {"1 contexts, 0 queues, 0 events not released", "context 0x", NULL},
    [PLANT_DEVICE_ALLOC] = {"(4096 bytes, device) of adapter 'sim' not freed",
                            "1 contexts, 0 queues, 0 events not released", NULL},
    [PLANT_HOST_ALLOC] = {"(8192 bytes, host) of adapter 'sim' not freed",
                          "1 contexts, 0 queues, 0 events not released", NULL},
    [PLANT_PEER] = {"peer access 0 -> 1 of adapter 'sim' left enabled (count 1)", NULL},
    [PLANT_ADAPTER_REF] = {"1 adapter reference(s) from urAdapterGet not released", NULL},
    [PLANT_ALL] = {"2 contexts, 2 queues, 2 events not released",
                   "peer access 0 -> 1 of adapter 'sim' left enabled",
                   "adapter reference(s) from urAdapterGet not released"},
};

static int runs;

static void run(const char *layer, enum plant plant)
{
    int before = t_failures;
    struct node n;
    REQUIRE_UR(UR_RESULT_SUCCESS, node_open("pair", layer, &n));
    runs++;

    ur_context_handle_t ctx, ctx2;
    ur_queue_handle_t q, q2;
    ur_event_handle_t ev, ev2 = NULL;
    void *dmem, *hmem, *big_a = NULL, *big_b = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(2, n.dev, NULL, &ctx));
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(1, n.dev, NULL, &ctx2));
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, n.dev[0], NULL, &q));
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx2, n.dev[0], NULL, &q2));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, n.dev[1], NULL, NULL, 4096, &dmem));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, NULL, 8192, &hmem));
    REQUIRE_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, dmem, 1, "z", 4096, 0, NULL, &ev));
    REQUIRE_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]));
    if (plant == PLANT_ALL) {
        /* A copy long enough to still run when the loader tears down. */
        const size_t big = (size_t)32 << 20;
        REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx2, n.dev[0], NULL, NULL, big, &big_a));
        REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx2, n.dev[0], NULL, NULL, big, &big_b));
        REQUIRE_UR(UR_RESULT_SUCCESS,
                   urEnqueueUSMMemcpy(q2, false, big_b, big_a, big, 0, NULL, &ev2));
    }

    /* Release everything but what is planted. */
    bool all = plant == PLANT_ALL;
    if (plant != PLANT_PEER && !all)
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[1]));
    if (plant != PLANT_EVENT && !all)
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
    if (plant != PLANT_DEVICE_ALLOC && !all)
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, dmem));
    if (plant != PLANT_HOST_ALLOC && !all)
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, hmem));
    if (plant != PLANT_QUEUE && !all)
        CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
    if (plant != PLANT_CONTEXT && !all)
        CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    if (!all) {
        CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q2));
        CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx2));
    }
    if (plant != PLANT_ADAPTER_REF && !all)
        CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(n.adapter));

    int saved = capture_begin();
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    capture_end(saved, captured, sizeof(captured));

    bool reports = layer != NULL;
    if (!reports || plant == PLANT_NONE) {
        CHECK(strstr(captured, "urpeer/leak") == NULL);
    } else {
        for (int i = 0; i < 3 && expected[plant][i]; i++) {
            if (strstr(captured, expected[plant][i]) == NULL) {
                fprintf(stderr, "missing in the report: '%s'\n", expected[plant][i]);
                CHECK(!"the leak report says what was left");
            }
        }
    }

    /* A new node: nothing of the old one is counted, and the leaked handles are stale. */
    struct node m;
    REQUIRE_UR(UR_RESULT_SUCCESS, node_open("pair", NULL, &m));
    urpeer_object_counts_t c = object_counts();
    CHECK(c.contexts == 0 && c.queues == 0 && c.events == 0 && c.usmAllocations == 0 &&
          c.enabledPeerPairs == 0 && c.adapterReferences == 1);
    CHECK(node_stats(&m).liveAllocations == 0);
    if (plant == PLANT_EVENT || all)
        CHECK_UR(UR_RESULT_ERROR_INVALID_EVENT, urEventRelease(ev));
    if (all)
        CHECK_UR(UR_RESULT_ERROR_INVALID_EVENT, urEventWait(1, &ev2));
    if (plant == PLANT_QUEUE || plant == PLANT_EVENT || all)
        CHECK_UR(UR_RESULT_ERROR_INVALID_QUEUE, urQueueFinish(q));
    if (plant != PLANT_NONE && plant != PLANT_PEER && plant != PLANT_ADAPTER_REF)
        CHECK_UR(UR_RESULT_ERROR_INVALID_CONTEXT, urContextRetain(ctx));
    if (plant == PLANT_DEVICE_ALLOC || plant == PLANT_HOST_ALLOC || all) {
        ur_context_handle_t fresh;
        REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(1, m.dev, NULL, &fresh));
        CHECK_UR(UR_RESULT_ERROR_INVALID_MEM_OBJECT,
                 urUSMFree(fresh, plant == PLANT_HOST_ALLOC ? hmem : dmem));
        CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(fresh));
    }
    CHECK(peer_int(m.dev[0], m.dev[1], URPEER_PEER_INFO_ENABLE_COUNT) == 0);
    node_close(&m);
    if (t_failures != before)
        fprintf(stderr, "  ^ layer %s, leaking %s\n", layer ? layer : "(none)", plant_names[plant]);
}

int main(void)
{
    static const char *const layers[] = {
        NULL, "UR_LAYER_LEAK_CHECKING", "UR_LAYER_LIFETIME_VALIDATION", "UR_LAYER_FULL_VALIDATION"};
    for (size_t l = 0; l < sizeof(layers) / sizeof(layers[0]); l++)
        for (int p = 0; p < PLANT_COUNT; p++)
            run(layers[l], (enum plant)p);
    printf("leak layer: %d runs (no layer and three layers x %d leaks)\n", runs, PLANT_COUNT);
    return test_summary("reliability_leak_layer");
}
