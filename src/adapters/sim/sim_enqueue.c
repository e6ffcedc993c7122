/* SPDX-License-Identifier: MIT */
/*
 * Simulated commands: copies, fills and barriers, built by the enqueue calls and run by the
 * queue's worker.
 *
 * A copy between a device and memory on another device goes directly (one memcpy) when the
 * driver has access from the queue's device to that other device enabled, otherwise it is
 * staged through the queue's bounce buffer in chunks. The data is the same either way; the
 * counters say which path carried the bytes.
 */
#include "sim.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FILL_BLOCK ((size_t)1024) /* fills repeat a block of at most this many bytes */
#define NO_FAULT SIM_OP_COUNT_    /* a command with no fault of its own (barriers) */

/* Which path a copy takes, decided when it is enqueued (as a driver records a copy command). */
static enum sim_path copy_path(const struct sim_adapter *sa, uint32_t qdev,
                               const struct up_copy_route *route)
{
    ur_device_handle_t d = route ? route->dst_device : NULL;
    ur_device_handle_t s = route ? route->src_device : NULL;

    /* Host to host, host to device, or within one device. */
    if (!d || !s || d == s)
        return SIM_PATH_LOCAL;
    /* A link with a fault (topology `fault`): staged-only never goes direct, an unadvertised
     * link always does. */
    uint32_t other = d->index != qdev ? d->index : s->index;
    uint32_t faults = sa->link_faults[(size_t)qdev * sa->num_devices + other];
    if (faults & SIM_LINK_FAULT_STAGED_ONLY)
        return SIM_PATH_STAGED;
    if (faults & SIM_LINK_FAULT_UNADVERTISED)
        return SIM_PATH_DIRECT;
    /* Between two devices: direct if the queue's device may reach each side that is not its own. */
    if (d->index != qdev && !sim_p2p_enabled(sa, qdev, d->index))
        return SIM_PATH_STAGED;
    if (s->index != qdev && !sim_p2p_enabled(sa, qdev, s->index))
        return SIM_PATH_STAGED;
    return SIM_PATH_DIRECT;
}

static void run_copy(struct sim_queue *sq, struct sim_cmd *cmd)
{
    struct sim_stats *st = &sq->sa->stats;
    unsigned char *dst = cmd->dst;
    const unsigned char *src = cmd->src;

    switch (cmd->path) {
    case SIM_PATH_LOCAL:
    case SIM_PATH_DIRECT:
        if (cmd->path == SIM_PATH_DIRECT && (cmd->link_faults & SIM_LINK_FAULT_DROP_WRITES))
            ; /* the writes are lost on the way */
        else if (cmd->path == SIM_PATH_DIRECT && (cmd->link_faults & SIM_LINK_FAULT_ZERO_COPIES))
            memset(dst, 0, cmd->size);
        else
            memmove(dst, src, cmd->size);
        sim_stat_add(cmd->path == SIM_PATH_LOCAL ? &st->bytes_local : &st->bytes_direct, cmd->size);
        break;
    case SIM_PATH_STAGED:
        for (size_t off = 0; off < cmd->size; off += SIM_STAGING_CHUNK) {
            size_t n = cmd->size - off < SIM_STAGING_CHUNK ? cmd->size - off : SIM_STAGING_CHUNK;
            memcpy(sq->bounce, src + off, n);
            memcpy(dst + off, sq->bounce, n);
        }
        sim_stat_add(&st->bytes_staged, cmd->size);
        break;
    }
    if (cmd->corrupt && cmd->size)
        dst[cmd->size / 2] ^= 0xFF;
}

static void run_fill(struct sim_cmd *cmd)
{
    unsigned char block[FILL_BLOCK];
    unsigned char *dst = cmd->dst;
    const unsigned char *unit = block;
    size_t ps = cmd->pattern_size, size = cmd->size, done, blk;

    if (ps == 1) {
        memset(dst, cmd->pattern[0], size);
        return;
    }
    if (ps * 2 > FILL_BLOCK) {
        /* A large pattern is its own block. */
        unit = cmd->pattern;
        blk = ps;
    } else {
        /* The pattern repeated into a small block (a whole number of patterns), then the block
         * copied over and over from L1: small copies stay on the C library's vector loops,
         * which keep up with memset where a large block copy may not. */
        blk = FILL_BLOCK / ps * ps;
        memcpy(block, cmd->pattern, ps);
        for (done = ps; done < blk; done *= 2)
            memcpy(block + done, block, done * 2 <= blk ? done : blk - done);
    }
    /* size is a multiple of ps, and so every piece but the last is a whole block; the last is
     * a whole number of patterns. */
    for (done = 0; done < size; done += blk) {
        size_t n = size - done < blk ? size - done : blk;
        memcpy(dst + done, unit, n);
    }
}

