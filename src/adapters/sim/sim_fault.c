/* SPDX-License-Identifier: MIT */
/*
 * Fault injection and the simulated driver's error codes.
 *
 * A fault makes the nth next call of one driver-level operation fail with a native code, before
 * the operation changes anything. sim_fail() is the one place where native codes become
 * ur_result_t values and where the error is recorded for urAdapterGetLastError.
 */
#include "sim.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    int32_t default_native;
} op_table[SIM_OP_COUNT_] = {
    [SIM_OP_DEVICE_ALLOC] = {"device_alloc", SIM_ERROR_OUT_OF_MEMORY},
    [SIM_OP_HOST_ALLOC] = {"host_alloc", SIM_ERROR_OUT_OF_MEMORY},
    [SIM_OP_FREE] = {"free", SIM_ERROR_UNKNOWN},
    [SIM_OP_CONTEXT_CREATE] = {"context_create", SIM_ERROR_OUT_OF_MEMORY},
    [SIM_OP_QUEUE_CREATE] = {"queue_create", SIM_ERROR_OUT_OF_MEMORY},
    [SIM_OP_EVENT_CREATE] = {"event_create", SIM_ERROR_OUT_OF_MEMORY},
    [SIM_OP_COPY] = {"copy", SIM_ERROR_DEVICE_LOST},
    [SIM_OP_FILL] = {"fill", SIM_ERROR_DEVICE_LOST},
    [SIM_OP_PEER_ENABLE] = {"peer_enable", SIM_ERROR_TOO_MANY_PEERS},
    [SIM_OP_PEER_DISABLE] = {"peer_disable", SIM_ERROR_UNKNOWN},
    [SIM_OP_CORRUPT_COPY] = {"corrupt_copy", SIM_ERROR_UNKNOWN},
};

static const struct {
    int32_t code;
    const char *name;
    const char *desc;
} native_table[] = {
    {SIM_ERROR_OUT_OF_MEMORY, "SIM_ERROR_OUT_OF_MEMORY", "out of memory"},
    {SIM_ERROR_INVALID_DEVICE, "SIM_ERROR_INVALID_DEVICE", "invalid device"},
    {SIM_ERROR_PEER_ACCESS_UNSUPPORTED, "SIM_ERROR_PEER_ACCESS_UNSUPPORTED",
     "peer access is not supported between these devices"},
    {SIM_ERROR_DEVICE_LOST, "SIM_ERROR_DEVICE_LOST", "the device was lost"},
    {SIM_ERROR_PEER_ACCESS_ALREADY_ENABLED, "SIM_ERROR_PEER_ACCESS_ALREADY_ENABLED",
     "peer access is already enabled"},
    {SIM_ERROR_PEER_ACCESS_NOT_ENABLED, "SIM_ERROR_PEER_ACCESS_NOT_ENABLED",
     "peer access has not been enabled"},
    {SIM_ERROR_TOO_MANY_PEERS, "SIM_ERROR_TOO_MANY_PEERS",
     "the device has reached its limit of peers"},
    {SIM_ERROR_UNKNOWN, "SIM_ERROR_UNKNOWN", "unknown error"},
};

static int op_by_name(const char *name, size_t len)
{
    for (int i = 0; i < SIM_OP_COUNT_; i++) {
        if (strlen(op_table[i].name) == len && strncmp(op_table[i].name, name, len) == 0)
            return i;
    }
    return -1;
}

static ur_result_t arm(struct sim_faults *f, int op, uint32_t nth, int32_t native)
{
    ur_result_t res = UR_RESULT_SUCCESS;

    if (native == 0)
        native = op_table[op].default_native;
    pthread_mutex_lock(&f->lock);
    if (f->used[op] == SIM_FAULT_SLOTS) {
        res = UR_RESULT_ERROR_OUT_OF_RESOURCES;
    } else {
        f->slots[op][f->used[op]].countdown = nth;
        f->slots[op][f->used[op]].native = native;
        f->used[op]++;
        atomic_fetch_add(&f->armed, 1);
    }
    pthread_mutex_unlock(&f->lock);
    return res;
}

