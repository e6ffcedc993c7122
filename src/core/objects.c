/* SPDX-License-Identifier: MIT */
/* Object life cycle: magic numbers, live counts, the leak-checking list, platform creation. */
#include "core/core.h"

#include <stdio.h>
#include <stdlib.h>

atomic_uint up_live_count[UP_KIND_COUNT_];
atomic_uint up_adapter_refs;

static const char *const kind_names[UP_KIND_COUNT_] = {
    [UP_KIND_ADAPTER] = "adapter", [UP_KIND_PLATFORM] = "platform", [UP_KIND_DEVICE] = "device",
    [UP_KIND_CONTEXT] = "context", [UP_KIND_QUEUE] = "queue",       [UP_KIND_EVENT] = "event",
};

/* Live list of user-released objects, kept only in leak-checking mode. */
struct live_node {
    struct up_object *obj;
    up_kind_t kind;
    struct live_node *next;
};
static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;
static struct live_node *live_head;

static bool tracked_kind(up_kind_t kind)
{
    return kind == UP_KIND_CONTEXT || kind == UP_KIND_QUEUE || kind == UP_KIND_EVENT;
}

void up_obj_init(struct up_object *obj, const struct up_adapter_ops *ops, up_kind_t kind)
{
    obj->ops = ops;
    obj->magic = UP_MAGIC(kind);
    atomic_init(&obj->refcount, 1);
    atomic_fetch_add_explicit(&up_live_count[kind], 1, memory_order_relaxed);
    if (tracked_kind(kind) && up_leak_checking()) {
        struct live_node *n = malloc(sizeof(*n));
        if (n == NULL)
            return; /* the report will miss this object; counts stay right */
        n->obj = obj;
        n->kind = kind;
        pthread_mutex_lock(&live_lock);
        n->next = live_head;
        live_head = n;
        pthread_mutex_unlock(&live_lock);
    }
}

void up_obj_fini(struct up_object *obj, up_kind_t kind)
{
    obj->magic = 0;
    atomic_fetch_sub_explicit(&up_live_count[kind], 1, memory_order_relaxed);
    if (!tracked_kind(kind))
        return;
    pthread_mutex_lock(&live_lock);
    for (struct live_node **pp = &live_head; *pp != NULL; pp = &(*pp)->next) {
        if ((*pp)->obj == obj) {
            struct live_node *dead = *pp;
            *pp = dead->next;
            free(dead);
            break;
        }
    }
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
    default:
        return NULL;
    }
}

uint32_t up_leak_report_objects(ur_adapter_handle_t adapter)
{
    uint32_t counts[UP_KIND_COUNT_] = {0};
    uint32_t total = 0;
    pthread_mutex_lock(&live_lock);
    for (struct live_node *n = live_head; n != NULL; n = n->next) {
        if (adapter_of(n->obj, n->kind) != adapter)
            continue;
        counts[n->kind]++;
        total++;
        UP_ERROR("leak", "%s %p of adapter '%s' not released (reference count %u)",
                 kind_names[n->kind], (void *)n->obj, adapter->desc->name,
                 up_obj_refcount(n->obj));
    }
    pthread_mutex_unlock(&live_lock);
    if (total != 0)
        UP_ERROR("leak", "adapter '%s': %u contexts, %u queues, %u events not released",
                 adapter->desc->name, counts[UP_KIND_CONTEXT], counts[UP_KIND_QUEUE],
                 counts[UP_KIND_EVENT]);
    return total;
}

ur_platform_handle_t up_platform_create(ur_adapter_handle_t adapter, uint32_t num_devices)
{
    ur_platform_handle_t *grown;
    ur_platform_handle_t p = calloc(1, sizeof(*p));
    if (p == NULL)
        goto err_out;
    p->devices = calloc(num_devices ? num_devices : 1, sizeof(*p->devices));
    if (p->devices == NULL)
        goto err_free_platform;
    size_t pairs = (size_t)num_devices * num_devices;
    p->peer_caps = calloc(pairs ? pairs : 1, sizeof(*p->peer_caps));
    if (p->peer_caps == NULL)
        goto err_free_devices;
    p->peer_state = calloc(pairs ? pairs : 1, sizeof(*p->peer_state));
    if (p->peer_state == NULL)
        goto err_free_caps;
    /* One allocation for all device objects keeps discovery of large nodes fast. */
    struct ur_device_handle_t_ *devs = calloc(num_devices ? num_devices : 1, sizeof(*devs));
    if (devs == NULL)
        goto err_free_state;
    grown = realloc(adapter->platforms, (adapter->num_platforms + 1) * sizeof(*grown));
    if (grown == NULL)
        goto err_free_devs;
    adapter->platforms = grown;

    up_obj_init(&p->obj, adapter->desc->ops, UP_KIND_PLATFORM);
    p->adapter = adapter;
    p->index = adapter->num_platforms;
    p->num_devices = num_devices;
    pthread_mutex_init(&p->peer_lock, NULL);
    for (uint32_t i = 0; i < num_devices; i++) {
        ur_device_handle_t d = &devs[i];
        up_obj_init(&d->obj, adapter->desc->ops, UP_KIND_DEVICE);
        d->platform = p;
        d->index = i;
        d->props.type = UR_DEVICE_TYPE_GPU;
        p->devices[i] = d;
        struct up_peer_caps *self = up_peer_caps_of(p, i, i);
        self->access = 1;
        self->atomics = 1;
    }
    for (size_t i = 0; i < pairs; i++)
        atomic_init(&p->peer_state[i].count, 0);
    grown[adapter->num_platforms++] = p;
    return p;

err_free_devs:
    free(devs);
err_free_state:
    free(p->peer_state);
err_free_caps:
    free(p->peer_caps);
err_free_devices:
    free(p->devices);
err_free_platform:
    free(p);
err_out:
    return NULL;
}

void up_adapter_free_platforms(ur_adapter_handle_t adapter)
{
    for (uint32_t i = 0; i < adapter->num_platforms; i++) {
        ur_platform_handle_t p = adapter->platforms[i];
        struct ur_device_handle_t_ *devs = p->num_devices ? p->devices[0] : NULL;
        for (uint32_t d = 0; d < p->num_devices; d++)
            up_obj_fini(&p->devices[d]->obj, UP_KIND_DEVICE);
        free(devs);
        pthread_mutex_destroy(&p->peer_lock);
        free(p->peer_state);
        free(p->peer_caps);
        free(p->devices);
        up_obj_fini(&p->obj, UP_KIND_PLATFORM);
        free(p);
    }
    free(adapter->platforms);
    adapter->platforms = NULL;
    adapter->num_platforms = 0;
}

void up_context_release_final(ur_context_handle_t ctx)
{
    ctx->obj.ops->context_destroy(ctx);
    up_obj_fini(&ctx->obj, UP_KIND_CONTEXT);
    free(ctx->devices);
    free(ctx);
}

void up_queue_release_final(ur_queue_handle_t q)
{
    ur_context_handle_t ctx = q->context;
    (void)q->obj.ops->queue_finish(q);
    q->obj.ops->queue_destroy(q);
    up_obj_fini(&q->obj, UP_KIND_QUEUE);
    free(q);
    if (up_obj_release(&ctx->obj))
        up_context_release_final(ctx);
}

void up_event_release_final(ur_event_handle_t ev)
{
    ur_queue_handle_t q = ev->queue;
    ev->obj.ops->event_destroy(ev);
    up_obj_fini(&ev->obj, UP_KIND_EVENT);
    free(ev);
    if (up_obj_release(&q->obj))
        up_queue_release_final(q);
}
