/* SPDX-License-Identifier: MIT */
/* Object life cycle: magic numbers, live counts, the leak-checking list, platform creation. */
#include "core/core.h"
#include "core/mem.h"
#include "core/pool.h"

#include <stdio.h>
#include <stdlib.h>

atomic_uint up_live_count[UP_KIND_COUNT_];
atomic_uint up_adapter_refs;

static const char *const kind_names[UP_KIND_COUNT_] = {
    [UP_KIND_ADAPTER] = "adapter",   [UP_KIND_PLATFORM] = "platform", [UP_KIND_DEVICE] = "device",
    [UP_KIND_CONTEXT] = "context",   [UP_KIND_QUEUE] = "queue",       [UP_KIND_EVENT] = "event",
    [UP_KIND_MEM] = "memory object", [UP_KIND_POOL] = "USM pool",
};

/* ---- Handle memory: per-kind free lists -------------------------------------------------- */

static const size_t kind_size[UP_KIND_COUNT_] = {
    [UP_KIND_ADAPTER] = sizeof(struct ur_adapter_handle_t_),
    [UP_KIND_PLATFORM] = sizeof(struct ur_platform_handle_t_),
    [UP_KIND_DEVICE] = sizeof(struct ur_device_handle_t_),
    [UP_KIND_CONTEXT] = sizeof(struct ur_context_handle_t_),
    [UP_KIND_QUEUE] = sizeof(struct ur_queue_handle_t_),
    [UP_KIND_EVENT] = sizeof(struct ur_event_handle_t_),
    [UP_KIND_MEM] = sizeof(struct ur_mem_handle_t_),
    [UP_KIND_POOL] = sizeof(struct ur_usm_pool_handle_t_),
};

/* A freed object keeps its up_object header (magic 0); the link lives after it. */
struct free_obj {
    struct up_object hdr;
    struct free_obj *next;
};

static pthread_mutex_t pool_lock[UP_KIND_COUNT_] = {
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
};
static struct free_obj *pool[UP_KIND_COUNT_];

void *up_obj_alloc(up_kind_t kind)
{
    pthread_mutex_lock(&pool_lock[kind]);
    struct free_obj *f = pool[kind];
    if (f != NULL)
        pool[kind] = f->next;
    pthread_mutex_unlock(&pool_lock[kind]);
    if (f == NULL)
        return calloc(1, kind_size[kind]);
    memset(f, 0, kind_size[kind]);
    return f;
}

void up_obj_free(void *obj, up_kind_t kind)
{
    if (obj == NULL)
        return;
    struct free_obj *f = obj;
    memset((char *)obj + sizeof(f->hdr), 0, kind_size[kind] - sizeof(f->hdr));
    f->hdr.magic = 0;
    pthread_mutex_lock(&pool_lock[kind]);
    f->next = pool[kind];
    pool[kind] = f;
    pthread_mutex_unlock(&pool_lock[kind]);
}

/* Contexts, queues and events alive now: an intrusive list (O(1) link and unlink). */
static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;
static struct up_object live_head = {.live_prev = &live_head, .live_next = &live_head};

static bool tracked_kind(up_kind_t kind)
{
    return kind == UP_KIND_CONTEXT || kind == UP_KIND_QUEUE || kind == UP_KIND_EVENT ||
           kind == UP_KIND_MEM || kind == UP_KIND_POOL;
}

static void live_unlink(struct up_object *obj)
{
    obj->live_prev->live_next = obj->live_next;
    obj->live_next->live_prev = obj->live_prev;
    obj->live_prev = obj->live_next = NULL;
}

void up_obj_init(struct up_object *obj, const struct up_adapter_ops *ops, up_kind_t kind)
{
    obj->ops = ops;
    obj->magic = UP_MAGIC(kind);
    obj->kind = kind;
    atomic_init(&obj->refcount, 1);
    atomic_fetch_add_explicit(&up_live_count[kind], 1, memory_order_relaxed);
    if (!tracked_kind(kind))
        return;
    pthread_mutex_lock(&live_lock);
    obj->live_next = live_head.live_next;
    obj->live_prev = &live_head;
    live_head.live_next->live_prev = obj;
    live_head.live_next = obj;
    pthread_mutex_unlock(&live_lock);
}

void up_obj_fini(struct up_object *obj, up_kind_t kind)
{
    obj->magic = 0;
    atomic_fetch_sub_explicit(&up_live_count[kind], 1, memory_order_relaxed);
    if (!tracked_kind(kind))
        return;
    pthread_mutex_lock(&live_lock);
    if (obj->live_next != NULL)
        live_unlink(obj);
    pthread_mutex_unlock(&live_lock);
}