void sim_cmd_run(struct sim_queue *sq, struct sim_cmd *cmd)
{
    for (uint32_t i = 0; i < cmd->nwait; i++)
        sim_event_wait_done(cmd->wait[i]);
    if (cmd->ev)
        sim_event_advance(cmd->ev, UR_EVENT_STATUS_RUNNING, SIM_TS_START);

    switch (cmd->kind) {
    case SIM_CMD_COPY:
        run_copy(sq, cmd);
        break;
    case SIM_CMD_FILL:
        run_fill(cmd);
        break;
    case SIM_CMD_BARRIER:
        break; /* in order: everything before it has completed */
    }

    if (cmd->ev) {
        sim_event_advance(cmd->ev, UR_EVENT_STATUS_COMPLETE, SIM_TS_END);
        sim_event_release(cmd->ev);
    }
    for (uint32_t i = 0; i < cmd->nwait; i++)
        sim_event_release(cmd->wait[i]);
    free(cmd);
}

/* Creates the command and its native event (if the caller asked for an event). Faults of the
 * event creation and of the operation itself are checked here, before anything changes. */
static ur_result_t new_cmd(struct sim_queue *sq, sim_op_t op, const char *call, uint32_t nwait,
                           const ur_event_handle_t *wait, ur_event_handle_t ev, size_t extra,
                           struct sim_cmd **out)
{
    struct sim_adapter *sa = sq->sa;
    struct sim_cmd *cmd;
    struct sim_event *sev = NULL;
    /* A recorded timestamp is timed on any queue. */
    bool timed = sq->profiling || (ev != NULL && ev->command == UR_COMMAND_TIMESTAMP_RECORDING_EXP);
    uint64_t queued = timed ? sim_now_ns() : 0;
    int32_t native;

    if (ev) {
        sim_count_call(sa);
        native = sim_fault_take(sa, SIM_OP_EVENT_CREATE);
        if (native != SIM_SUCCESS)
            return sim_fail(sa, SIM_OP_EVENT_CREATE, native, "simEventCreate");
        sev = sim_event_new(timed);
        if (!sev)
            return sim_fail(sa, SIM_OP_EVENT_CREATE, SIM_ERROR_OUT_OF_MEMORY, "simEventCreate");
        sim_event_stamp(sev, SIM_TS_QUEUED, queued);
        sev->queue_id = sq->id;
        sev->timestamp = ev->command == UR_COMMAND_TIMESTAMP_RECORDING_EXP;
    }

    sim_count_call(sa);
    native = op == NO_FAULT ? SIM_SUCCESS : sim_fault_take(sa, op);
    if (native != SIM_SUCCESS) {
        sim_event_release(sev);
        return sim_fail(sa, op, native, call);
    }

    /* `extra` bytes after the wait list: the command's own data (a fill's pattern). */
    if (extra > SIZE_MAX - sizeof(*cmd) - (size_t)nwait * sizeof(cmd->wait[0]))
        cmd = NULL;
    else
        cmd = calloc(1, sizeof(*cmd) + (size_t)nwait * sizeof(cmd->wait[0]) + extra);
    if (!cmd) {
        sim_event_release(sev);
        return sim_fail(sa, op == NO_FAULT ? SIM_OP_EVENT_CREATE : op, SIM_ERROR_OUT_OF_MEMORY,
                        call);
    }
    for (uint32_t i = 0; i < nwait; i++) {
        struct sim_event *w = wait[i]->priv;
        if (w) {
            sim_event_retain(w);
            cmd->wait[cmd->nwait++] = w;
        }
    }
    cmd->ev = sev;
    if (extra)
        cmd->pattern = (unsigned char *)&cmd->wait[nwait];
    *out = cmd;
    return UR_RESULT_SUCCESS;
}

