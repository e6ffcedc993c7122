/* SPDX-License-Identifier: MIT */
/* Every USM allocation made through urpeer: a table sorted by base address, under a read-write
 * lock, so that a pointer (also an interior one) finds its allocation in O(log n). */
#include "core/core.h"

#include <stdlib.h>

static pthread_rwlock_t track_lock = PTHREAD_RWLOCK_INITIALIZER;
static struct up_alloc *allocs;
static size_t n_allocs, cap_allocs;

/* Index of the first allocation whose base is > p. */
static size_t upper_bound(const void *p)
{
    size_t lo = 0, hi = n_allocs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((uintptr_t)allocs[mid].base <= (uintptr_t)p)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

ur_result_t up_usm_track_add(const struct up_alloc *a)
{
    ur_result_t res = UR_RESULT_SUCCESS;
    pthread_rwlock_wrlock(&track_lock);
    if (n_allocs == cap_allocs) {
        size_t cap = cap_allocs ? cap_allocs * 2 : 64;
        struct up_alloc *grown = realloc(allocs, cap * sizeof(*grown));
        if (grown == NULL) {
            res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
            goto out_unlock;
        }
        allocs = grown;
        cap_allocs = cap;
    }
    size_t at = upper_bound(a->base);
    memmove(&allocs[at + 1], &allocs[at], (n_allocs - at) * sizeof(*allocs));
    allocs[at] = *a;
    n_allocs++;
out_unlock:
    pthread_rwlock_unlock(&track_lock);
    return res;
}

ur_result_t up_usm_track_remove(ur_context_handle_t ctx, const void *ptr, struct up_alloc *out)
{
    ur_result_t res = UR_RESULT_ERROR_INVALID_MEM_OBJECT;
    pthread_rwlock_wrlock(&track_lock);
    size_t at = upper_bound(ptr);
    if (at == 0)
        goto out_unlock;
    struct up_alloc *a = &allocs[at - 1];
    if (a->base != ptr || a->context->platform->adapter != ctx->platform->adapter)
        goto out_unlock;
    *out = *a;
    memmove(a, a + 1, (n_allocs - at) * sizeof(*allocs));
    n_allocs--;
    res = UR_RESULT_SUCCESS;
out_unlock:
    pthread_rwlock_unlock(&track_lock);
    return res;
}

bool up_usm_track_find(const void *ptr, struct up_alloc *out)
{
    bool found = false;
    pthread_rwlock_rdlock(&track_lock);
    size_t at = upper_bound(ptr);
    if (at > 0) {
        const struct up_alloc *a = &allocs[at - 1];
        if ((uintptr_t)ptr - (uintptr_t)a->base < a->size) {
            *out = *a;
            found = true;
        }
    }
    pthread_rwlock_unlock(&track_lock);
    return found;
}

uint32_t up_usm_track_count(void)
{
    pthread_rwlock_rdlock(&track_lock);
    uint32_t n = (uint32_t)n_allocs;
    pthread_rwlock_unlock(&track_lock);
    return n;
}

uint32_t up_usm_track_drop_adapter(ur_adapter_handle_t adapter, bool report)
{
    uint32_t dropped = 0;
    pthread_rwlock_wrlock(&track_lock);
    size_t kept = 0;
    for (size_t i = 0; i < n_allocs; i++) {
        struct up_alloc *a = &allocs[i];
        if (a->context->platform->adapter != adapter) {
            allocs[kept++] = *a;
            continue;
        }
        if (report)
            UP_ERROR("leak", "USM allocation %p (%zu bytes, %s) of adapter '%s' not freed", a->base,
                     a->size, a->type == UR_USM_TYPE_DEVICE ? "device" : "host",
                     adapter->desc->name);
        /* The context's reference from this allocation is dropped with the context itself. */
        (void)adapter->desc->ops->usm_free(a->context, a);
        dropped++;
    }
    n_allocs = kept;
    if (n_allocs == 0) {
        free(allocs);
        allocs = NULL;
        cap_allocs = 0;
    }
    pthread_rwlock_unlock(&track_lock);
    return dropped;
}