static ur_adapter_handle_t adapter_of(struct up_object *obj, up_kind_t kind)
{
    switch (kind) {
    case UP_KIND_CONTEXT:
        return ((ur_context_handle_t)obj)->platform->adapter;
    case UP_KIND_QUEUE:
        return ((ur_queue_handle_t)obj)->context->platform->adapter;
    case UP_KIND_EVENT:
        return ((ur_event_handle_t)obj)->context->platform->adapter;
    case UP_KIND_MEM:
        return ((ur_mem_handle_t)obj)->context->platform->adapter;
    case UP_KIND_POOL:
        return ((ur_usm_pool_handle_t)obj)->context->platform->adapter;
    default:
        return NULL;
    }
}

uint32_t up_leak_objects(ur_adapter_handle_t adapter, bool report, struct up_leaked *leaked)
{
    uint32_t counts[UP_KIND_COUNT_] = {0};
    uint32_t total = 0;
    leaked->first = NULL;
    pthread_mutex_lock(&live_lock);
    for (struct up_object *o = live_head.live_next, *next; o != &live_head; o = next) {
        next = o->live_next;
        if (adapter_of(o, o->kind) != adapter)
            continue;
        counts[o->kind]++;
        total++;
        if (report)
            UP_ERROR("leak", "%s %p of adapter '%s' not released (reference count %u)",
                     kind_names[o->kind], (void *)o, adapter->desc->name, up_obj_refcount(o));
        live_unlink(o);
        o->live_next = leaked->first;
        leaked->first = o;
    }
    pthread_mutex_unlock(&live_lock);
    if (report && total != 0)
        UP_ERROR("leak", "adapter '%s': %u contexts, %u queues, %u events not released",
                 adapter->desc->name, counts[UP_KIND_CONTEXT], counts[UP_KIND_QUEUE],
                 counts[UP_KIND_EVENT]);
    if (report && counts[UP_KIND_MEM] != 0)
        UP_ERROR("leak", "adapter '%s': %u memory objects not released", adapter->desc->name,
                 counts[UP_KIND_MEM]);
    if (report && counts[UP_KIND_POOL] != 0)
        UP_ERROR("leak", "adapter '%s': %u USM pools not released", adapter->desc->name,
                 counts[UP_KIND_POOL]);
    return total;
}

void up_leak_destroy(struct up_leaked *leaked, up_kind_t kind)
{
    for (struct up_object *o = leaked->first; o != NULL; o = o->live_next) {
        if (o->kind != kind)
            continue;
        switch (kind) {
        case UP_KIND_EVENT:
            up_event_callbacks_drop((ur_event_handle_t)o);
            if (!up_event_host_complete((ur_event_handle_t)o))
                o->ops->event_destroy((ur_event_handle_t)o);
            break;
        case UP_KIND_QUEUE:
            (void)o->ops->queue_finish((ur_queue_handle_t)o);
            o->ops->queue_destroy((ur_queue_handle_t)o);
            break;
        case UP_KIND_CONTEXT:
            o->ops->context_destroy((ur_context_handle_t)o);
            break;
        case UP_KIND_MEM:
            up_mem_leak_destroy((ur_mem_handle_t)o);
            break;
        default:
            break;
        }
    }
}

void up_leak_free(struct up_leaked *leaked)
{
    struct up_object *o = leaked->first;
    while (o != NULL) {
        struct up_object *next = o->live_next;
        up_kind_t kind = o->kind;
        o->magic = 0;
        atomic_fetch_sub_explicit(&up_live_count[kind], 1, memory_order_relaxed);
        if (kind == UP_KIND_CONTEXT)
            free(((ur_context_handle_t)o)->devices);
        if (kind == UP_KIND_MEM)
            up_mem_leak_free((ur_mem_handle_t)o);
        up_obj_free(o, kind);
        o = next;
    }
    leaked->first = NULL;
}

