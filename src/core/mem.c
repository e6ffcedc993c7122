/* SPDX-License-Identifier: MIT */
/* Memory buffers: creation on top of the adapters' USM allocations, sub-buffers, native
 * handles, the final release and the leak path (see mem.h, docs/buffers.md). */
#include "core/mem.h"

#include <stdlib.h>

/* Buffers alive (not sub-buffers), for urMemBufferCreateWithNativeHandle. */
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static struct ur_mem_handle_t_ reg_head = {.reg_prev = &reg_head, .reg_next = &reg_head};

static void reg_add(ur_mem_handle_t mem)
{
    pthread_mutex_lock(&reg_lock);
    mem->reg_next = reg_head.reg_next;
    mem->reg_prev = &reg_head;
    reg_head.reg_next->reg_prev = mem;
    reg_head.reg_next = mem;
    pthread_mutex_unlock(&reg_lock);
}

static void reg_remove(ur_mem_handle_t mem)
{
    pthread_mutex_lock(&reg_lock);
    if (mem->reg_next != NULL) {
        mem->reg_prev->reg_next = mem->reg_next;
        mem->reg_next->reg_prev = mem->reg_prev;
        mem->reg_prev = mem->reg_next = NULL;
    }
    pthread_mutex_unlock(&reg_lock);
}

/* The buffer of ctx's adapter whose memory contains ptr: its base, size and device. */
static bool reg_find(ur_context_handle_t ctx, const void *ptr, void **base, size_t *size,
                     ur_device_handle_t *dev, bool *usm)
{
    bool found = false;
    pthread_mutex_lock(&reg_lock);
    for (ur_mem_handle_t m = reg_head.reg_next; m != &reg_head; m = m->reg_next) {
        if (m->context->platform->adapter != ctx->platform->adapter)
            continue;
        if ((uintptr_t)ptr - (uintptr_t)m->base < m->size) {
            *base = m->base;
            *size = m->size;
            *dev = m->device;
            *usm = m->usm;
            found = true;
            break;
        }
    }
    pthread_mutex_unlock(&reg_lock);
    return found;
}

/* The device the properties' allocation-location extension names (an index among the context's
 * devices), else the context's first device. */
static ur_device_handle_t placement(ur_context_handle_t ctx, const ur_buffer_properties_t *props)
{
    for (const ur_base_properties_t *p = props ? props->pNext : NULL; p != NULL; p = p->pNext) {
        if (p->stype != UR_STRUCTURE_TYPE_BUFFER_ALLOC_LOCATION_PROPERTIES)
            continue;
        uint32_t loc = ((const ur_buffer_alloc_location_properties_t *)(const void *)p)->location;
        if (loc < ctx->num_devices)
            return ctx->devices[loc];
    }
    return ctx->devices[0];
}

/* Write new device memory through a short-lived internal queue (not an application object:
 * never on the live list): a copy from host memory (src), or zeros (src NULL). */