/* Hands the command to the worker and the native event to the ur event. */
static void submit(struct sim_queue *sq, struct sim_cmd *cmd, ur_event_handle_t ev)
{
    if (cmd->ev) {
        sim_event_retain(cmd->ev); /* the ur event's reference */
        ev->priv = cmd->ev;
        sim_event_advance(cmd->ev, UR_EVENT_STATUS_SUBMITTED, SIM_TS_SUBMIT);
    }
    sim_queue_submit(sq, cmd);
}

ur_result_t sim_enqueue_memcpy(ur_queue_handle_t q, void *dst, const void *src, size_t size,
                               const struct up_copy_route *route, uint32_t nwait,
                               const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    struct sim_queue *sq = q->priv;
    struct sim_cmd *cmd = NULL;
    ur_result_t res;

    res = new_cmd(sq, SIM_OP_COPY, "simMemcpyAsync", nwait, wait, ev, 0, &cmd);
    if (res != UR_RESULT_SUCCESS)
        return res;
    cmd->kind = SIM_CMD_COPY;
    cmd->dst = dst;
    cmd->src = src;
    cmd->size = size;
    cmd->path = copy_path(sq->sa, sq->device, route);
    if (cmd->path == SIM_PATH_DIRECT) {
        const struct up_copy_route *r = route;
        uint32_t other =
            r->dst_device->index != sq->device ? r->dst_device->index : r->src_device->index;
        cmd->link_faults = sq->sa->link_faults[(size_t)sq->device * sq->sa->num_devices + other];
    }
    cmd->corrupt = sim_fault_take(sq->sa, SIM_OP_CORRUPT_COPY) != SIM_SUCCESS;
    submit(sq, cmd, ev);
    return UR_RESULT_SUCCESS;
}

ur_result_t sim_enqueue_fill(ur_queue_handle_t q, void *dst, const void *pattern,
                             size_t pattern_size, size_t size, const struct up_copy_route *route,
                             uint32_t nwait, const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    struct sim_queue *sq = q->priv;
    struct sim_cmd *cmd = NULL;
    ur_result_t res;

    (void)route; /* the simulated node's memory is one address space: no context matters */
    if (pattern_size == 0 || size % pattern_size != 0)
        return UR_RESULT_ERROR_INVALID_SIZE; /* the core checks this first */

    /* Any pattern size: the pattern is kept in the command, which owns a copy of it. */
    res = new_cmd(sq, SIM_OP_FILL, "simMemsetAsync", nwait, wait, ev, pattern_size, &cmd);
    if (res != UR_RESULT_SUCCESS)
        return res;
    cmd->kind = SIM_CMD_FILL;
    cmd->dst = dst;
    cmd->size = size;
    cmd->pattern_size = pattern_size;
    memcpy(cmd->pattern, pattern, pattern_size);
    submit(sq, cmd, ev);
    return UR_RESULT_SUCCESS;
}

ur_result_t sim_enqueue_barrier(ur_queue_handle_t q, uint32_t nwait, const ur_event_handle_t *wait,
                                ur_event_handle_t ev)
{
    struct sim_queue *sq = q->priv;
    struct sim_cmd *cmd = NULL;
    ur_result_t res;

    /* No fault of its own (its event can still fail to be created). */
    res = new_cmd(sq, NO_FAULT, "simStreamWaitEvents", nwait, wait, ev, 0, &cmd);
    if (res != UR_RESULT_SUCCESS)
        return res;
    cmd->kind = SIM_CMD_BARRIER;
    submit(sq, cmd, ev);
    return UR_RESULT_SUCCESS;
}

ur_result_t sim_enqueue_timestamp(ur_queue_handle_t q, uint32_t nwait,
                                  const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    struct sim_queue *sq = q->priv;
    struct sim_cmd *cmd = NULL;
    ur_result_t res;

    /* A barrier whose event is timed: it runs once everything before it has (in order). */
    res = new_cmd(sq, NO_FAULT, "simEventRecordTimestamp", nwait, wait, ev, 0, &cmd);
    if (res != UR_RESULT_SUCCESS)
        return res;
    cmd->kind = SIM_CMD_BARRIER;
    submit(sq, cmd, ev);
    return UR_RESULT_SUCCESS;
}