ur_platform_handle_t up_platform_create(ur_adapter_handle_t adapter, uint32_t num_devices)
{
    ur_platform_handle_t *grown;
    ur_platform_handle_t p = up_obj_alloc(UP_KIND_PLATFORM);
    if (p == NULL)
        goto err_out;
    p->devices = calloc(num_devices ? num_devices : 1, sizeof(*p->devices));
    if (p->devices == NULL)
        goto err_free_platform;
    size_t pairs = (size_t)num_devices * num_devices;
    p->peer_caps = calloc(pairs ? pairs : 1, sizeof(*p->peer_caps));
    if (p->peer_caps == NULL)
        goto err_free_device_array;
    p->peer_state = calloc(pairs ? pairs : 1, sizeof(*p->peer_state));
    if (p->peer_state == NULL)
        goto err_free_caps;
    for (uint32_t i = 0; i < num_devices; i++) {
        p->devices[i] = up_obj_alloc(UP_KIND_DEVICE);
        if (p->devices[i] == NULL)
            goto err_free_device_objects;
    }
    grown = realloc(adapter->platforms, (adapter->num_platforms + 1) * sizeof(*grown));
    if (grown == NULL)
        goto err_free_device_objects;
    adapter->platforms = grown;

    up_obj_init(&p->obj, &adapter->ops, UP_KIND_PLATFORM);
    p->adapter = adapter;
    p->index = adapter->num_platforms;
    p->num_devices = num_devices;
    pthread_mutex_init(&p->peer_lock, NULL);
    for (uint32_t i = 0; i < num_devices; i++) {
        ur_device_handle_t d = p->devices[i];
        up_obj_init(&d->obj, &adapter->ops, UP_KIND_DEVICE);
        d->platform = p;
        d->index = i;
        d->props.type = UR_DEVICE_TYPE_GPU;
        struct up_peer_caps *self = up_peer_caps_of(p, i, i);
        self->access = 1;
        self->atomics = 1;
    }
    for (size_t i = 0; i < pairs; i++)
        atomic_init(&p->peer_state[i].count, 0);
    grown[adapter->num_platforms++] = p;
    return p;

err_free_device_objects:
    for (uint32_t i = 0; i < num_devices; i++)
        up_obj_free(p->devices[i], UP_KIND_DEVICE);
    free(p->peer_state);
err_free_caps:
    free(p->peer_caps);
err_free_device_array:
    free(p->devices);
err_free_platform:
    up_obj_free(p, UP_KIND_PLATFORM);
err_out:
    return NULL;
}

void up_adapter_free_platforms(ur_adapter_handle_t adapter)
{
    for (uint32_t i = 0; i < adapter->num_platforms; i++) {
        ur_platform_handle_t p = adapter->platforms[i];
        for (uint32_t d = 0; d < p->num_devices; d++) {
            up_obj_fini(&p->devices[d]->obj, UP_KIND_DEVICE);
            up_obj_free(p->devices[d], UP_KIND_DEVICE);
        }
        pthread_mutex_destroy(&p->peer_lock);
        free(p->peer_state);
        free(p->peer_caps);
        free(p->devices);
        up_obj_fini(&p->obj, UP_KIND_PLATFORM);
        up_obj_free(p, UP_KIND_PLATFORM);
    }
    free(adapter->platforms);
    adapter->platforms = NULL;
    adapter->num_platforms = 0;
}

void up_context_release_final(ur_context_handle_t ctx)
{
    ur_context_extended_deleter_t deleter = ctx->deleter;
    void *deleter_data = ctx->deleter_data;

    ctx->obj.ops->context_destroy(ctx);
    up_obj_fini(&ctx->obj, UP_KIND_CONTEXT);
    free(ctx->devices);
    up_obj_free(ctx, UP_KIND_CONTEXT);
    /* The application's deleter runs once the context is gone (urContextSetExtendedDeleter). */
    if (deleter != NULL)
        deleter(deleter_data);
}

void up_queue_release_final(ur_queue_handle_t q)
{
    ur_context_handle_t ctx = q->context;
    (void)q->obj.ops->queue_finish(q);
    q->obj.ops->queue_destroy(q);
    up_obj_fini(&q->obj, UP_KIND_QUEUE);
    up_obj_free(q, UP_KIND_QUEUE);
    if (up_obj_release(&ctx->obj))
        up_context_release_final(ctx);
}

void up_event_release_final(ur_event_handle_t ev)
{
    ur_queue_handle_t q = ev->queue;
    ur_context_handle_t ctx = ev->context;

    up_event_callbacks_final(ev);
    if (!up_event_host_complete(ev))
        ev->obj.ops->event_destroy(ev);
    up_obj_fini(&ev->obj, UP_KIND_EVENT);
    up_obj_free(ev, UP_KIND_EVENT);
    if (q == NULL) {
        /* Made from a native handle: the event holds its context instead. */
        if (up_obj_release(&ctx->obj))
            up_context_release_final(ctx);
        return;
    }
    if (up_obj_release(&q->obj))
        up_queue_release_final(q);
}