static ur_result_t init_device_memory(ur_context_handle_t ctx, ur_device_handle_t dev, void *dst,
                                      const void *src, size_t size)
{
    ur_result_t res;
    ur_queue_handle_t q = up_obj_alloc(UP_KIND_QUEUE);
    if (q == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    q->obj.ops = ctx->obj.ops;
    q->context = ctx;
    q->device = dev;
    res = ctx->obj.ops->queue_create(q);
    if (res != UR_RESULT_SUCCESS)
        goto out_free_queue;
    struct up_copy_route route = {.dst_device = dev, .dst_context = ctx};
    if (src != NULL) {
        res = ctx->obj.ops->enqueue_memcpy(q, dst, src, size, &route, 0, NULL, NULL);
    } else {
        static const uint8_t zero = 0;
        res = ctx->obj.ops->enqueue_fill(q, dst, &zero, sizeof(zero), size, &route, 0, NULL, NULL);
    }
    ur_result_t fin = ctx->obj.ops->queue_finish(q);
    if (res == UR_RESULT_SUCCESS)
        res = fin;
    ctx->obj.ops->queue_destroy(q);
out_free_queue:
    up_obj_free(q, UP_KIND_QUEUE);
    return res;
}

ur_result_t up_mem_zero_device(ur_context_handle_t ctx, ur_device_handle_t dev, void *dst,
                               size_t size)
{
    return init_device_memory(ctx, dev, dst, NULL, size);
}

static ur_mem_handle_t mem_new(ur_context_handle_t ctx, ur_mem_flags_t flags, size_t size)
{
    ur_mem_handle_t mem = up_obj_alloc(UP_KIND_MEM);
    if (mem == NULL)
        return NULL;
    mem->obj.ops = ctx->obj.ops;
    mem->context = ctx;
    mem->flags = flags;
    mem->size = size;
    pthread_mutex_init(&mem->map_lock, NULL);
    return mem;
}

/* Publish a fully built buffer: live list, reference on the context (and parent). */
static void mem_publish(ur_mem_handle_t mem)
{
    up_obj_init(&mem->obj, mem->context->obj.ops, UP_KIND_MEM);
    up_obj_retain(&mem->context->obj);
    if (mem->parent != NULL)
        up_obj_retain(&mem->parent->obj);
    else
        reg_add(mem);
}

static void mem_discard(ur_mem_handle_t mem)
{
    pthread_mutex_destroy(&mem->map_lock);
    up_obj_free(mem, UP_KIND_MEM);
}

ur_result_t up_mem_buffer_create(ur_context_handle_t ctx, ur_mem_flags_t flags, size_t size,
                                 void *host, const ur_buffer_properties_t *props,
                                 ur_mem_handle_t *out)
{
    ur_result_t res;
    ur_mem_handle_t mem = mem_new(ctx, flags, size);
    if (mem == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;

    /* USE_HOST_POINTER: the application's memory is the buffer's (commands copy to and from it
     * directly, and the application sees their effect there). */
    if (flags & UR_MEM_FLAG_USE_HOST_POINTER) {
        mem->base = mem->host_ptr = host;
        mem_publish(mem);
        *out = mem;
        return UR_RESULT_SUCCESS;
    }

    /* Host memory where the application asks for it, device memory otherwise (and where the
     * adapter has no host allocations). */
    bool want_host = (flags & UR_MEM_FLAG_ALLOC_HOST_POINTER) != 0;
    ur_device_handle_t dev = placement(ctx, props);
    res = UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    if (want_host)
        res = ctx->obj.ops->usm_alloc(ctx, NULL, size, 0, &mem->alloc.base, &mem->alloc.priv);
    if (res == UR_RESULT_SUCCESS) {
        dev = NULL;
    } else if (!want_host || res == UR_RESULT_ERROR_UNSUPPORTED_FEATURE) {
        res = ctx->obj.ops->usm_alloc(ctx, dev, size, 0, &mem->alloc.base, &mem->alloc.priv);
        if (res != UR_RESULT_SUCCESS)
            goto err_discard;
    } else {
        goto err_discard;
    }
    mem->alloc.size = size;
    mem->alloc.type = dev ? UR_USM_TYPE_DEVICE : UR_USM_TYPE_HOST;
    mem->alloc.device = dev;
    mem->alloc.context = ctx;
    mem->owns_alloc = true;
    mem->usm = true;
    mem->base = mem->alloc.base;
    mem->device = dev;

    if (flags & UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER) {
        if (dev == NULL) {
            memcpy(mem->base, host, size);
        } else {
            res = init_device_memory(ctx, dev, mem->base, host, size);
            if (res != UR_RESULT_SUCCESS)
                goto err_free_alloc;
        }
    }

    mem_publish(mem);
    *out = mem;
    return UR_RESULT_SUCCESS;

err_free_alloc:
    (void)ctx->obj.ops->usm_free(ctx, &mem->alloc);
err_discard:
    mem_discard(mem);
    return res;
}

ur_result_t up_mem_sub_buffer_create(ur_mem_handle_t parent, ur_mem_flags_t flags, size_t origin,
                                     size_t size, ur_mem_handle_t *out)
{
    ur_mem_handle_t mem = mem_new(parent->context, flags, size);
    if (mem == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    mem->parent = parent;
    mem->origin = origin;
    mem->base = (char *)parent->base + origin;
    mem->device = parent->device;
    mem->usm = parent->usm;
    if (parent->host_ptr != NULL)
        mem->host_ptr = (char *)parent->host_ptr + origin;
    mem_publish(mem);
    *out = mem;
    return UR_RESULT_SUCCESS;
}

ur_result_t up_mem_wrap_native(ur_context_handle_t ctx, void *ptr, ur_mem_handle_t *out)
{
    void *base;
    size_t size;
    ur_device_handle_t dev;
    struct up_alloc a;
    bool usm = true;

    if (reg_find(ctx, ptr, &base, &size, &dev, &usm)) {
        /* another buffer's memory */
    } else if (up_usm_track_find(ptr, &a) &&
               a.context->platform->adapter == ctx->platform->adapter) {
        base = a.base, size = a.size, dev = a.device;
    } else if (ctx->obj.ops->usm_lookup != NULL &&
               ctx->obj.ops->usm_lookup(ctx, ptr, &a) == UR_RESULT_SUCCESS) {
        base = a.base, size = a.size, dev = a.device;
    } else {
        return UR_RESULT_ERROR_INVALID_VALUE; /* not memory this context's driver knows */
    }
    size_t skip = (size_t)((uintptr_t)ptr - (uintptr_t)base);
    ur_mem_handle_t mem = mem_new(ctx, UR_MEM_FLAG_READ_WRITE, size - skip);
    if (mem == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    mem->base = ptr;
    mem->device = dev;
    mem->usm = usm;
    mem_publish(mem);
    *out = mem;
    return UR_RESULT_SUCCESS;
}

static void free_maps(ur_mem_handle_t mem)
{
    struct up_mem_map *m = mem->maps;
    while (m != NULL) {
        struct up_mem_map *next = m->next;
        if (m->staging)
            free(m->ptr);
        free(m);
        m = next;
    }
    mem->maps = NULL;
}

void up_mem_release_final(ur_mem_handle_t mem)
{
    ur_context_handle_t ctx = mem->context;
    ur_mem_handle_t parent = mem->parent;
    if (parent == NULL)
        reg_remove(mem);
    if (mem->owns_alloc)
        (void)ctx->obj.ops->usm_free(ctx, &mem->alloc); /* waits for commands using it */
    free_maps(mem);
    up_obj_fini(&mem->obj, UP_KIND_MEM);
    pthread_mutex_destroy(&mem->map_lock);
    up_obj_free(mem, UP_KIND_MEM);
    if (parent != NULL && up_obj_release(&parent->obj))
        up_mem_release_final(parent);
    if (up_obj_release(&ctx->obj))
        up_context_release_final(ctx);
}

void up_mem_leak_destroy(ur_mem_handle_t mem)
{
    if (mem->parent == NULL)
        reg_remove(mem);
    if (mem->owns_alloc)
        (void)mem->context->obj.ops->usm_free(mem->context, &mem->alloc);
    mem->owns_alloc = false;
}

void up_mem_leak_free(ur_mem_handle_t mem)
{
    free_maps(mem);
    pthread_mutex_destroy(&mem->map_lock);
}

void up_mem_route_side(ur_mem_handle_t mem, const void *ptr, ur_device_handle_t *dev,
                       ur_context_handle_t *ctx)
{
    struct up_alloc a;
    if (mem != NULL) {
        *dev = mem->device;
        *ctx = mem->usm ? mem->context : NULL;
        return;
    }
    bool tracked = up_usm_track_find(ptr, &a);
    *dev = tracked ? a.device : NULL;
    *ctx = tracked ? a.context : NULL;
}