/* "op:nth[:native],..." as URPEER_SIM_FAULTS gives it. */
static ur_result_t parse_env(struct sim_faults *f, const char *env)
{
    const char *s = env;

    while (*s) {
        const char *item = s, *colon, *end;
        char *num_end = NULL;
        unsigned long long nth;
        long long native = 0;
        int op;

        end = strchr(s, ',');
        if (!end)
            end = s + strlen(s);
        colon = memchr(item, ':', (size_t)(end - item));
        if (!colon) {
            UP_ERROR(SIM_LOG, "URPEER_SIM_FAULTS: '%.*s' is not op:nth[:native]", (int)(end - item),
                     item);
            return UR_RESULT_ERROR_INVALID_VALUE;
        }
        op = op_by_name(item, (size_t)(colon - item));
        if (op < 0) {
            UP_ERROR(SIM_LOG, "URPEER_SIM_FAULTS: unknown operation '%.*s'", (int)(colon - item),
                     item);
            return UR_RESULT_ERROR_INVALID_VALUE;
        }
        if (colon[1] < '0' || colon[1] > '9') {
            UP_ERROR(SIM_LOG, "URPEER_SIM_FAULTS: '%.*s': nth is not a number", (int)(end - item),
                     item);
            return UR_RESULT_ERROR_INVALID_VALUE;
        }
        nth = strtoull(colon + 1, &num_end, 10);
        if (nth == 0 || nth > UINT32_MAX || (num_end != end && *num_end != ':')) {
            UP_ERROR(SIM_LOG, "URPEER_SIM_FAULTS: '%.*s': nth must be 1 to %u", (int)(end - item),
                     item, UINT32_MAX);
            return UR_RESULT_ERROR_INVALID_VALUE;
        }
        if (*num_end == ':') {
            const char *n = num_end + 1;
            bool digits =
                (n[0] >= '0' && n[0] <= '9') || (n[0] == '-' && n[1] >= '0' && n[1] <= '9');
            native = digits ? strtoll(n, &num_end, 10) : 0;
            if (!digits || num_end != end || native < INT32_MIN || native > INT32_MAX) {
                UP_ERROR(SIM_LOG, "URPEER_SIM_FAULTS: '%.*s': native code is not a number",
                         (int)(end - item), item);
                return UR_RESULT_ERROR_INVALID_VALUE;
            }
        }
        if (arm(f, op, (uint32_t)nth, (int32_t)native) != UR_RESULT_SUCCESS) {
            UP_ERROR(SIM_LOG, "URPEER_SIM_FAULTS: more than %u faults for '%s'", SIM_FAULT_SLOTS,
                     op_table[op].name);
            return UR_RESULT_ERROR_INVALID_VALUE;
        }
        s = *end ? end + 1 : end;
        if (*end && !*s) {
            UP_ERROR(SIM_LOG, "URPEER_SIM_FAULTS: trailing ','");
            return UR_RESULT_ERROR_INVALID_VALUE;
        }
    }
    return UR_RESULT_SUCCESS;
}

ur_result_t sim_faults_init(struct sim_faults *f, const char *env)
{
    ur_result_t res;

    memset(f, 0, sizeof(*f));
    atomic_init(&f->armed, 0);
    if (pthread_mutex_init(&f->lock, NULL) != 0)
        return UR_RESULT_ERROR_OUT_OF_RESOURCES;
    if (!env)
        return UR_RESULT_SUCCESS;
    res = parse_env(f, env);
    if (res != UR_RESULT_SUCCESS)
        pthread_mutex_destroy(&f->lock);
    return res;
}

void sim_faults_fini(struct sim_faults *f)
{
    pthread_mutex_destroy(&f->lock);
}

ur_result_t sim_fault_inject(struct sim_adapter *sa, const char *op, uint32_t nth, int32_t native)
{
    int i = op ? op_by_name(op, strlen(op)) : -1;

    if (i < 0 || nth == 0)
        return UR_RESULT_ERROR_INVALID_VALUE;
    return arm(&sa->faults, i, nth, native);
}

int32_t sim_fault_take(struct sim_adapter *sa, sim_op_t op)
{
    struct sim_faults *f = &sa->faults;
    int32_t native = SIM_SUCCESS;

    if (atomic_load_explicit(&f->armed, memory_order_relaxed) == 0)
        return SIM_SUCCESS;
    pthread_mutex_lock(&f->lock);
    for (uint32_t i = 0; i < f->used[op];) {
        struct sim_fault_slot *s = &f->slots[op][i];
        if (--s->countdown == 0 && native == SIM_SUCCESS) {
            native = s->native;
            f->slots[op][i] = f->slots[op][f->used[op] - 1];
            f->used[op]--;
            atomic_fetch_sub(&f->armed, 1);
            continue; /* the moved slot also counts this call */
        }
        if (s->countdown == 0)
            s->countdown = 1; /* two faults due on one call: the other fires next time */
        i++;
    }
    pthread_mutex_unlock(&f->lock);
    if (native != SIM_SUCCESS) {
        sim_stat_add(&sa->stats.faults_injected, 1);
        UP_INFO(SIM_LOG, "injected fault: %s fails with %d", op_table[op].name, (int)native);
    }
    return native;
}

ur_result_t sim_fail(struct sim_adapter *sa, sim_op_t op, int32_t native, const char *call)
{
    const char *name = "SIM_ERROR_UNRECOGNISED";
    const char *desc = "unrecognised error code";
    ur_result_t res;

    for (size_t i = 0; i < sizeof(native_table) / sizeof(native_table[0]); i++) {
        if (native_table[i].code == native) {
            name = native_table[i].name;
            desc = native_table[i].desc;
            break;
        }
    }
    switch (native) {
    case SIM_ERROR_OUT_OF_MEMORY:
        res = op == SIM_OP_DEVICE_ALLOC ? UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY
                                        : UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        break;
    case SIM_ERROR_PEER_ACCESS_UNSUPPORTED:
        res = UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
        break;
    case SIM_ERROR_DEVICE_LOST:
        res = UR_RESULT_ERROR_DEVICE_LOST;
        break;
    case SIM_ERROR_TOO_MANY_PEERS:
        res = UR_RESULT_ERROR_OUT_OF_RESOURCES;
        break;
    default:
        res = UR_RESULT_ERROR_ADAPTER_SPECIFIC;
        break;
    }
    up_set_native_error(sa->adapter, native, call, name, desc); /* logs it at info level */
    return res;
}
